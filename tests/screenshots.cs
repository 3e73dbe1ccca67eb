#:package Microsoft.Playwright@1.64.1
#:property PublishAot=false
#:property JsonSerializerIsReflectionEnabledByDefault=true
// Full-page screenshots of one page of each type of a built site, at 375 px (phone) and 1280 px (desktop), for
// people to look at: not run in CI. Serves the folder on 127.0.0.1 with the site's CSP and drives Debian's
// chromium (/usr/bin/chromium, never a downloaded browser). The pages are those of sitemap.xml, the first of each
// list and the first page under it, plus the search page with results, the 404 page and the link report.
// Usage: dotnet run tests/screenshots.cs -- <site folder> <out folder>   (tests/screenshots builds, then runs this)
using System.Net;
using System.Net.Sockets;
using System.Xml.Linq;
using Microsoft.Playwright;

if (args.Length != 2 || !File.Exists(Path.Combine(args[0], "sitemap.xml")))
{
    Console.Error.WriteLine("usage: dotnet run tests/screenshots.cs -- <built site folder with sitemap.xml> <out folder>");
    return 2;
}
var root = Path.GetFullPath(args[0]);
var outDir = Directory.CreateDirectory(args[1]).FullName;

XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
var sitemap = XDocument.Load(Path.Combine(root, "sitemap.xml")).Descendants(ns + "loc").Select(l => new Uri(l.Value.Trim()).AbsolutePath);
string[] pages =
[
    .. sitemap.GroupBy(p => (p.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "", p.Count(c => c == '/'))).Select(g => g.First()),
    "/sok/?q=budget", "/finns-inte/", "/lankrapport/",
];

using var listener = Listen(out var baseUrl);
_ = Task.Run(async () =>
{
    while (listener.IsListening)
    {
        HttpListenerContext context;
        try { context = await listener.GetContextAsync(); }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException) { return; }
        _ = Task.Run(() => Serve(context, root));
    }
});

using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
{
    ExecutablePath = "/usr/bin/chromium",
    Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
foreach (var (width, height) in new[] { (375, 740), (1280, 800) })
{
    await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
    {
        ViewportSize = new ViewportSize { Width = width, Height = height },
        Locale = "sv-SE",
        IsMobile = width < 600,
        DeviceScaleFactor = 1,
    });
    var page = await context.NewPageAsync();
    foreach (var path in pages)
    {
        await page.GotoAsync(baseUrl + path);
        if (path.StartsWith("/sok/?", StringComparison.Ordinal))
            await page.WaitForFunctionAsync("() => !document.getElementById('sok-traffar').hasAttribute('aria-busy') && document.getElementById('sok-status').textContent.length > 0");
        var name = path.Trim('/').Replace("/?q=", "-").Replace('/', '-');
        var file = Path.Combine(outDir, $"{width}-{(name.Length == 0 ? "start" : name)}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        Console.WriteLine(file);
    }
}
listener.Stop();
return 0;

static HttpListener Listen(out string baseUrl)
{
    for (var attempt = 1; ; attempt++)
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        try
        {
            listener.Start();
            baseUrl = $"http://127.0.0.1:{port}";
            return listener;
        }
        catch (HttpListenerException) when (attempt < 5)
        {
            listener.Close();
        }
    }
}

// As the host serves the site: '/x/' is x/index.html, '/x' redirects to '/x/', anything else is 404.html; with the CSP.
static async Task Serve(HttpListenerContext context, string root)
{
    var response = context.Response;
    try
    {
        var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath);
        response.Headers["Content-Security-Policy"] = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
        var local = Path.GetFullPath(Path.Combine(root, path.TrimStart('/') + (path.EndsWith('/') ? "index.html" : "")));
        if (!local.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)) local = Path.Combine(root, "404.html");
        if (Directory.Exists(local) && !path.EndsWith('/'))
        {
            response.StatusCode = 301;
            response.RedirectLocation = path + "/" + context.Request.Url.Query;
            return;
        }
        var found = File.Exists(local);
        response.StatusCode = found ? 200 : 404;
        var bytes = await File.ReadAllBytesAsync(found ? local : Path.Combine(root, "404.html"));
        response.ContentType = Path.GetExtension(found ? local : "x.html") switch
        {
            ".html" => "text/html; charset=utf-8",
            ".css" => "text/css; charset=utf-8",
            ".js" or ".mjs" => "text/javascript; charset=utf-8",
            ".json" => "application/json",
            ".svg" => "image/svg+xml",
            ".png" => "image/png",
            ".wasm" => "application/wasm",
            _ => "application/octet-stream",
        };
        response.ContentLength64 = bytes.Length;
        await response.OutputStream.WriteAsync(bytes);
    }
    catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
    {
        // The browser went away mid-answer.
    }
    finally
    {
        try { response.Close(); } catch (ObjectDisposedException) { }
    }
}
