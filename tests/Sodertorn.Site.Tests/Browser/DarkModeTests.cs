using Microsoft.Playwright;

namespace Sodertorn.Site.Tests.Browser;

/// <summary>
/// The real site for a visitor whose system is set to dark (prefers-color-scheme: dark). The site has no dark
/// theme, so the pages must stay whole in their light colours. What axe (WCAG 2.1 A and AA) finds follows from that:
/// with every element's colours and colour scheme as in light mode, the pages are drawn as AccessibilityTests scans
/// them, and an axe scan in dark mode would only repeat that one. Focus states in dark mode: FocusContrastTests.
/// </summary>
public sealed class DarkModeTests(RealSiteBrowser browser) : IClassFixture<RealSiteBrowser>
{
    private static readonly ViewportSize Desktop = new() { Width = 1280, Height = 800 };

    /// <summary>Pages of the main types.</summary>
    private static readonly string[] MainPages =
        ["/", "/protokoll/lg-2023-02-10/", "/planer/vp-2024/", "/mal/", "/sup-2040/", SitePages.SearchWithResults];

    /// <summary>
    /// The site has no dark theme: a visitor whose system is dark must still get the whole page in its light colours,
    /// not light text on the browser's dark form fields or a dark canvas behind light boxes.
    /// </summary>
    [Fact]
    public async Task In_dark_mode_every_element_keeps_its_light_colours()
    {
        // One visitor with a light system and one with a dark one, each loading every page.
        var light = await browser.Browser.NewContextAsync(new() { ViewportSize = Desktop, ColorScheme = ColorScheme.Light, Locale = "sv-SE" });
        var dark = await browser.Browser.NewContextAsync(new() { ViewportSize = Desktop, ColorScheme = ColorScheme.Dark, Locale = "sv-SE" });
        try
        {
            var lightPage = await light.NewPageAsync();
            var darkPage = await dark.NewPageAsync();
            foreach (var path in MainPages)
            {
                var inLight = await ColoursAsync(lightPage, path);
                var inDark = await ColoursAsync(darkPage, path);
                Assert.Equal(inLight.Length, inDark.Length);
                var changed = inLight.Zip(inDark).Where(p => p.First != p.Second).Select(p => $"{p.First}  →  {p.Second}").Take(10).ToList();
                Assert.True(changed.Count == 0, $"{path} changes colours in dark mode:\n" + string.Join("\n", changed));
                Assert.Contains("rgb(255, 255, 255)", inLight[0], StringComparison.Ordinal);
                var asks = inLight.Where(l => l.StartsWith("asks for the colour scheme", StringComparison.Ordinal)).ToList();
                Assert.True(asks.Count == 0, $"{path}: the site has no dark theme, but its stylesheets ask for one:\n" + string.Join("\n", asks));
            }
        }
        finally
        {
            await light.CloseAsync();
            await dark.CloseAsync();
        }
    }

    /// <summary>
    /// The colours of every element of a page (the canvas first), one line each, as the browser computes them: text,
    /// background, border, outline, shadow, underline, an SVG's fill and stroke, and those of its ::before and ::after.
    /// Then any rule of the page's stylesheets that asks for the visitor's colour scheme, which a site without a dark
    /// theme has none of: it would differ only at a width or state this walk does not see (a phone's table labels, a focus).
    /// </summary>
    private async Task<string[]> ColoursAsync(IPage page, string path)
    {
        await SitePages.LoadAsync(page, browser.Server.BaseUrl, path);
        return await page.EvaluateAsync<string[]>("""
            () => {
              const canvas = getComputedStyle(document.documentElement);
              const lines = ['canvas ' + canvas.backgroundColor + ' ' + getComputedStyle(document.body).backgroundColor + ' ' + canvas.colorScheme];
              const colours = s => `${s.color} on ${s.backgroundColor}, border ${s.borderTopColor}, outline ${s.outlineColor}, `
                + `shadow ${s.boxShadow}, underline ${s.textDecorationColor}, fill ${s.fill}, stroke ${s.stroke}, scheme ${s.colorScheme}`;
              for (const e of document.body.querySelectorAll('*')) {
                const name = `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : ''}`;
                lines.push(`${name}: ${colours(getComputedStyle(e))}`);
                for (const pseudo of ['::before', '::after']) {
                  const s = getComputedStyle(e, pseudo);
                  if (s.content !== 'none' && s.content !== 'normal') lines.push(`${name}${pseudo}: ${colours(s)}`);
                }
              }
              const asks = [];
              const walk = (rules, where) => {
                for (const rule of rules) {
                  const condition = rule.conditionText ?? rule.media?.mediaText ?? '';
                  if (condition.includes('prefers-color-scheme')) asks.push(`${where}: @media ${condition}`);
                  if (rule.cssRules) walk(rule.cssRules, where);
                }
              };
              for (const sheet of document.styleSheets) {
                if (sheet.media.mediaText.includes('prefers-color-scheme')) asks.push(`${sheet.href}: media ${sheet.media.mediaText}`);
                walk(sheet.cssRules, sheet.href ?? 'style');
              }
              return lines.concat(asks.map(a => 'asks for the colour scheme: ' + a));
            }
            """);
    }
}
