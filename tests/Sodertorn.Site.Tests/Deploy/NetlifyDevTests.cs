using System.Diagnostics;
using System.Net;
using System.Runtime.Versioning;
using Sodertorn.Site.Tests.Browser;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Deploy;

/// <summary>
/// The real site served by Netlify's own code (netlify dev, from the CLI pinned in tests/netlify-cli/), offline and on
/// loopback: netlify.toml and the _headers file the build writes are applied as Netlify applies them, not as the tests'
/// own reader of them does, and Chromium enforces the resulting Content-Security-Policy.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class NetlifyDevTests(NetlifyDevTests.Server server) : IClassFixture<NetlifyDevTests.Server>
{
    [Fact]
    public async Task Pages_and_search_work_under_the_policy_netlify_sends_and_the_editor_gets_its_own()
    {
        var site = Sodertorn.Site.Hosting.SecurityPolicy.Site;
        using var http = new HttpClient();
        var page = await http.GetAsync(server.Url + "/protokoll/lg-2023-02-10/");
        var admin = await http.GetAsync(server.Url + "/admin/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal([site], page.Headers.GetValues("Content-Security-Policy"));
        Assert.Equal(["nosniff"], page.Headers.GetValues("X-Content-Type-Options"));
        var editor = Assert.Single(admin.Headers.GetValues("Content-Security-Policy"));
        Assert.NotEqual(site, editor);
        Assert.Contains("'unsafe-eval'", editor, StringComparison.Ordinal);

        var browser = await Chromium.SharedAsync();
        var context = await browser.NewContextAsync(new() { Locale = "sv-SE" });
        context.SetDefaultTimeout((float)BrowserFixture.Timeout.TotalMilliseconds);
        await using var tab = new BrowserPage(context, await context.NewPageAsync());
        await tab.GotoAsync(server.Url + "/sok/?q=laddinfrastruktur");
        var results = await SearchPageDriver.ResultsAsync(tab.Page);
        Assert.Contains(results, r => r.Url == "/mal/laddinfrastruktur/");
        await tab.GotoAsync(server.Url + "/mal/");
        // A CSP violation (an inline style, a script from elsewhere, WebAssembly without its permission) is a console error.
        tab.AssertNoConsoleErrors();
    }

    /// <summary>netlify dev over a folder with this repository's netlify.toml and the shared real site as its output/.</summary>
    public sealed class Server : IAsyncLifetime
    {
        private static readonly string Cli = Path.Combine(Repository.Root, "tests", "netlify-cli", "node_modules", ".bin", "netlify");

        private readonly string root = Directory.CreateTempSubdirectory("sodertorn-netlify-dev-").FullName;
        private Process? process;

        public string Url { get; private set; } = "";

        public async Task InitializeAsync()
        {
            if (!File.Exists(Cli)) throw new InvalidOperationException($"{Cli} saknas: kör npm ci i tests/netlify-cli (.ci/run gör det)");
            File.Copy(Path.Combine(Repository.Root, "netlify.toml"), Path.Combine(root, "netlify.toml"));
            TempSite.CopyDirectory(Path.Combine(Repository.Root, ".ci", "netlify-cache"), Path.Combine(root, ".ci", "netlify-cache"));
            Directory.CreateSymbolicLink(Path.Combine(root, "output"), SharedSites.Real.Output);
            var port = LoopbackServer.FreePort();
            var start = new ProcessStartInfo(Cli) { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
            // Offline: nothing is fetched. Edge functions off: their runtime would be downloaded, and the site has none.
            foreach (var argument in new[] { "dev", "--offline", "--internal-disable-edge-functions", "--dir", "output", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--no-open" })
                start.ArgumentList.Add(argument);
            start.Environment["HOME"] = root;
            start.Environment["XDG_CONFIG_HOME"] = Path.Combine(root, ".config");
            start.Environment["NETLIFY_TELEMETRY_DISABLED"] = "1";
            start.Environment["BROWSER"] = "none";
            process = Process.Start(start)!;
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            Url = $"http://localhost:{port}";
            using var http = new HttpClient();
            var until = DateTime.UtcNow.AddSeconds(90);
            while (true)
            {
                if (process.HasExited) throw new InvalidOperationException($"netlify dev ended with {process.ExitCode}");
                try
                {
                    if ((await http.GetAsync(Url + "/")).IsSuccessStatusCode) return;
                }
                catch (HttpRequestException) when (DateTime.UtcNow < until)
                {
                }
                if (DateTime.UtcNow >= until) throw new TimeoutException("netlify dev answered nothing within 90 s");
                await Task.Delay(250);
            }
        }

        public Task DisposeAsync()
        {
            if (process is { HasExited: false }) process.Kill(entireProcessTree: true);
            process?.Dispose();
            Directory.Delete(root, recursive: true);
            return Task.CompletedTask;
        }
    }
}
