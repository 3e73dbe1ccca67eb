using System.Globalization;
using Microsoft.Playwright;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Browser;

/// <summary>
/// Focus states, which axe does not test: on one page of each type of the real site, every element Tab reaches has,
/// with focus, text of at least 4.5:1 against its background and a focus indicator of at least 3:1 against what is
/// next to it (WCAG 1.4.3, 1.4.11, 2.4.7). At desktop and phone width; in dark mode, where the site keeps its light
/// colours (DarkModeTests compares them without focus), one page with the header, a form and results, focused.
/// </summary>
public sealed class FocusContrastTests(RealSiteBrowser browser) : IClassFixture<RealSiteBrowser>
{
    public static TheoryData<int, bool> Screens => new() { { 1280, false }, { 375, false }, { 1280, true } };

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task Every_focusable_element_keeps_its_contrast_with_focus(int width, bool dark)
    {
        var context = await browser.Browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = width, Height = 800 },
            Locale = "sv-SE",
            ColorScheme = dark ? ColorScheme.Dark : ColorScheme.Light,
        });
        try
        {
            var page = await context.NewPageAsync();
            var failures = new List<string>();
            var measured = 0;
            // Every page type at desktop width; on a phone the header, laid out anew, and the stacked tables; in dark mode
            // (the same colours, DarkModeTests) a page with the header, a form and results.
            IReadOnlyList<string> paths = (width, dark) switch
            {
                (1280, false) => SitePages.OnePerType(SharedSites.Real.Output),
                (_, false) => ["/", "/planer/vp-2024/"],
                _ => [SitePages.SearchWithResults],
            };
            foreach (var path in paths)
            {
                await SitePages.LoadAsync(page, browser.Server.BaseUrl, path);
                // On the phone the real Tab walk; elsewhere the same elements focused by script, which measured the same on
                // every page type (FocusContrast.FocusEachAsync) at a fraction of the round trips.
                var stops = width < 600 ? await FocusContrast.WalkAsync(page) : await FocusContrast.FocusEachAsync(page);
                measured += stops.Count;
                // Per page as well: a walk that stopped early on one page (focus landed where it had been) hides in a total.
                if (stops.Count < 5) failures.Add($"{path}: only {stops.Count} elements received focus");
                failures.AddRange(stops.Where(s => s.Text < 4.5).Select(s => $"{path} {s.Element}: text {Format(s.Text)} ({s.TextColours})"));
                failures.AddRange(stops.Where(s => s.Indicator < 3).Select(s => $"{path} {s.Element}: indicator {Format(s.Indicator)} ({s.IndicatorColours})"));
            }

            Assert.True(measured > paths.Count * 5, $"only {measured} elements received focus on {paths.Count} pages");
            Assert.True(failures.Count == 0, $"{failures.Count} focus states below 4.5:1 (text) or 3:1 (indicator):\n" + string.Join("\n", failures.Distinct().Take(40)));
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    private static string Format(double ratio) => ratio.ToString("0.00", CultureInfo.InvariantCulture) + ":1";
}
