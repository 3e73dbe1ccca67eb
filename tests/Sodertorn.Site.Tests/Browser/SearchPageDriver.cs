using Microsoft.Playwright;

namespace Sodertorn.Site.Tests.Browser;

/// <summary>One result as the search page shows it: the link's address and text, and the line with type, date and organ.</summary>
public sealed record ShownResult(string Url, string Title, string Facts);

/// <summary>Reads the search page (/sok/) the way a test needs it: waits for a search to finish, then lists the results.</summary>
public static class SearchPageDriver
{
    /// <summary>Waits until the current search has finished (sok.js sets aria-busy on the list while it works).</summary>
    public static async Task WaitForResultsAsync(IPage page)
    {
        await page.WaitForFunctionAsync(
            "() => { const l = document.getElementById('sok-traffar'); const s = document.getElementById('sok-status'); return l && !l.hasAttribute('aria-busy') && s.textContent.length > 0; }",
            null, new PageWaitForFunctionOptions { Timeout = (float)BrowserFixture.Timeout.TotalMilliseconds });
    }

    public static async Task<IReadOnlyList<ShownResult>> ResultsAsync(IPage page)
    {
        await WaitForResultsAsync(page);
        var rows = await page.EvalOnSelectorAllAsync<string[][]>("#sok-traffar > li",
            "items => items.map(li => [li.querySelector('h3 a').getAttribute('href'), li.querySelector('h3 a').textContent, li.querySelector('.metadata')?.textContent ?? ''])");
        return rows.Select(r => new ShownResult(r[0], r[1], r[2])).ToList();
    }

    public static async Task<string> StatusAsync(IPage page)
    {
        await WaitForResultsAsync(page);
        return await page.Locator("#sok-status").InnerTextAsync();
    }
}
