using Microsoft.Playwright;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Browser;

/// <summary>
/// A visitor's browser talks to this site only: no fonts, scripts, images or counters from elsewhere, which would
/// tell a third party who reads what (and would break behind a closed network). Checked with the CSP bypassed, since
/// the policy is a header Netlify sends, not part of the pages: the pages themselves must ask for nothing elsewhere.
/// </summary>
public sealed class OriginTests(RealSiteBrowser browser) : IClassFixture<RealSiteBrowser>
{
    [Fact]
    public async Task Every_request_of_every_page_type_goes_to_the_site_itself()
    {
        var context = await browser.Browser.NewContextAsync(new() { Locale = "sv-SE", BypassCSP = true });
        context.SetDefaultTimeout((float)BrowserFixture.Timeout.TotalMilliseconds);
        var requests = new List<string>();
        context.Request += (_, request) => { lock (requests) requests.Add(request.Url); };
        try
        {
            var page = await context.NewPageAsync();
            foreach (var path in SitePages.OnePerType(SharedSites.Real.Output))
                await SitePages.LoadAsync(page, browser.Server.BaseUrl, path);
            // The search page loaded Pagefind and its index: requests a page makes after its load are recorded too.
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }
        finally
        {
            await context.CloseAsync();
        }

        List<string> all;
        lock (requests) all = [.. requests];
        Assert.Contains(all, r => r.Contains("/assets/site", StringComparison.Ordinal));
        Assert.Contains(all, r => r.Contains("/pagefind/", StringComparison.Ordinal));
        var elsewhere = all.Where(r => !r.StartsWith(browser.Server.BaseUrl + "/", StringComparison.Ordinal)).Distinct().ToList();
        Assert.True(elsewhere.Count == 0, "requests to other origins:\n" + string.Join("\n", elsewhere));
    }
}
