using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Sodertorn.Site.Tests.Support;

/// <summary>
/// What the loopback server answers to one request: a status, how long it holds the request first, headers, and a
/// body, read from <see cref="File"/> when one is named.
/// </summary>
public sealed record Reply(int Status, TimeSpan Hold = default, string? RetryAfter = null, string? Location = null)
{
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];

    public string? File { get; init; }

    public string? ContentType { get; init; }
}

/// <summary>One request as the loopback server saw it; <see cref="Number"/> counts the requests to its path so far.</summary>
public sealed record LoopbackRequest(string Method, string Path, string Query, int Number, string? IfNoneMatch);

/// <summary>
/// The tests' HTTP server, on 127.0.0.1 at a free port. It answers with what the test configures: a reply per path
/// (<see cref="On"/>), given the method and the how-many-th request to that path this is, and for any other path
/// what <see cref="Otherwise"/> says (404 by default); <see cref="ForSite"/> sets that up to serve a built site as its
/// host would. It counts what it saw and how many requests it held at once.
/// </summary>
public sealed class LoopbackServer : IDisposable
{
    private readonly CancellationTokenSource stop;
    private readonly ConcurrentDictionary<string, Func<string, int, Reply>> routes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> forwards = new(StringComparer.Ordinal);
    private readonly Lazy<HttpClient> client = new(() => new HttpClient());
    private readonly ConcurrentDictionary<string, int> counts = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> log = new();
    private readonly HttpListener listener;
    private Func<LoopbackRequest, Reply> otherwise = _ => new Reply(404);
    private int inFlight;
    private int maxInFlight;

    /// <param name="stopAfter">
    /// When the server stops on its own, so that a test that never disposes it cannot leave a listener behind; 30 s
    /// when not given (a test's server), <see cref="Timeout.InfiniteTimeSpan"/> for one that a fixture disposes.
    /// </param>
    public LoopbackServer(TimeSpan? stopAfter = null)
    {
        stop = new CancellationTokenSource(stopAfter ?? TimeSpan.FromSeconds(30));
        listener = StartOnFreePort(out var port);
        BaseUrl = $"http://127.0.0.1:{port}";
        stop.Token.Register(() => listener.Close());
        _ = AcceptLoopAsync();
    }

    public string BaseUrl { get; }

    public string Url(string pathAndQuery) => BaseUrl + pathAndQuery;

    public void On(string path, Func<string, int, Reply> reply) => routes[path] = reply;

    /// <summary>Requests for <paramref name="path"/> are sent on to <paramref name="to"/> (method and body), and its answer returned.</summary>
    public void Forward(string path, string to) => forwards[path] = to;

    /// <summary>The answer to every path that no <see cref="On"/> names.</summary>
    public void Otherwise(Func<LoopbackRequest, Reply> reply) => otherwise = reply;

    public int Count(string path) => counts.GetValueOrDefault(path);

    /// <summary>
    /// The count once it has reached <paramref name="expected"/>, or as it is after <paramref name="within"/>: a client
    /// that gave up on a request may return before this server has read it, most of all on a busy machine.
    /// </summary>
    public async Task<int> CountWhenAsync(string path, int expected, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (Count(path) < expected && DateTime.UtcNow < deadline) await Task.Delay(20);
        return Count(path);
    }

    /// <summary>"METHOD /path" of every request, in the order they came.</summary>
    public IReadOnlyList<string> Log => [.. log];

    public int MaxInFlight => Volatile.Read(ref maxInFlight);

    /// <summary>
    /// A server for a built site folder, answering as a static host does: '/x/' is x/index.html, '/x' redirects to
    /// '/x/' when x is a folder, anything missing is the site's 404.html with status 404. Each answer carries the
    /// headers <paramref name="headers"/> gives for its path, and an ETag, so a browser can revalidate what it keeps.
    /// </summary>
    public static LoopbackServer ForSite(string folder, Func<string, IEnumerable<KeyValuePair<string, string>>> headers)
    {
        var server = new LoopbackServer(Timeout.InfiniteTimeSpan);
        var site = new SiteFolder(folder);
        server.Otherwise(request =>
        {
            var reply = site.Answer(request);
            return reply with { Headers = [.. reply.Headers, .. headers(request.Path)] };
        });
        return server;
    }

    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        stop.Cancel();
        stop.Dispose();
        if (client.IsValueCreated) client.Value.Dispose();
    }

    // The port is free when probed but could be taken before the listener starts; a few tries settle that.
    private static HttpListener StartOnFreePort(out int port)
    {
        for (var attempt = 1; ; attempt++)
        {
            port = FreePort();
            var candidate = new HttpListener();
            candidate.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                candidate.Start();
                return candidate;
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                candidate.Close();
            }
        }
    }

    private async Task AcceptLoopAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return; // stopped
            }
            _ = HandleAsync(context);
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var now = Interlocked.Increment(ref inFlight);
        for (var seen = Volatile.Read(ref maxInFlight); now > seen; seen = Volatile.Read(ref maxInFlight))
            Interlocked.CompareExchange(ref maxInFlight, now, seen);
        var counted = true;
        try
        {
            var url = context.Request.Url!;
            var path = Uri.UnescapeDataString(url.AbsolutePath);
            var method = context.Request.HttpMethod;
            log.Enqueue($"{method} {path}");
            var n = counts.AddOrUpdate(path, 1, (_, c) => c + 1);
            if (forwards.TryGetValue(path, out var to))
            {
                Interlocked.Decrement(ref inFlight);
                counted = false;
                await ForwardAsync(context, to);
                return;
            }
            var reply = routes.TryGetValue(path, out var route)
                ? route(method, n)
                : otherwise(new LoopbackRequest(method, path, url.Query, n, context.Request.Headers["If-None-Match"]));
            if (reply.Hold > TimeSpan.Zero) await Task.Delay(reply.Hold, stop.Token);
            // Leave the in-flight count before answering: once the client has the answer it may send the next
            // request, which must not be counted as overlapping with this one.
            Interlocked.Decrement(ref inFlight);
            counted = false;
            await SendAsync(context, reply);
        }
        catch (Exception)
        {
            // The client gave up (a timeout test, a browser that went on to the next page) or the server is
            // stopping; neither is this server's failure.
            context.Response.Abort();
        }
        finally
        {
            if (counted) Interlocked.Decrement(ref inFlight);
        }
    }

    private async Task ForwardAsync(HttpListenerContext context, string to)
    {
        using var request = new HttpRequestMessage(new HttpMethod(context.Request.HttpMethod), to);
        if (context.Request.HasEntityBody)
        {
            request.Content = new StreamContent(context.Request.InputStream);
            if (context.Request.ContentType is { } type) request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(type);
        }
        using var answer = await client.Value.SendAsync(request, stop.Token);
        var body = await answer.Content.ReadAsByteArrayAsync(stop.Token);
        var response = context.Response;
        response.StatusCode = (int)answer.StatusCode;
        if (answer.Content.Headers.ContentType is { } contentType) response.ContentType = contentType.ToString();
        response.ContentLength64 = body.Length;
        await response.OutputStream.WriteAsync(body, stop.Token);
        response.Close();
    }

    private static async Task SendAsync(HttpListenerContext context, Reply reply)
    {
        var response = context.Response;
        response.StatusCode = reply.Status;
        foreach (var (name, value) in reply.Headers) response.Headers[name] = value;
        if (reply.RetryAfter is { } retryAfter) response.AddHeader("Retry-After", retryAfter);
        if (reply.Location is { } location) response.RedirectLocation = location;
        if (reply.ContentType is { } type) response.ContentType = type;
        var body = reply.File is null ? [] : await File.ReadAllBytesAsync(reply.File);
        response.ContentLength64 = body.Length;
        if (body.Length > 0 && context.Request.HttpMethod != "HEAD") await response.OutputStream.WriteAsync(body);
        response.Close();
    }

    /// <summary>How a static host maps a path to a file of the site.</summary>
    private sealed class SiteFolder(string folder)
    {
        private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
        {
            [".html"] = "text/html; charset=utf-8",
            [".css"] = "text/css; charset=utf-8",
            [".js"] = "text/javascript; charset=utf-8",
            [".mjs"] = "text/javascript; charset=utf-8",
            [".json"] = "application/json",
            [".xml"] = "application/xml",
            [".svg"] = "image/svg+xml",
            [".png"] = "image/png",
            [".ics"] = "text/calendar; charset=utf-8",
            [".wasm"] = "application/wasm",
            [".txt"] = "text/plain; charset=utf-8",
            [".yml"] = "text/yaml; charset=utf-8",
        };

        private readonly string root = Path.GetFullPath(folder);

        public Reply Answer(LoopbackRequest request)
        {
            var file = Resolve(request.Path);
            if (file is null && !request.Path.EndsWith('/') && Directory.Exists(Local(request.Path)))
                return new Reply(301, Location: request.Path + "/" + request.Query);
            var status = file is null ? 404 : 200;
            file ??= Resolve("/404.html");
            if (file is null) return new Reply(404) { ContentType = "text/plain" };
            var info = new FileInfo(file);
            var tag = $"\"{info.Length.ToString(CultureInfo.InvariantCulture)}-{info.LastWriteTimeUtc.Ticks.ToString(CultureInfo.InvariantCulture)}\"";
            if (status == 200 && request.IfNoneMatch == tag) return new Reply(304) { Headers = [new("ETag", tag)] };
            var type = ContentTypes.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream");
            return new Reply(status) { File = file, ContentType = type, Headers = status == 200 ? [new("ETag", tag)] : [] };
        }

        private string Local(string path) => Path.GetFullPath(Path.Combine(root, path.TrimStart('/')));

        /// <summary>The file that answers a path, never one outside the served folder.</summary>
        private string? Resolve(string path)
        {
            var local = Local(path.EndsWith('/') ? path + "index.html" : path);
            if (!local.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)) return null;
            return File.Exists(local) ? local : null;
        }
    }
}
