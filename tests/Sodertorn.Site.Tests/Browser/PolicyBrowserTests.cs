using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Browser;

/// <summary>
/// The browser tests' server sends each page with the site's Content-Security-Policy, as Netlify does from the _headers
/// file the build writes, and Chromium enforces it. Without this, "under the site's CSP" in the other browser tests would
/// be a claim: a script that breaks the policy (an inline style, say) would pass them and fail for every visitor.
/// </summary>
public sealed class PolicyBrowserTests(RealSiteBrowser browser) : IClassFixture<RealSiteBrowser>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/protokoll/lg-2023-02-10/")]
    [InlineData(SitePages.SearchWithResults)]
    public async Task A_style_added_by_script_is_blocked_by_the_sites_policy(string path)
    {
        await using var page = await browser.OpenAsync(path);
        var violated = await page.Page.EvaluateAsync<string>("""
            () => new Promise(resolve => {
              document.addEventListener('securitypolicyviolation', e => resolve(e.effectiveDirective), { once: true });
              const style = document.createElement('style');
              style.textContent = 'body { outline: 1px solid red; }';
              document.head.append(style);
              setTimeout(() => resolve('nothing blocked'), 2000);
            })
            """);
        Assert.StartsWith("style-src", violated, StringComparison.Ordinal);
    }
}
