using System.Xml.Linq;
using Microsoft.Playwright;

namespace Sodertorn.Site.Tests.Browser;

/// <summary>
/// The pages of a built site, found the way a new page type would be: every address in sitemap.xml, plus the
/// pages the sitemap leaves out (the link report, the 404 page) and the search page with results. A page type
/// added later (say /beslut/…) is in the sitemap, so the tests that walk these lists scan it without being told.
/// </summary>
public static class SitePages
{
    /// <summary>The search page with a query: sok.js fills in results after the load, so it is waited for.</summary>
    public const string SearchWithResults = "/sok/?q=budget";

    /// <summary>An address no page has: the server answers with the site's 404.html.</summary>
    public const string Missing = "/finns-inte/";

    /// <summary>Pages a visitor can reach that the sitemap leaves out on purpose.</summary>
    public static readonly string[] NotInSitemap = ["/lankrapport/", Missing, SearchWithResults];

    /// <summary>Every page: the sitemap's paths (in its order) followed by <see cref="NotInSitemap"/>.</summary>
    public static IReadOnlyList<string> All(string site) => [.. Sitemap(site), .. NotInSitemap];

    /// <summary>
    /// One page of each type: the first page of each list (/protokoll/), the first page under it
    /// (/protokoll/lg-…/), each top-level page, and the pages outside the sitemap.
    /// </summary>
    public static IReadOnlyList<string> OnePerType(string site) =>
    [
        .. Sitemap(site).GroupBy(p => (Section: p.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "", Depth: p.Count(c => c == '/')))
            .Select(g => g.First()),
        .. NotInSitemap,
    ];

    /// <summary>The paths of sitemap.xml's addresses ("/", "/protokoll/", …).</summary>
    public static IReadOnlyList<string> Sitemap(string site)
    {
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var document = XDocument.Load(Path.Combine(site, "sitemap.xml"));
        return [.. document.Descendants(ns + "loc").Select(loc => new Uri(loc.Value.Trim()).AbsolutePath)];
    }

    /// <summary>Loads a path in the page and waits until it is what a visitor sees: search results shown, if any are asked for.</summary>
    public static async Task LoadAsync(IPage page, string baseUrl, string path)
    {
        var response = await page.GotoAsync(baseUrl + path);
        var expected = path == Missing ? 404 : 200;
        if (response is null || response.Status != expected)
            throw new InvalidOperationException($"{path} svarade {response?.Status.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "inte"}, väntat {expected}");
        if (path.StartsWith("/sok/?", StringComparison.Ordinal))
        {
            await SearchPageDriver.WaitForResultsAsync(page);
            if (await page.Locator("#sok-traffar > li").CountAsync() == 0)
                throw new InvalidOperationException($"{path} visar inga träffar");
        }
    }

    /// <summary>
    /// Empty when the page is no wider than the window the context was given; otherwise the outermost elements that stick
    /// out on the right (at most five), each with how far they reach. Measured against the width asked for, not the
    /// page's innerWidth: with phone emulation (IsMobile) Chromium widens the layout to whatever sticks out, as a phone
    /// zooms out, and innerWidth grows with it. Then the whole page is what is too wide, and is named as such; without
    /// phone emulation (a 320 px window is WCAG 1.4.10's zoomed desktop) the elements are named.
    /// </summary>
    public static async Task<string[]> WiderThanWindowAsync(IPage page) =>
        await page.EvaluateAsync<string[]>("""
            width => {
              const reach = e => e.getBoundingClientRect().right;
              const pageWidth = Math.max(document.documentElement.scrollWidth, innerWidth);
              if (pageWidth <= width) return [];
              const outermost = [...document.body.querySelectorAll('*')]
                .filter(e => reach(e) > width + 1 && reach(e.parentElement) <= width + 1)
                .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '') + ' ' + Math.round(reach(e)) + ' px');
              return outermost.length > 0 ? outermost : ['the page itself, ' + pageWidth + ' px'];
            }
            """, page.ViewportSize?.Width ?? throw new InvalidOperationException("the context has no fixed window width to measure against"));
}
