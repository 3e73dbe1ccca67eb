using Microsoft.Playwright;
using Sodertorn.Site.Tests.Deploy;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Browser;

/// <summary>
/// The Chromium of a test run: Debian's /usr/bin/chromium driven by Playwright, never a downloaded browser. Started
/// once, on first use, and shared by every class of browser tests: each start (Playwright's driver, then the
/// browser) cost as much CPU as the work of a small class. Tests share nothing else, each opening its own context.
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>
    /// Headless and quiet: without the background-networking flags Chromium tries to reach Google's services,
    /// and on a closed network its connections are refused (and reported) before the page even loads.
    /// </summary>
    public static readonly string[] Args =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private static readonly Lazy<Task<IBrowser>> Shared = new(LaunchAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    public static Task<IBrowser> SharedAsync() => Shared.Value;

    private static async Task<IBrowser> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
            throw new InvalidOperationException($"{ExecutablePath} saknas: installera Debians chromium (apt-get install -y chromium); .ci/run gör det");
        var playwright = await Playwright.CreateAsync();
        // Stopping the driver when the test process ends closes the browser with it.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => playwright.Dispose();
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Args,
            Timeout = (float)TimeSpan.FromSeconds(60).TotalMilliseconds,
        });
    }
}

/// <summary>
/// The shared Chromium and a loopback server over a built site, for a class of browser tests (use as IClassFixture).
/// The server sends the headers Netlify would, from netlify.toml and the _headers file the build wrote: the pages'
/// Content-Security-Policy, so the browser enforces it, and Cache-Control, so a walk over several pages fetches what a
/// visitor's browser would. Each test opens its own
/// page in a fresh context: no cookies, storage, cache or history carry over. Subclasses say which built folder to serve.
/// </summary>
public abstract class BrowserFixture : IAsyncLifetime
{
    /// <summary>What a test may wait for in the browser before it fails; keeps a broken page from hanging the run.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    private IBrowser? browser;
    private LoopbackServer? server;

    public LoopbackServer Server => server ?? throw new InvalidOperationException("the fixture is not initialized");

    public IBrowser Browser => browser ?? throw new InvalidOperationException("the fixture is not initialized");

    /// <summary>The folder to serve, built by the subclass (called once, as the fixture starts).</summary>
    protected abstract string BuildSite();

    public async Task InitializeAsync()
    {
        var site = BuildSite();
        server = LoopbackServer.ForSite(site, Netlify.HeadersOf(site));
        browser = await Chromium.SharedAsync();
    }

    /// <summary>Opens a path of the served site in a new page; the page records console errors from the start.</summary>
    public async Task<BrowserPage> OpenAsync(string pathAndQuery, BrowserNewContextOptions? options = null)
    {
        var context = await Browser.NewContextAsync(options ?? new BrowserNewContextOptions { Locale = "sv-SE" });
        context.SetDefaultTimeout((float)Timeout.TotalMilliseconds);
        var page = new BrowserPage(context, await context.NewPageAsync());
        try
        {
            await page.GotoAsync(Server.Url(pathAndQuery));
            return page;
        }
        catch
        {
            await page.DisposeAsync();
            throw;
        }
    }

    public virtual Task DisposeAsync()
    {
        // The browser stays for the other classes (Chromium).
        server?.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>A page in its own browser context, with every console error and uncaught exception it produced.</summary>
public sealed class BrowserPage : IAsyncDisposable
{
    private readonly IBrowserContext context;
    private readonly List<string> errors = [];

    public BrowserPage(IBrowserContext context, IPage page)
    {
        this.context = context;
        Page = page;
        // CSP violations, failed loads (404) and script errors all reach the console as errors in Chromium.
        page.Console += (_, message) =>
        {
            // The browser asks for /favicon.ico on its own, and the site has none (yet); that is not an error of a page.
            if (message.Type == "error" && !message.Location.Contains("/favicon.ico", StringComparison.Ordinal))
                lock (errors) errors.Add($"{message.Text} ({message.Location})");
        };
        page.PageError += (_, error) =>
        {
            lock (errors) errors.Add("uncaught: " + error);
        };
    }

    public IPage Page { get; }

    public IReadOnlyList<string> ConsoleErrors
    {
        get { lock (errors) return [.. errors]; }
    }

    /// <summary>Fails the test with every console error in full (xUnit would shorten a collection to its first characters).</summary>
    public void AssertNoConsoleErrors()
    {
        var all = ConsoleErrors;
        Assert.True(all.Count == 0, "console errors:\n" + string.Join("\n", all));
    }

    public async Task GotoAsync(string url)
    {
        var response = await Page.GotoAsync(url);
        if (response is null || !response.Ok)
            throw new InvalidOperationException($"{url} svarade {response?.Status.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "inte"}");
    }

    public async ValueTask DisposeAsync() => await context.CloseAsync();
}
