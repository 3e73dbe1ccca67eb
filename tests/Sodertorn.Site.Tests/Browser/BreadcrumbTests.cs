using Microsoft.Playwright;

namespace Sodertorn.Site.Tests.Browser;

/// <summary>
/// Breadcrumbs on a phone (375 px), in Chromium over the real site: only the way up ("← parent"), so that even the
/// deepest goal's trail takes no more than two lines of the first screen; at desktop width the whole trail.
/// </summary>
public sealed class BreadcrumbTests(RealSiteBrowser browser) : IClassFixture<RealSiteBrowser>
{
    private const string Crumbs = """
        () => {
          const nav = document.querySelector('nav.brodsmulor');
          const shown = [...nav.querySelectorAll('li')].filter(li => li.checkVisibility());
          return JSON.stringify({ height: nav.getBoundingClientRect().height, shown: shown.map(li => li.querySelector('a').getAttribute('href')),
                   text: shown.map(li => getComputedStyle(li, '::before').content + ' ' + li.textContent.trim()) });
        }
        """;

    private sealed record Trail(double Height, string[] Shown, string[] Text);

    [Theory]
    [InlineData("/mal/laddinfrastruktur/", "/mal/omstallning/")]
    [InlineData("/protokoll/lg-2023-02-10/", "/organisation/ledningsgruppen/")]
    [InlineData("/planer/vp-2024/", "/planer/")]
    public async Task At_375_px_the_breadcrumb_is_only_the_parent_and_at_most_two_lines(string path, string parent)
    {
        await using var page = await browser.OpenAsync(path, new() { ViewportSize = new() { Width = 375, Height = 740 }, Locale = "sv-SE" });
        var trail = System.Text.Json.JsonSerializer.Deserialize<Trail>(await page.Page.EvaluateAsync<string>(Crumbs), System.Text.Json.JsonSerializerOptions.Web)!;

        Assert.Equal([parent], trail.Shown);
        Assert.StartsWith("\"← \"", trail.Text[0], StringComparison.Ordinal);
        Assert.True(trail.Height <= 2 * 1.6 * 0.95 * 16 + 1, $"{path}: the breadcrumb is {trail.Height} px high");
    }

    [Fact]
    public async Task At_desktop_width_the_whole_trail_is_shown()
    {
        await using var page = await browser.OpenAsync("/mal/laddinfrastruktur/", new() { ViewportSize = new() { Width = 1280, Height = 800 }, Locale = "sv-SE" });
        var trail = System.Text.Json.JsonSerializer.Deserialize<Trail>(await page.Page.EvaluateAsync<string>(Crumbs), System.Text.Json.JsonSerializerOptions.Web)!;

        Assert.Equal(["/", "/mal/", "/mal/vision/", "/mal/infrastruktur/", "/mal/overgripande-mal/", "/mal/omstallning/", "/mal/laddinfrastruktur/"], trail.Shown);
    }
}
