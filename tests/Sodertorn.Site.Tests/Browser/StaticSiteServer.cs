using System.Collections.Concurrent;
using System.Net;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Browser;

/// <summary>One file the server sent: its path and size, so tests can see what a browser fetched.</summary>
public sealed record ServedFile(string Path, int Status, long Bytes);

/// <summary>
/// Serves a built output/ folder on 127.0.0.1 at a free port, as a static host would: '/x/' is x/index.html,
/// '/x' redirects to '/x/' when x is a folder, anything missing is the site's 404.html with status 404.
/// Every answer carries the Content-Security-Policy the site ships, so the browser enforces it in tests.
/// </summary>
public sealed class StaticSiteServer : IDisposable
{
    /// <summary>The policy the site ships: nothing inline, WebAssembly allowed for Pagefind.</summary>
    public const string SitePolicy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

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
    };

    private readonly string root;
    private readonly string? policy;
    private readonly HttpListener listener;
    private readonly CancellationTokenSource stop = new();
    private readonly ConcurrentQueue<ServedFile> served = new();

    public StaticSiteServer(string root, string? policy = SitePolicy)
    {
        this.root = Path.GetFullPath(root);
        this.policy = policy;
        listener = LoopbackServer.StartOnFreePort(out var port);
        BaseUrl = $"http://127.0.0.1:{port}";
        _ = AcceptLoopAsync();
    }

    public string BaseUrl { get; }

    public string Url(string pathAndQuery) => BaseUrl + pathAndQuery;

    /// <summary>Every answer so far, in the order they were sent.</summary>
    public IReadOnlyList<ServedFile> Served => [.. served];

    public void Dispose()
    {
        stop.Cancel();
        listener.Close();
        stop.Dispose();
    }

    // The port is free when probed but could be taken before the listener starts; a few tries settle that.
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
                return;
            }
            _ = Task.Run(() => Answer(context));
        }
    }

    private async Task Answer(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath);
            if (policy is not null) response.Headers["Content-Security-Policy"] = policy;
            var file = Resolve(path);
            if (file is null && !path.EndsWith('/') && Directory.Exists(Local(path)))
            {
                response.StatusCode = 301;
                response.RedirectLocation = path + "/" + context.Request.Url.Query;
                served.Enqueue(new ServedFile(path, 301, 0));
                return;
            }
            var status = file is null ? 404 : 200;
            file ??= Resolve("/404.html");
            var bytes = file is null ? [] : await File.ReadAllBytesAsync(file);
            response.StatusCode = status;
            response.ContentType = file is null ? "text/plain" : ContentTypes.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream");
            response.ContentLength64 = bytes.Length;
            if (context.Request.HttpMethod != "HEAD") await response.OutputStream.WriteAsync(bytes);
            served.Enqueue(new ServedFile(path, status, bytes.Length));
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
        {
            // The browser went away mid-answer; nothing to report.
        }
        finally
        {
            try { response.Close(); } catch (ObjectDisposedException) { }
        }
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
