using Microsoft.Playwright;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Browser;

/// <summary>
/// axe-core over the real site in Chromium, under the site's CSP: every page (from sitemap.xml, plus the link
/// report, the 404 page and the search page with results) at desktop width. WCAG 2.1 A and AA rules; zero
/// violations. Phone widths: NarrowScreenTests; dark mode: DarkModeTests (classes of their own, so they run
/// alongside this one).
/// </summary>
public sealed class AccessibilityTests(RealSiteBrowser browser) : IClassFixture<RealSiteBrowser>
{
    private static readonly ViewportSize Desktop = new() { Width = 1280, Height = 800 };

    private static readonly ViewportSize Narrowest = new() { Width = 320, Height = 640 };

    [Fact]
    public void The_scanned_pages_include_every_page_type()
    {
        var all = SitePages.All(SharedSites.Real.Output);
        string[] expected =
        [
            "/", "/protokoll/", "/protokoll/lg-2019-01-25/", "/protokoll/lg-2022-10-06/", "/protokoll/lg-2023-02-10/",
            "/planer/", "/planer/vp-2024/", "/aktiviteter/", "/aktiviteter/vp-2024-rufs-yttrande/", "/mal/", "/mal/vision/",
            "/natverk/", "/natverk/snug/", "/organisation/", "/organisation/ledningsgruppen/", "/kommuner/", "/kommuner/salem/",
            "/om/", "/samarbetsavtal/", "/kontakt/", "/oppna-data/", "/sup-2040/", "/sok/", SitePages.SearchWithResults,
            SitePages.Missing, "/lankrapport/",
        ];
        Assert.Empty(expected.Except(all));
        var perType = SitePages.OnePerType(SharedSites.Real.Output);
        Assert.Contains("/protokoll/", perType);
        Assert.Contains(perType, p => p.StartsWith("/protokoll/lg-", StringComparison.Ordinal));
        Assert.Contains(perType, p => p.StartsWith("/kommuner/", StringComparison.Ordinal) && p.Length > "/kommuner/".Length);
    }

    /// <summary>
    /// Also checks that no page is wider than the window, at 1280 px and at 320 px (WCAG 1.4.10, reflow): the window is
    /// narrowed on the page already loaded, so every page is checked at 320 px for the price of a new layout. A table or a
    /// long word in one meeting's minutes is a problem of that page alone, which one page of each type would not show.
    /// (axe at 320 px: NarrowScreenTests, one page of each type.)
    /// </summary>
    [Fact]
    public async Task Every_page_passes_axe_at_desktop_width_and_fits_the_window_at_desktop_and_320_px()
    {
        var wide = new List<string>();
        var findings = await AxeScan.ScanAsync(browser, SitePages.All(SharedSites.Real.Output), new() { ViewportSize = Desktop }, async (page, path) =>
        {
            foreach (var window in new[] { Desktop, Narrowest })
            {
                await page.SetViewportSizeAsync(window.Width, window.Height);
                var outside = await SitePages.WiderThanWindowAsync(page);
                if (outside.Length > 0) wide.Add($"{path} at {window.Width} px: {string.Join(", ", outside)}");
            }
            await page.SetViewportSizeAsync(Desktop.Width, Desktop.Height);
        });
        Assert.True(findings.Count == 0, AxeScan.Describe(findings, "1280 px"));
        Assert.True(wide.Count == 0, "wider than the window:\n" + string.Join("\n", wide));
    }
}
