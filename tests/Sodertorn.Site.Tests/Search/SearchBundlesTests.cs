using Sodertorn.Site.Diagnostics;
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

        Assert.Equal(folder, bundles.For(SearchablePage.Of("sida/index.html", html).Year).Folder);
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
    public void A_page_is_marked_for_the_index_only_by_the_attribute_in_a_tag()
    {
        // Pagefind would leave unmarked pages out of the index anyway, after reading each whole; a page that only mentions
        // the attribute in its text is not marked.
        Assert.True(SearchablePage.Of("index.html", "<html><body><main data-pagefind-body><h1>Start</h1></main></body></html>").Marked);
        Assert.True(SearchablePage.Of("index.html", "<main class=\"x\" data-pagefind-body=\"\">").Marked);
        Assert.False(SearchablePage.Of("om/index.html", "<html><body><p>Skriv data-pagefind-body på elementet.</p></body></html>").Marked);
    }

    [Fact]
    public void Pagefind_indexes_exactly_the_marked_pages_it_is_given_by_path()
    {
        // The bundle's pages are named to Pagefind by a glob of their paths: a path with characters that mean something in a
        // glob is still that page (Pagefind writes its address percent-encoded), and a page of the folder that is not
        // marked is not read.
        using var site = new TempSite();
        Page(site.Output, "index.html", "<main data-pagefind-body><h1>Start</h1><p>Välkommen</p></main>");
        Page(site.Output, "a,b{c}[d]/index.html", "<main data-pagefind-body><h1>Konstig adress</h1><p>Hittas ändå</p></main>");
        Page(site.Output, "om/index.html", "<p>Skriv data-pagefind-body på elementet.</p>");
        var diagnostics = new DiagnosticBag();

        var pages = SearchablePage.InFolder(site.Output);
        var result = new SearchStage(diagnostics).Run(site.Output, pages);

        Assert.Equal([("a,b{c}[d]/index.html", true), ("index.html", true), ("om/index.html", false)], pages.Select(p => (p.Path, p.Marked)));
        Assert.Empty(diagnostics.Sorted());
        Assert.Equal(2, result?.Pages);
        Assert.Equal(["/", "/a,b%7Bc%7D[d]/"], PagefindBundle.Pages(site.Output).Select(p => p.Url).Order(StringComparer.Ordinal));
    }

    private static void Page(string site, string path, string main)
    {
        var file = Path.Combine(site, path);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, $"<!doctype html><html lang=\"sv\"><head><title>t</title></head><body>{main}</body></html>");
    }
}
