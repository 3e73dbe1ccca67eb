using Microsoft.Playwright;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Browser;

/// <summary>
/// The real site on narrow screens, in Chromium under the site's CSP: axe (WCAG 2.1 A and AA) on one page of each
/// type at 375 px, and no page type that makes the visitor scroll sideways.
/// </summary>
public sealed class NarrowScreenTests(RealSiteBrowser browser) : IClassFixture<RealSiteBrowser>
{
    private static readonly ViewportSize Phone = new() { Width = 375, Height = 740 };

    [Fact]
    public async Task One_page_of_each_type_passes_axe_at_phone_width()
    {
        var findings = await AxeScan.ScanAsync(browser, SitePages.OnePerType(SharedSites.Real.Output), new() { ViewportSize = Phone, IsMobile = true, HasTouch = true });
        Assert.True(findings.Count == 0, AxeScan.Describe(findings, "375 px"));
    }

    /// <summary>
    /// WCAG 1.4.10 (reflow): at 320 CSS px, as a 1280 px window zoomed to 400 %, nothing may make the visitor
    /// scroll sideways to read. Names the elements that stick out. (At 1280 px: AccessibilityTests' desktop scan.)
    /// </summary>
    [Fact]
    public async Task At_320_px_no_page_type_scrolls_sideways()
    {
        var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 320, Height = 640 }, Locale = "sv-SE" });
        try
        {
            var page = await context.NewPageAsync();
            var wide = new List<string>();
            foreach (var path in SitePages.OnePerType(SharedSites.Real.Output))
            {
                await SitePages.LoadAsync(page, browser.Server.BaseUrl, path);
                var outside = await SitePages.WiderThanWindowAsync(page);
                if (outside.Length > 0) wide.Add($"{path}: {string.Join(", ", outside)}");
            }
            Assert.True(wide.Count == 0, "wider than 320 px:\n" + string.Join("\n", wide));
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}
