using Sodertorn.Site.Search;

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
        var site = Directory.CreateTempSubdirectory("sodertorn-bundles-").FullName;
        try
        {
            Assert.Same(SearchBundles.Single, SearchBundles.ReadFrom(site));
            Directory.CreateDirectory(Path.Combine(site, "sok"));
            File.WriteAllText(Path.Combine(site, "sok", "index.html"),
                "<html><body><form data-sok data-sok-fran=\"2023\" data-sok-arkiv=\"2019-2019 2020-2022\"></form></body></html>");

            var bundles = SearchBundles.ReadFrom(site);

            Assert.Equal(SearchBundles.Plan(Years((2024, 6), (2023, 4), (2022, 3), (2021, 3), (2020, 4), (2019, 9)), 10).All, bundles.All);
        }
        finally
        {
            Directory.Delete(site, recursive: true);
        }
    }
}
