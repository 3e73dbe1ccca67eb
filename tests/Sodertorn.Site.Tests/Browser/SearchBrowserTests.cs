using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Browser;

/// <summary>
/// Search as a visitor meets it, in Chromium under the site's CSP, over the real site built with its index:
/// words from the source documents find their page or anchor, Swedish stemming, filters, the query in the
/// address, keyboard use, and no console errors.
/// </summary>
public sealed class SearchBrowserTests(RealSiteBrowser browser) : IClassFixture<RealSiteBrowser>
{
    [Fact]
    public async Task Laddinfrastruktur_finds_the_activities_of_vp_2024()
    {
        await using var page = await browser.OpenAsync("/sok/?q=laddinfrastruktur");
        var results = await SearchPageDriver.ResultsAsync(page.Page);

        Assert.Contains(results, r => r.Url == "/aktiviteter/vp-2024-rufs-stod-klimat/");
        Assert.Contains(results, r => r.Url == "/mal/laddinfrastruktur/");
        page.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task Each_municipalitys_name_finds_its_page_first()
    {
        // One tab for the eight searches, as a reader would search one after another (the index files stay cached).
        await using var page = await browser.OpenAsync("/sok/");
        var wrong = new List<string>();
        foreach (var (query, url) in new[]
        {
            ("Haninge", "/kommuner/haninge/"), ("Botkyrka", "/kommuner/botkyrka/"), ("Huddinge", "/kommuner/huddinge/"),
            ("Nykvarn", "/kommuner/nykvarn/"), ("Nynäshamn", "/kommuner/nynashamn/"), ("Salem", "/kommuner/salem/"),
            ("Södertälje", "/kommuner/sodertalje/"), ("Tyresö", "/kommuner/tyreso/"),
        })
        {
            await page.GotoAsync(browser.Server.Url("/sok/?q=" + Uri.EscapeDataString(query)));
            var results = await SearchPageDriver.ResultsAsync(page.Page);
            if (results.Count == 0 || results[0].Url != url || !results[0].Facts.StartsWith("Kommun", StringComparison.Ordinal))
                wrong.Add($"{query}: {(results.Count == 0 ? "no result" : $"{results[0].Url} ({results[0].Facts})")}, expected {url} first");
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        page.AssertNoConsoleErrors();
    }

    [Theory]
    [InlineData("Ledningsgruppen", "organ", "/organisation/ledningsgruppen/", "Organ")]
    [InlineData("klimatstrategier", "n%C3%A4tverk", "/natverk/klimatnatverket/", "Nätverk")]
    public async Task Organs_and_networks_are_found_with_their_type(string query, string type, string url, string label)
    {
        await using var page = await browser.OpenAsync($"/sok/?q={query}&typ={type}");
        var results = await SearchPageDriver.ResultsAsync(page.Page);

        Assert.Contains(results, r => r.Url == url);
        // The type filter narrowed the results to that type.
        Assert.All(results, r => Assert.StartsWith(label, r.Facts, StringComparison.Ordinal));
        page.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task Only_activities_with_the_type_filter_and_the_vp_2024_activity_first()
    {
        await using var page = await browser.OpenAsync("/sok/?q=laddinfrastruktur&typ=aktivitet");
        var results = await SearchPageDriver.ResultsAsync(page.Page);

        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.StartsWith("/aktiviteter/vp-2024-", r.Url, StringComparison.Ordinal));
        Assert.Equal("/aktiviteter/vp-2024-rufs-stod-klimat/", results[0].Url);
        Assert.All(results, r => Assert.StartsWith("Aktivitet", r.Facts, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Tvarforbindelse_finds_the_minutes_of_10_february_2023_first()
    {
        await using var page = await browser.OpenAsync("/sok/?q=Tv%C3%A4rf%C3%B6rbindelse");
        var results = await SearchPageDriver.ResultsAsync(page.Page);

        Assert.StartsWith("/protokoll/lg-2023-02-10/", results[0].Url, StringComparison.Ordinal);
        Assert.Contains("10 februari 2023", results[0].Facts, StringComparison.Ordinal);
        Assert.Contains("Ledningsgruppen", results[0].Facts, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/samarbetsavtal/", "samarbetsavtal/index.html")]
    [InlineData("/protokoll/lg-2023-02-10/", "protokoll/lg-2023-02-10/index.html")]
    public async Task An_inflected_form_finds_pages_with_other_forms_of_the_word(string url, string file)
    {
        // These pages say "kommundirektör(er)" but never "kommundirektörerna": only Swedish stemming connects them.
        var html = File.ReadAllText(Path.Combine(SharedSites.Real.Output, file));
        Assert.Contains("kommundirektör", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("kommundirektörerna", html, StringComparison.OrdinalIgnoreCase);
        await using var page = await browser.OpenAsync("/sok/?q=kommundirekt%C3%B6rerna");
        var results = await SearchPageDriver.ResultsAsync(page.Page);

        Assert.Contains(results, r => r.Url == url);
    }

    [Fact]
    public async Task A_decision_is_its_own_result_that_lands_on_its_anchor()
    {
        await using var page = await browser.OpenAsync("/sok/?q=verksamhetsplan&typ=beslut");
        var results = await SearchPageDriver.ResultsAsync(page.Page);

        var decision = Assert.Single(results, r => r.Url == "/protokoll/lg-2023-02-10/#vp-2023-justeras");
        Assert.Equal("Beslut: Helene Olofsson justerar verksamhetsplanen 2023 efter inkomna synpunkter på mötet. …", decision.Title);
        Assert.Equal("Beslut · 10 februari 2023 · Ledningsgruppen · punkt 6. Verksamhetsplan och budget (beslutspunkt)", decision.Facts);
        Assert.Equal(results.Count, results.Select(r => r.Title).Distinct().Count());
        Assert.All(results, r => Assert.Matches("^/protokoll/[a-z0-9-]+/#[a-z0-9-]+$", r.Url));
        Assert.All(results, r => Assert.StartsWith("Beslut · ", r.Facts, StringComparison.Ordinal));
        Assert.Matches("^[0-9]+ beslut för ”verksamhetsplan” \\(typ: Beslut\\)\\.$", await SearchPageDriver.StatusAsync(page.Page));

        // The wait begins before the click and ends with the new document, as in PressEnterAndWaitForAsync: begun after
        // the click and waiting for the load event, it timed out on a busy machine although the page had loaded.
        var navigated = page.Page.WaitForURLAsync("**/protokoll/lg-2023-02-10/#vp-2023-justeras", new PageWaitForURLOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
        await page.Page.ClickAsync("a[href='/protokoll/lg-2023-02-10/#vp-2023-justeras']");
        await navigated;
        Assert.True(await page.Page.Locator("#vp-2023-justeras.beslut").IsVisibleAsync());
    }

    [Fact]
    public async Task A_minutes_result_links_to_the_decision_where_the_words_are()
    {
        await using var page = await browser.OpenAsync("/sok/?q=justerar");
        await SearchPageDriver.WaitForResultsAsync(page.Page);
        var minutes = page.Page.Locator("#sok-traffar > li:has(h3 a[href='/protokoll/lg-2023-02-10/'])");

        Assert.Equal(1, await minutes.CountAsync());
        Assert.StartsWith("Beslut: Helene Olofsson justerar verksamhetsplanen",
            await minutes.Locator(".deltraffar a[href='/protokoll/lg-2023-02-10/#vp-2023-justeras']").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_organ_filter_narrows_the_results_and_is_kept_in_the_address()
    {
        await using var page = await browser.OpenAsync("/sok/?q=budget");
        var all = await SearchPageDriver.ResultsAsync(page.Page);
        var allStatus = await SearchPageDriver.StatusAsync(page.Page);

        await page.Page.SelectOptionAsync("#sok-organ", "Ledningsgruppen");
        var narrowed = await SearchPageDriver.ResultsAsync(page.Page);
        var narrowedStatus = await SearchPageDriver.StatusAsync(page.Page);

        Assert.NotEmpty(narrowed);
        Assert.True(Count(narrowedStatus) < Count(allStatus), $"{narrowedStatus} / {allStatus}");
        Assert.Contains(all, r => !r.Facts.Contains("Ledningsgruppen", StringComparison.Ordinal));
        Assert.All(narrowed, r => Assert.Contains("Ledningsgruppen", r.Facts, StringComparison.Ordinal));
        Assert.Contains("organ=Ledningsgruppen", page.Page.Url, StringComparison.Ordinal);
        Assert.Contains("organ eller nätverk: Ledningsgruppen", narrowedStatus, StringComparison.Ordinal);
        page.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task Opening_the_address_with_a_query_shows_results_and_announces_the_count()
    {
        await using var page = await browser.OpenAsync("/sok/?q=budget");
        var results = await SearchPageDriver.ResultsAsync(page.Page);
        var status = await SearchPageDriver.StatusAsync(page.Page);

        Assert.NotEmpty(results);
        Assert.Equal("budget", await page.Page.InputValueAsync("#sok-fraga"));
        Assert.Matches("^[0-9]+ träffar för ”budget”", status);
        Assert.Equal("status", await page.Page.GetAttributeAsync("#sok-status", "role"));
        Assert.Equal("Sök: budget – Södertörnskommunerna", await page.Page.TitleAsync());
        Assert.All(results, r => Assert.False(string.IsNullOrWhiteSpace(r.Title)));
        Assert.True(await page.Page.Locator("#sok-traffar .utdrag mark").CountAsync() > 0, "excerpts mark the words found");
    }

    [Fact]
    public async Task Sorting_by_date_puts_the_newest_first()
    {
        await using var page = await browser.OpenAsync("/sok/?q=ledningsgruppen&typ=protokoll&ordning=nyast");
        var results = await SearchPageDriver.ResultsAsync(page.Page);

        Assert.Equal(["/protokoll/lg-2023-02-10/", "/protokoll/lg-2022-10-06/", "/protokoll/lg-2019-01-25/"], results.Select(r => r.Url));
    }

    [Fact]
    public async Task The_keyboard_alone_goes_from_the_header_field_to_a_result()
    {
        await using var page = await browser.OpenAsync("/");
        await TabUntilAsync(page.Page, "sidsok-fraga");
        await page.Page.Keyboard.TypeAsync("Tvärförbindelse");
        await PressEnterAndWaitForAsync(page.Page, new Regex("/sok/\\?q=Tv"));
        await SearchPageDriver.WaitForResultsAsync(page.Page);

        var href = await TabUntilAsync(page.Page, null, "#sok-traffar a");
        Assert.StartsWith("/protokoll/lg-2023-02-10/", href, StringComparison.Ordinal);
        await PressEnterAndWaitForAsync(page.Page, new Regex("/protokoll/lg-2023-02-10/"));
        page.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task Every_page_has_the_search_field_in_its_header()
    {
        // One visitor going from page to page: each page is loaded anew, and a console error on any of them fails.
        await using var page = await browser.OpenAsync("/");
        foreach (var path in new[] { "/", "/protokoll/lg-2023-02-10/", "/aktiviteter/vp-2024-rufs-yttrande/", "/mal/", "/lankrapport/" })
        {
            await page.GotoAsync(browser.Server.Url(path));
            var form = page.Page.Locator("header form[role=search]");
            Assert.Equal("/sok/", await form.GetAttributeAsync("action"));
            Assert.Equal("q", await form.Locator("input[type=search]").GetAttributeAsync("name"));
            Assert.Equal("Sök", await page.Page.Locator("label[for=sidsok-fraga]").InnerTextAsync());
        }
        page.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task Without_javascript_the_page_points_to_the_archives()
    {
        await using var page = await browser.OpenAsync("/sok/?q=budget", new BrowserNewContextOptions { JavaScriptEnabled = false });
        var message = page.Page.Locator("main p.meddelande");

        Assert.True(await message.IsVisibleAsync());
        Assert.Contains("JavaScript", await message.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await message.Locator("a[href='/protokoll/']").CountAsync());
        Assert.False(await page.Page.Locator(".sokresultat").IsVisibleAsync());
    }

    [Fact]
    public async Task More_results_load_on_request_and_focus_moves_to_the_first_new_one()
    {
        await using var page = await browser.OpenAsync("/sok/?q=och");
        var first = await SearchPageDriver.ResultsAsync(page.Page);
        Assert.Equal(10, first.Count);

        await page.Page.FocusAsync("#sok-fler");
        await page.Page.Keyboard.PressAsync("Enter");
        await page.Page.WaitForFunctionAsync("() => document.querySelectorAll('#sok-traffar > li').length > 10");

        var focused = await page.Page.EvaluateAsync<string>("() => document.activeElement.closest('li') === document.querySelectorAll('#sok-traffar > li')[10] ? 'ok' : document.activeElement.outerHTML");
        Assert.Equal("ok", focused);
        page.AssertNoConsoleErrors();
    }

    /// <summary>Presses Enter and waits until the page at the address has loaded its document (started first, so no navigation is missed).</summary>
    private static async Task PressEnterAndWaitForAsync(IPage page, Regex url)
    {
        var navigated = page.WaitForURLAsync(url, new PageWaitForURLOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
        await page.Keyboard.PressAsync("Enter");
        await navigated;
    }

    private static int Count(string status) => int.Parse(status.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Presses Tab (at most 60 times) until the element with the id, or one matching the selector, has focus; returns its href.</summary>
    private static async Task<string?> TabUntilAsync(IPage page, string? id, string? selector = null)
    {
        for (var i = 0; i < 60; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var match = await page.EvaluateAsync<string?>(
                "([id, sel]) => { const e = document.activeElement; if (!e) return null; if (id ? e.id === id : e.matches(sel)) return e.getAttribute('href') ?? ''; return null; }",
                new object?[] { id, selector });
            if (match is not null) return match;
        }
        throw new InvalidOperationException($"Tab never reached {id ?? selector}");
    }
}
