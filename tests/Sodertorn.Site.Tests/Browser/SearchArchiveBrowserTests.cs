using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Browser;

/// <summary>
/// Search over a site whose index is split by year (Search/SearchBundles.cs), in Chromium under the CSP: the
/// newest years are searched at once, older ones when the reader ticks the archive or picks one of its years.
/// "Civilförsvarsfrågor" is only in the minutes of 25 January 2019, which are in the archive bundle.
/// </summary>
public sealed class SearchArchiveBrowserTests(SplitIndexSiteBrowser browser) : IClassFixture<SplitIndexSiteBrowser>
{
    private const string Minutes2019 = "/protokoll/lg-2019-01-25/";

    [Fact]
    public void The_build_writes_a_main_and_an_archive_bundle()
    {
        var site = SharedSites.RealSplitIndex.Output;

        Assert.True(File.Exists(Path.Combine(site, "pagefind", "pagefind-entry.json")));
        Assert.True(File.Exists(Path.Combine(site, "pagefind-arkiv", "2019-2022", "pagefind-entry.json")));
    }

    [Fact]
    public async Task Without_the_archive_an_old_word_is_not_found_and_the_page_says_where_to_look()
    {
        await using var page = await browser.OpenAsync("/sok/?q=civilf%C3%B6rsvarsfr%C3%A5gor");
        var results = await SearchPageDriver.ResultsAsync(page.Page);
        var status = await SearchPageDriver.StatusAsync(page.Page);

        Assert.Empty(results);
        Assert.Contains("2019–2022", status, StringComparison.Ordinal);
        Assert.Contains("Sök också i arkivet", status, StringComparison.Ordinal);
        page.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task Ticking_the_archive_finds_the_old_minutes_and_keeps_the_choice_in_the_address()
    {
        await using var page = await browser.OpenAsync("/sok/?q=civilf%C3%B6rsvarsfr%C3%A5gor");
        await SearchPageDriver.WaitForResultsAsync(page.Page);
        await page.Page.GetByLabel("Sök också i arkivet").CheckAsync();
        await page.Page.WaitForURLAsync(url => url.Contains("arkiv=ja", StringComparison.Ordinal));
        var results = await SearchPageDriver.ResultsAsync(page.Page);

        Assert.Equal(Minutes2019, Assert.Single(results).Url);
        page.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task With_the_archive_new_and_old_documents_are_found_together()
    {
        await using var page = await browser.OpenAsync("/sok/?q=kommundirekt%C3%B6r&arkiv=ja");
        var results = await SearchPageDriver.ResultsAsync(page.Page);

        Assert.Contains(results, r => r.Url == Minutes2019);
        Assert.Contains(results, r => r.Url == "/protokoll/lg-2023-02-10/");
    }

    [Fact]
    public async Task Picking_an_archived_year_searches_the_archive()
    {
        await using var page = await browser.OpenAsync("/sok/?q=civilf%C3%B6rsvarsfr%C3%A5gor&ar=2019");
        var results = await SearchPageDriver.ResultsAsync(page.Page);

        Assert.Equal(Minutes2019, Assert.Single(results).Url);
        Assert.False(await page.Page.GetByLabel("Sök också i arkivet").IsCheckedAsync());
    }

    [Fact]
    public async Task Newer_documents_are_found_without_the_archive()
    {
        await using var page = await browser.OpenAsync("/sok/?q=Tv%C3%A4rf%C3%B6rbindelse");
        var results = await SearchPageDriver.ResultsAsync(page.Page);

        Assert.Equal("/protokoll/lg-2023-02-10/", results[0].Url);
        Assert.DoesNotContain(results, r => r.Url == Minutes2019);
    }
}
