using System.Net;
using System.Net.Sockets;
using Sodertorn.Site.Tests.Deploy;

namespace Sodertorn.Site.Tests.Cms;

/// <summary>
/// A built site on 127.0.0.1 as Netlify serves it, for the CMS's browser tests: each answer carries the headers of every
/// rule in netlify.toml and the build's _headers that matches its path (the policies included, so the browser enforces
/// them), and /admin/api/v1 is forwarded to decap-server, as `preview --cms` does.
/// </summary>
public sealed class AdminSiteServer : IDisposable
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8", [".css"] = "text/css; charset=utf-8", [".js"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json", [".yml"] = "text/yaml; charset=utf-8", [".svg"] = "image/svg+xml",
        [".wasm"] = "application/wasm", [".txt"] = "text/plain; charset=utf-8", [".xml"] = "application/xml",
    };

    private readonly string root;
    private readonly string backend;
    private readonly List<HeaderRule> rules;
    private readonly HttpListener listener;
    private readonly HttpClient client = new();
    private readonly CancellationTokenSource stop = new();

    public AdminSiteServer(string root, string backend)
    {
        this.root = Path.GetFullPath(root);
        this.backend = backend;
        rules = [.. Netlify.Toml.Headers, .. AdminHeadersTests.HeadersFile(root)];
        listener = Listen(out var port);
        BaseUrl = $"http://127.0.0.1:{port}";
        _ = Task.Run(AcceptAsync);
    }

    public string BaseUrl { get; }

    private static HttpListener Listen(out int port)
    {
        for (var attempt = 1; ; attempt++)
        {
            using (var probe = new TcpListener(IPAddress.Loopback, 0))
            {
                probe.Start();
                port = ((IPEndPoint)probe.LocalEndpoint).Port;
            }
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

    private async Task AcceptAsync()
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
            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath);
            if (path == Site.Cms.CmsConfig.LocalBackendPath)
            {
                using var body = new StreamContent(context.Request.InputStream);
                body.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
                using var answer = await client.PostAsync(backend, body);
                response.StatusCode = (int)answer.StatusCode;
                response.ContentType = "application/json";
                await response.OutputStream.WriteAsync(await answer.Content.ReadAsByteArrayAsync());
                return;
            }
            foreach (var rule in rules.Where(r => r.Matches(path)))
                foreach (var (name, value) in rule.Values) response.Headers.Add(name, value);
            var file = Resolve(path);
            if (file is null && !path.EndsWith('/') && Directory.Exists(Path.Combine(root, path.TrimStart('/'))))
            {
                response.StatusCode = 301;
                response.RedirectLocation = path + "/";
                return;
            }
            response.StatusCode = file is null ? 404 : 200;
            file ??= Resolve("/404.html");
            var bytes = file is null ? [] : await File.ReadAllBytesAsync(file);
            response.ContentType = file is null ? "text/plain" : ContentTypes.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream");
            response.ContentLength64 = bytes.Length;
            await response.OutputStream.WriteAsync(bytes);
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException or HttpRequestException)
        {
            // The browser went away, or the test is over.
        }
        finally
        {
            try { response.Close(); } catch (ObjectDisposedException) { }
        }
    }

    private string? Resolve(string path)
    {
        var local = Path.GetFullPath(Path.Combine(root, (path.EndsWith('/') ? path + "index.html" : path).TrimStart('/')));
        return local.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(local) ? local : null;
    }

    public void Dispose()
    {
        stop.Cancel();
        listener.Close();
        client.Dispose();
        stop.Dispose();
    }
}
