using Microsoft.Playwright;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Browser;

/// <summary>
/// The real site on the narrowest screens, in Chromium under the site's CSP: one page of each type at 320 px passes axe
/// (WCAG 2.1 A and AA) and does not make the visitor scroll sideways. (At 1280 px: AccessibilityTests' desktop scan.)
/// </summary>
public sealed class NarrowScreenTests(RealSiteBrowser browser) : IClassFixture<RealSiteBrowser>
{
    /// <summary>
    /// A phone as narrow as they come, which is also WCAG 1.4.10's reflow width (a 1280 px window zoomed to 400 %): the
    /// page asks for the device's width, so the two lay out alike. A window, not phone emulation: an emulated phone
    /// widens the layout to whatever sticks out, and the elements could not be named. Wider phones take the same rules
    /// (the stylesheet's one breakpoint is at 40rem) with more room, so each page is loaded once, for both checks.
    /// </summary>
    private static readonly ViewportSize Narrowest = new() { Width = 320, Height = 640 };

    [Fact]
    public async Task One_page_of_each_type_at_320_px_passes_axe_and_does_not_scroll_sideways()
    {
        var wide = new List<string>();
        var findings = await AxeScan.ScanAsync(browser, SitePages.OnePerType(SharedSites.Real.Output), new() { ViewportSize = Narrowest }, async (page, path) =>
        {
            var outside = await SitePages.WiderThanWindowAsync(page);
            if (outside.Length > 0) wide.Add($"{path}: {string.Join(", ", outside)}");
        });
        Assert.True(findings.Count == 0, AxeScan.Describe(findings, "320 px"));
        Assert.True(wide.Count == 0, "wider than 320 px (names the elements that stick out):\n" + string.Join("\n", wide));
    }
}
