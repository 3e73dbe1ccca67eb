using Microsoft.Playwright;
using Sodertorn.Site.Pipeline;
using Sodertorn.Site.Reporting;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Browser;

/// <summary>
/// The report as comms meets it on a failed deploy preview of the real content: a new broken reference, a note nobody
/// has acknowledged, a resolved finding, the declared references and acknowledged notes folded away, compared with the
/// published report (an acknowledgement whose note is gone is not called stale while the build fails: Acknowledgements).
/// Served as Netlify would publish it: the report-only site.
/// </summary>
public sealed class BusyReportBrowser : BrowserFixture
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "sodertorn-rapport-" + Guid.NewGuid().ToString("N"));

    protected override string BuildSite()
    {
        var site = new TempSite();
        TempSite.CopyDirectory(Repository.Input, site.Input);
        var published = Path.Combine(root, "publicerad");
        var first = Build(site, published, null);
        Assert.True(first.Succeeded);

        var minutes = Path.Combine(site.Input, "protokoll/ledningsgruppen/2023-02-10.md");
        File.WriteAllText(minutes, File.ReadAllText(minutes)
            .Replace("Inga övriga frågor.", "Inga övriga frågor. Se [planen](xref:vp-2203).")
            .Replace("[Ledningsgruppen träffas nästa gång den 28 april](xref:lg-2023-04-28)", "Ledningsgruppen träffas nästa gång den 28 april"));
        var acknowledged = Path.Combine(site.Input, "data/kvitterade.yml");
        File.WriteAllText(acknowledged, File.ReadAllText(acknowledged).Replace("- id: minutes-missing-2841f9f2", "- id: minutes-missing-00000000"));
        using var server = LoopbackServer.ForSite(published, _ => []);
        var output = Path.Combine(root, "forhandsversion");
        var result = Build(site, output, new ReportSettings
        {
            Context = "deploy-preview",
            CompareWith = server.BaseUrl,
            EditUrl = "https://github.com/sodertorn/webbplats/edit/rattelse/{path}",
            PublishReportOnFailure = true,
        });
        Assert.True(result.PublishedReportOnly);
        site.Dispose();
        return output;
    }

    private static BuildResult Build(TempSite site, string output, ReportSettings? settings) =>
        new BuildPipeline(new BuildOptions(site.Input, Repository.Theme, output, "https://sodertorn.example", false, new DateOnly(2026, 1, 1))
        {
            BuildSearchIndex = false,
            Report = settings ?? new ReportSettings(),
        }).Run();

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
    }
}

public sealed class ReportPageBrowserTests(BusyReportBrowser browser) : IClassFixture<BusyReportBrowser>
{
    /// <summary>At 320 px (the narrowest phone, and WCAG 1.4.10's reflow width) and on a desktop.</summary>
    [Theory]
    [InlineData(320)]
    [InlineData(1280)]
    public async Task The_report_with_everything_open_passes_axe_and_fits_the_window(int width)
    {
        var options = new BrowserNewContextOptions { ViewportSize = new() { Width = width, Height = 800 } };
        var wide = new List<string>();
        var findings = await AxeScan.ScanAsync(browser, ["/lankrapport/"], options, async (page, path) =>
        {
            // New since the published report: the broken reference, nothing else.
            Assert.Equal(1, await page.Locator(".ny").CountAsync());
            Assert.Equal(1, await page.Locator("li.fel .ny").CountAsync());
            Assert.False(await page.Locator("#opublicerade").IsVisibleAsync(), "the section without action starts folded");
            await page.Locator("details.utan-atgard > summary").ClickAsync();
            Assert.True(await page.Locator("#opublicerade").IsVisibleAsync());
            var open = await AxeScan.RunAsync(page, path + " (utfälld)");
            Assert.True(open.Count == 0, AxeScan.Describe(open, $"{width} px, utfälld"));
            wide.AddRange(await SitePages.WiderThanWindowAsync(page));
        });
        Assert.True(findings.Count == 0, AxeScan.Describe(findings, $"{width} px"));
        Assert.True(wide.Count == 0, $"wider than {width} px: " + string.Join(", ", wide));
    }

    [Fact]
    public async Task The_folded_section_opens_from_the_keyboard_without_script()
    {
        await using var page = await browser.OpenAsync("/lankrapport/", new() { JavaScriptEnabled = false, Locale = "sv-SE" });
        var summary = page.Page.Locator("details.utan-atgard > summary");
        await summary.FocusAsync();
        await page.Page.Keyboard.PressAsync("Enter");
        Assert.True(await page.Page.Locator("#kvitterade").IsVisibleAsync());
    }
}
