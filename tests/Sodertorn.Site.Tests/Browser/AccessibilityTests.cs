using Microsoft.Playwright;

namespace Sodertorn.Site.Tests.Browser;

/// <summary>
/// axe-core over the real site in Chromium, under the site's CSP: every page (from sitemap.xml, plus the link
/// report, the 404 page and the search page with results) at desktop width, one page of each type at phone width,
/// and the main page types with the visitor's system in dark mode. WCAG 2.1 A and AA rules; zero violations.
/// </summary>
public sealed class AccessibilityTests(RealSiteBrowser browser) : IClassFixture<RealSiteBrowser>
{
    private static readonly ViewportSize Desktop = new() { Width = 1280, Height = 800 };
    private static readonly ViewportSize Phone = new() { Width = 375, Height = 740 };

    /// <summary>Pages of the main types, for checks too slow to run on every page.</summary>
    private static readonly string[] MainPages =
        ["/", "/protokoll/lg-2023-02-10/", "/planer/vp-2024/", "/mal/", "/sup-2040/", SitePages.SearchWithResults];

    [Fact]
    public void The_scanned_pages_include_every_page_type()
    {
        var all = SitePages.All(RealSiteBuild.Folder);
        string[] expected =
        [
            "/", "/protokoll/", "/protokoll/lg-2019-01-25/", "/protokoll/lg-2022-10-06/", "/protokoll/lg-2023-02-10/",
            "/planer/", "/planer/vp-2024/", "/aktiviteter/", "/aktiviteter/vp-2024-rufs-yttrande/", "/mal/", "/mal/vision/",
            "/natverk/", "/natverk/snug/", "/organisation/", "/organisation/ledningsgruppen/", "/kommuner/", "/kommuner/salem/",
            "/om/", "/samarbetsavtal/", "/kontakt/", "/oppna-data/", "/sup-2040/", "/sok/", SitePages.SearchWithResults,
            SitePages.Missing, "/lankrapport/",
        ];
        Assert.Empty(expected.Except(all));
        var perType = SitePages.OnePerType(RealSiteBuild.Folder);
        Assert.Contains("/protokoll/", perType);
        Assert.Contains(perType, p => p.StartsWith("/protokoll/lg-", StringComparison.Ordinal));
        Assert.Contains(perType, p => p.StartsWith("/kommuner/", StringComparison.Ordinal) && p.Length > "/kommuner/".Length);
    }

    [Fact]
    public async Task Every_page_passes_axe_at_desktop_width()
    {
        var findings = await ScanAsync(SitePages.All(RealSiteBuild.Folder), new() { ViewportSize = Desktop });
        Assert.True(findings.Count == 0, AxeScan.Describe(findings, "1280 px"));
    }

    [Fact]
    public async Task One_page_of_each_type_passes_axe_at_phone_width()
    {
        var findings = await ScanAsync(SitePages.OnePerType(RealSiteBuild.Folder), new() { ViewportSize = Phone, IsMobile = true, HasTouch = true });
        Assert.True(findings.Count == 0, AxeScan.Describe(findings, "375 px"));
    }

    /// <summary>
    /// WCAG 1.4.10 (reflow): at 320 CSS px, as a 1280 px window zoomed to 400 %, nothing may make the visitor
    /// scroll sideways to read; nor on a desktop screen. Names the elements that stick out.
    /// </summary>
    [Theory]
    [InlineData(320)]
    [InlineData(1280)]
    public async Task No_page_scrolls_sideways(int width)
    {
        var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 640 }, Locale = "sv-SE" });
        try
        {
            var page = await context.NewPageAsync();
            var wide = new List<string>();
            foreach (var path in SitePages.OnePerType(RealSiteBuild.Folder))
            {
                await SitePages.LoadAsync(page, browser.Server.BaseUrl, path);
                var outside = await page.EvaluateAsync<string[]>("""
                    () => document.documentElement.scrollWidth <= innerWidth ? [] :
                      [...document.body.querySelectorAll('*')].filter(e => e.getBoundingClientRect().right > innerWidth + 1)
                        .filter(e => !e.parentElement || e.parentElement.getBoundingClientRect().right <= innerWidth + 1)
                        .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '') + ' ' + Math.round(e.getBoundingClientRect().right) + ' px')
                    """);
                if (outside.Length > 0) wide.Add($"{path}: {string.Join(", ", outside)}");
            }
            Assert.True(wide.Count == 0, $"wider than {width} px:\n" + string.Join("\n", wide));
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    [Fact]
    public async Task In_dark_mode_the_main_pages_pass_axe()
    {
        var findings = await ScanAsync(MainPages, new() { ViewportSize = Desktop, ColorScheme = ColorScheme.Dark });
        Assert.True(findings.Count == 0, AxeScan.Describe(findings, "prefers-color-scheme: dark"));
    }

    /// <summary>
    /// The site has no dark theme: a visitor whose system is dark must still get the whole page in its light colours,
    /// not light text on the browser's dark form fields or a dark canvas behind light boxes.
    /// </summary>
    [Fact]
    public async Task In_dark_mode_every_element_keeps_its_light_colours()
    {
        foreach (var path in MainPages)
        {
            var light = await ColoursAsync(path, ColorScheme.Light);
            var dark = await ColoursAsync(path, ColorScheme.Dark);
            Assert.Equal(light.Length, dark.Length);
            var changed = light.Zip(dark).Where(p => p.First != p.Second).Select(p => $"{p.First}  →  {p.Second}").Take(10).ToList();
            Assert.True(changed.Count == 0, $"{path} changes colours in dark mode:\n" + string.Join("\n", changed));
            Assert.Contains("rgb(255, 255, 255)", light[0], StringComparison.Ordinal);
        }
    }

    /// <summary>The colours of every element (the canvas first), one line each, as the browser computes them.</summary>
    private async Task<string[]> ColoursAsync(string path, ColorScheme scheme)
    {
        var context = await browser.Browser.NewContextAsync(new() { ViewportSize = Desktop, ColorScheme = scheme, Locale = "sv-SE" });
        try
        {
            var page = await context.NewPageAsync();
            await SitePages.LoadAsync(page, browser.Server.BaseUrl, path);
            return await page.EvaluateAsync<string[]>("""
                () => {
                  const canvas = getComputedStyle(document.documentElement);
                  const lines = ['canvas ' + canvas.backgroundColor + ' ' + getComputedStyle(document.body).backgroundColor + ' ' + canvas.colorScheme];
                  for (const e of document.body.querySelectorAll('*')) {
                    const s = getComputedStyle(e);
                    lines.push(`${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : ''}: `
                      + `${s.color} on ${s.backgroundColor}, border ${s.borderTopColor}, scheme ${s.colorScheme}`);
                  }
                  return lines;
                }
                """);
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    /// <summary>Loads each path in one browser context with the options and runs axe on it; returns every finding.</summary>
    private async Task<List<AxeFinding>> ScanAsync(IEnumerable<string> paths, BrowserNewContextOptions options)
    {
        options.Locale = "sv-SE";
        var context = await browser.Browser.NewContextAsync(options);
        context.SetDefaultTimeout((float)BrowserFixture.Timeout.TotalMilliseconds);
        try
        {
            var page = await context.NewPageAsync();
            var findings = new List<AxeFinding>();
            foreach (var path in paths)
            {
                await SitePages.LoadAsync(page, browser.Server.BaseUrl, path);
                findings.AddRange(await AxeScan.RunAsync(page, path));
            }
            return findings;
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}
