using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Sodertorn.Site.Tests.Support;

/// <summary>What the loopback server answers on one path: a status, how long it holds the request, headers.</summary>
public sealed record Reply(int Status, TimeSpan Hold = default, string? RetryAfter = null, string? Location = null);

/// <summary>
/// A tiny HTTP server on 127.0.0.1 at a free port. Each path answers as the test configures it, given the
/// method and the how-many-th request to that path this is; unknown paths get 404. Counts what it saw.
/// </summary>
public sealed class LoopbackServer : IDisposable
{
    // Stops itself even if a test never disposes it, so a broken test cannot leave a listener behind.
    private readonly CancellationTokenSource stop = new(TimeSpan.FromSeconds(30));
    private readonly ConcurrentDictionary<string, Func<string, int, Reply>> routes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> counts = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> log = new();
    private readonly HttpListener listener;
    private int inFlight;
    private int maxInFlight;

    public LoopbackServer()
    {
        listener = StartOnFreePort(out var port);
        BaseUrl = $"http://127.0.0.1:{port}";
        stop.Token.Register(() => listener.Close());
        _ = AcceptLoopAsync();
    }

    public string BaseUrl { get; }

    public string Url(string path) => BaseUrl + path;

    public void On(string path, Func<string, int, Reply> reply) => routes[path] = reply;

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

    public IReadOnlyList<string> Log => [.. log];

    public int MaxInFlight => Volatile.Read(ref maxInFlight);

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
    }

    // The port is free when probed but could be taken before the listener starts; a few tries settle that.
    /// <summary>An HttpListener on 127.0.0.1 at a free port, retrying when another test takes the port first.</summary>
    public static HttpListener StartOnFreePort(out int port)
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
            var path = context.Request.Url!.AbsolutePath;
            var method = context.Request.HttpMethod;
            log.Enqueue($"{method} {path}");
            var n = counts.AddOrUpdate(path, 1, (_, c) => c + 1);
            var reply = routes.TryGetValue(path, out var route) ? route(method, n) : new Reply(404);
            if (reply.Hold > TimeSpan.Zero) await Task.Delay(reply.Hold, stop.Token);
            // Leave the in-flight count before answering: once the client has the answer it may send the next
            // request, which must not be counted as overlapping with this one.
            Interlocked.Decrement(ref inFlight);
            counted = false;
            var response = context.Response;
            response.StatusCode = reply.Status;
            if (reply.RetryAfter is { } retryAfter) response.AddHeader("Retry-After", retryAfter);
            if (reply.Location is { } location) response.RedirectLocation = location;
            response.ContentLength64 = 0;
            response.Close();
        }
        catch (Exception)
        {
            // The client gave up (a timeout test) or the server is stopping; neither is this server's failure.
            context.Response.Abort();
        }
        finally
        {
            if (counted) Interlocked.Decrement(ref inFlight);
        }
    }
}
