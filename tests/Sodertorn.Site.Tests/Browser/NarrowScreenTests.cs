using Microsoft.Playwright;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Browser;

/// <summary>
/// The real site on the narrowest screens, in Chromium under the site's CSP: one page of each type at 320 px passes axe
/// (WCAG 2.1 A and AA). That no page makes the visitor scroll sideways there, every page: AccessibilityTests.
/// </summary>
public sealed class NarrowScreenTests(RealSiteBrowser browser) : IClassFixture<RealSiteBrowser>
{
    /// <summary>
    /// A phone as narrow as they come, which is also WCAG 1.4.10's reflow width (a 1280 px window zoomed to 400 %): the
    /// page asks for the device's width, so the two lay out alike. Wider phones take the same rules (the stylesheet's one
    /// breakpoint is at 40rem) with more room.
    /// </summary>
    private static readonly ViewportSize Narrowest = new() { Width = 320, Height = 640 };

    [Fact]
    public async Task One_page_of_each_type_passes_axe_at_320_px()
    {
        var findings = await AxeScan.ScanAsync(browser, SitePages.OnePerType(SharedSites.Real.Output), new() { ViewportSize = Narrowest });
        Assert.True(findings.Count == 0, AxeScan.Describe(findings, "320 px"));
    }
}
