using System.Globalization;
using System.Net;

namespace Sodertorn.Site.LinkChecking;

/// <summary>How the external link check behaves; see <see cref="ExternalLinkChecker"/>.</summary>
/// <param name="Timeout">Per request.</param>
/// <param name="PerHostConcurrency">At most this many requests in flight to one host.</param>
/// <param name="MaxRetries">Retries after a 429 or 5xx, a timeout or a connection error.</param>
/// <param name="CacheLifetime">A cached result older than this is checked again.</param>
/// <param name="CacheFile">JSON file of earlier results; null = no cache.</param>
public sealed record ExternalCheckOptions(
    TimeSpan Timeout,
    int PerHostConcurrency,
    int MaxRetries,
    TimeSpan CacheLifetime,
    string? CacheFile)
{
    public static ExternalCheckOptions Default(string? cacheFile) => new(TimeSpan.FromSeconds(10), 2, 2, TimeSpan.FromDays(1), cacheFile);
}

/// <summary>The outcome for one external URL. <see cref="Error"/> is Swedish, for the build report.</summary>
public sealed record ExternalLinkResult(string Url, bool Ok, int? StatusCode, string? Error, bool FromCache);

/// <summary>
/// Checks external http(s) links over the network: HEAD (GET when HEAD is refused), redirects followed,
/// 429/5xx/timeouts retried politely, few requests per host at a time, and successes cached between builds.
/// </summary>
/// <remarks>
/// Delays between retries go through <paramref name="time"/> so tests need not wait; the per-request timeout is
/// real time on purpose, because it bounds a real socket that a fake clock cannot slow down.
/// </remarks>
public sealed class ExternalLinkChecker(HttpClient client, ExternalCheckOptions options, TimeProvider time)
{
    /// <summary>Requests in flight over all hosts together.</summary>
    public const int MaxParallelism = 8;

    public const string NotHttpError = "inte en http(s)-adress";

    /// <summary>The first retry wait when the server gives no Retry-After; it doubles per retry.</summary>
    public static readonly TimeSpan FirstBackoff = TimeSpan.FromMilliseconds(200);

    /// <summary>No single wait is longer, whatever Retry-After asks: a build must not stall on one host.</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(30);

    private const string UserAgent = "Sodertorn.Site-lankkontroll/1.0";

    /// <summary>
    /// Checks each distinct URL once and returns the results in the order the URLs first occur.
    /// Throws only when <paramref name="cancellationToken"/> is cancelled or the cache file cannot be written.
    /// </summary>
    public async Task<IReadOnlyList<ExternalLinkResult>> CheckAsync(IReadOnlyList<string> urls, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(urls);
        var distinct = urls.Distinct(StringComparer.Ordinal).ToList();
        var cache = ExternalLinkCache.Load(options.CacheFile);
        // One "now" for the whole run: which entries count as fresh must not depend on how long checking took.
        var now = time.GetUtcNow();
        var results = new ExternalLinkResult[distinct.Count];
        var hostGates = new Dictionary<string, SemaphoreSlim>(StringComparer.OrdinalIgnoreCase);
        using var overall = new SemaphoreSlim(MaxParallelism);
        try
        {
            var pending = new List<Task>();
            for (var i = 0; i < distinct.Count; i++)
            {
                var url = distinct[i];
                if (!TryParseHttp(url, out var uri))
                    results[i] = new ExternalLinkResult(url, false, null, NotHttpError, false);
                else if (cache.Fresh(url, now, options.CacheLifetime) is { } cached)
                    results[i] = new ExternalLinkResult(url, true, cached.Status, null, true);
                else
                    pending.Add(CheckIntoAsync(results, i, url, uri, GateFor(hostGates, uri), overall, cancellationToken));
            }
            // WhenAll waits for every task, even when one fails, so the semaphores are idle before they are disposed.
            await Task.WhenAll(pending);
        }
        finally
        {
            foreach (var gate in hostGates.Values) gate.Dispose();
        }

        if (options.CacheFile is { } cacheFile)
        {
            foreach (var result in results.Where(r => !r.FromCache))
            {
                if (result.Ok) cache.Remember(result.Url, result.StatusCode, now);
                else cache.Forget(result.Url);
            }
            cache.Save(cacheFile, now, options.CacheLifetime);
        }
        return results;
    }

    private async Task CheckIntoAsync(ExternalLinkResult[] results, int index, string url, Uri uri, SemaphoreSlim hostGate, SemaphoreSlim overall, CancellationToken cancellationToken) =>
        results[index] = await CheckOneAsync(url, uri, hostGate, overall, cancellationToken);

    private SemaphoreSlim GateFor(Dictionary<string, SemaphoreSlim> gates, Uri uri)
    {
        if (!gates.TryGetValue(uri.IdnHost, out var gate))
            gates[uri.IdnHost] = gate = new SemaphoreSlim(Math.Max(1, options.PerHostConcurrency));
        return gate;
    }

    /// <summary>
    /// The host's slot is held across retry waits too, so a host that answered 429 or 5xx gets no more traffic
    /// through that slot meanwhile. The overall slot is held only while a request is in flight, so that waiting
    /// on one host never stalls the others.
    /// </summary>
    private async Task<ExternalLinkResult> CheckOneAsync(string url, Uri uri, SemaphoreSlim hostGate, SemaphoreSlim overall, CancellationToken cancellationToken)
    {
        await hostGate.WaitAsync(cancellationToken);
        try
        {
            var retries = Math.Max(0, options.MaxRetries);
            for (var attempt = 0; ; attempt++)
            {
                Attempt outcome;
                await overall.WaitAsync(cancellationToken);
                try
                {
                    outcome = await AttemptAsync(uri, cancellationToken);
                }
                finally
                {
                    overall.Release();
                }
                if (!outcome.Retryable || attempt >= retries)
                    return new ExternalLinkResult(url, outcome.Ok, outcome.Status, outcome.Error, false);
                await Task.Delay(outcome.RetryAfter ?? Backoff(attempt), time, cancellationToken);
            }
        }
        finally
        {
            hostGate.Release();
        }
    }

    private async Task<Attempt> AttemptAsync(Uri uri, CancellationToken cancellationToken)
    {
        try
        {
            using var head = await SendAsync(HttpMethod.Head, uri, cancellationToken);
            // Some servers refuse HEAD; a GET that stops after the headers asks the same question.
            if (head.StatusCode is not (HttpStatusCode.MethodNotAllowed or HttpStatusCode.NotImplemented))
                return FromResponse(head);
            using var get = await SendAsync(HttpMethod.Get, uri, cancellationToken);
            return FromResponse(get);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Our own timeout, or the HttpClient's if that is shorter: either way the server was too slow.
            return Attempt.Failed($"svarade inte inom {Describe(options.Timeout)}");
        }
        catch (HttpRequestException e)
        {
            return Attempt.Failed(Describe(e));
        }
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, Uri uri, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        using var request = new HttpRequestMessage(method, uri);
        // Some servers turn away requests without a User-Agent; the caller's own default wins if it set one.
        if (client.DefaultRequestHeaders.UserAgent.Count == 0)
            request.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
        // Headers only: the body of a linked page is not needed and may be large.
        return await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
    }

    private Attempt FromResponse(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        if (status is >= 200 and < 400)
            return new Attempt(true, status, null, false, null);
        var retryable = status is 429 or >= 500;
        return new Attempt(false, status, DescribeStatus(status), retryable, retryable ? RetryAfter(response) : null);
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        var wait = header?.Delta ?? (header?.Date is { } date ? date - time.GetUtcNow() : null);
        return wait is { } value ? Clamp(value) : null;
    }

    private static TimeSpan Backoff(int attempt) => Clamp(FirstBackoff * Math.Pow(2, Math.Min(attempt, 16)));

    private static TimeSpan Clamp(TimeSpan wait) => wait < TimeSpan.Zero ? TimeSpan.Zero : wait > MaxWait ? MaxWait : wait;

    private static bool TryParseHttp(string url, out Uri uri)
    {
        uri = null!;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var parsed)) return false;
        if (parsed.Scheme != Uri.UriSchemeHttp && parsed.Scheme != Uri.UriSchemeHttps) return false;
        if (parsed.Host.Length == 0) return false;
        uri = parsed;
        return true;
    }

    private static string DescribeStatus(int status) => status switch
    {
        404 or 410 => $"svarade {status}: sidan finns inte",
        401 or 403 => $"svarade {status}: åtkomst nekad",
        429 => "svarade 429: för många förfrågningar",
        >= 500 => $"svarade {status}: fel på servern",
        _ => $"svarade {status}",
    };

    private static string Describe(HttpRequestException e)
    {
        var detail = e.InnerException?.Message ?? e.Message;
        return e.HttpRequestError switch
        {
            HttpRequestError.NameResolutionError => $"hittade inte värden: {detail}",
            HttpRequestError.SecureConnectionError => $"säker anslutning (TLS) misslyckades: {detail}",
            _ => $"kunde inte ansluta: {detail}",
        };
    }

    internal static string Describe(TimeSpan timeout) =>
        timeout.Ticks % TimeSpan.TicksPerSecond == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{(long)timeout.TotalSeconds} s")
            : string.Create(CultureInfo.InvariantCulture, $"{(long)timeout.TotalMilliseconds} ms");

    private readonly record struct Attempt(bool Ok, int? Status, string? Error, bool Retryable, TimeSpan? RetryAfter)
    {
        public static Attempt Failed(string error) => new(false, null, error, true, null);
    }
}
