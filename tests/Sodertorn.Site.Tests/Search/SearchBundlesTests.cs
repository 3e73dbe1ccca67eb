using Sodertorn.Site.Search;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Search;

/// <summary>How the index is split by year so that a query fetches the entries of a bounded number of pages.</summary>
public sealed class SearchBundlesTests
{
    private static IEnumerable<int> Years(params (int Year, int Pages)[] counts) => counts.SelectMany(c => Enumerable.Repeat(c.Year, c.Pages));

    [Fact]
    public void A_site_within_the_limit_has_one_bundle_for_every_year()
    {
        var bundles = SearchBundles.Plan(Years((2019, 1), (2023, 5), (2024, 11)), maxPages: 17);

        Assert.Same(SearchBundles.Single, bundles);
        Assert.Empty(bundles.Archives);
    }

    [Fact]
    public void The_newest_years_fill_the_main_bundle_and_older_years_go_to_archives_of_at_most_the_limit()
    {
        var bundles = SearchBundles.Plan(Years((2024, 6), (2023, 4), (2022, 3), (2021, 3), (2020, 4), (2019, 9)), maxPages: 10);

        Assert.Equal(new SearchBundle("pagefind", 2023, null), bundles.Main);
        // Oldest first, as the search page lists them; a year bigger than the limit is a bundle of its own.
        Assert.Equal(
            [new SearchBundle("pagefind-arkiv/2019-2019", 2019, 2019), new SearchBundle("pagefind-arkiv/2020-2022", 2020, 2022)],
            bundles.Archives);
        Assert.Equal("/pagefind-arkiv/2020-2022/", bundles.Archives[1].Url);
    }

    [Theory]
    [InlineData("<div data-pagefind-filter=\"år:2024\"></div>", "pagefind")]
    [InlineData("<div data-pagefind-filter=\"år:2021\"></div>", "pagefind-arkiv/2020-2022")]
    [InlineData("<div data-pagefind-filter=\"år:2019\"></div>", "pagefind-arkiv/2019-2019")]
    [InlineData("<div data-pagefind-filter=\"typ:mål\"></div>", "pagefind")]
    public void A_page_goes_to_the_bundle_of_the_year_it_is_tagged_with(string html, string folder)
    {
        var bundles = SearchBundles.Plan(Years((2024, 6), (2023, 4), (2022, 3), (2021, 3), (2020, 4), (2019, 9)), maxPages: 10);

        Assert.Equal(folder, SearchBundleFolders.BundleFor(html, bundles).Folder);
    }

    [Fact]
    public void The_indexer_reads_the_split_the_built_search_page_names()
    {
        // The real site built with at most 12 dated pages to a bundle: its search page (written by the theme's layout)
        // names the split the build planned, and the indexer, which reads only that page, must arrive at the same one.
        var planned = SearchPage.Bundles(SharedSites.RealLinked, maxBundlePages: 12);

        var read = SearchBundles.ReadFrom(SharedSites.RealSplitIndex.Output);

        Assert.NotEmpty(planned.Archives);
        Assert.Equal(planned.All, read.All);
    }

    [Fact]
    public void The_indexer_makes_one_bundle_when_the_built_search_page_names_no_archive()
    {
        Assert.Same(SearchBundles.Single, SearchPage.Bundles(SharedSites.RealLinked, SearchBundles.DefaultMaxPages));

        Assert.Same(SearchBundles.Single, SearchBundles.ReadFrom(SharedSites.Real.Output));
    }

    [Fact]
    public void Pagefind_is_handed_only_the_pages_that_mark_what_is_indexed()
    {
        // Pagefind would leave the others out of the index anyway, after reading each whole; a page that only mentions
        // the attribute in its text is not marked.
        using var site = new TempSite();
        Directory.CreateDirectory(Path.Combine(site.Output, "om"));
        File.WriteAllText(Path.Combine(site.Output, "index.html"), "<html><body><main data-pagefind-body><h1>Start</h1></main></body></html>");
        File.WriteAllText(Path.Combine(site.Output, "om", "index.html"), "<html><body><p>Skriv data-pagefind-body på elementet.</p></body></html>");

        using var folders = SearchBundleFolders.Create(site.Output, SearchBundles.Single);

        var handed = Directory.GetFiles(folders.Folders[SearchBundles.Single.Main], "*.html", SearchOption.AllDirectories);
        Assert.Equal(["index.html"], handed.Select(f => Path.GetRelativePath(folders.Folders[SearchBundles.Single.Main], f)));
    }
}
