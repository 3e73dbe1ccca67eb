using System.Text.RegularExpressions;
using Sodertorn.Site.Search;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Search;

/// <summary>
/// What the build's search stage indexed for the real site, read from the written bundle: one Swedish index,
/// each document as its own result with the anchors its decisions are found at, the filters and metadata
/// results need, and nothing of navigation, footers, list pages or the link report.
/// </summary>
public sealed partial class SearchIndexTests
{
    private static readonly Lazy<IReadOnlyList<IndexedPage>> Indexed = new(() => PagefindBundle.Pages(SharedSites.Real.Output));

    private static IReadOnlyList<IndexedPage> Pages => Indexed.Value;

    private static IndexedPage Page(string url) => Assert.Single(Pages, p => p.Url == url);

    [Fact]
    public void The_site_has_one_index_in_swedish()
    {
        using var entry = PagefindBundle.Entry(SharedSites.Real.Output);
        var languages = entry.RootElement.GetProperty("languages").EnumerateObject().Select(l => l.Name).ToList();

        Assert.Equal(["sv"], languages);
        Assert.True(File.Exists(Path.Combine(SharedSites.Real.Output, "pagefind", "pagefind.js")));
        Assert.Contains("<html lang=\"sv\">", File.ReadAllText(Path.Combine(SharedSites.Real.Output, "protokoll", "lg-2023-02-10", "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_document_with_text_is_indexed_once_with_the_pages_of_municipalities_organs_and_networks()
    {
        var urls = Pages.Select(p => p.Url).ToList();
        var activities = Directory.GetFiles(Path.Combine(Repository.Input, "planer"), "*.md", SearchOption.AllDirectories).Count(f => f.Contains("aktiviteter", StringComparison.Ordinal));

        Assert.Equal(urls.Count, urls.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(activities, urls.Count(u => u.StartsWith("/aktiviteter/", StringComparison.Ordinal)));
        Assert.Equal(3, urls.Count(u => u.StartsWith("/protokoll/", StringComparison.Ordinal)));
        Assert.Contains("/planer/vp-2024/", urls);
        Assert.Contains("/mal/laddinfrastruktur/", urls);
        Assert.Contains("/samarbetsavtal/", urls);
        foreach (var indexed in new[] { "/kommuner/", "/kommuner/botkyrka/", "/natverk/", "/natverk/klimatnatverket/", "/organisation/ledningsgruppen/", "/planer/" })
            Assert.Contains(indexed, urls);
        // Pages that only repeat what the documents say, and the site's own machinery.
        foreach (var notIndexed in new[] { "/", "/sok/", "/lankrapport/", "/404.html", "/protokoll/", "/aktiviteter/", "/mal/", "/beslut/", "/uppdrag/" })
            Assert.DoesNotContain(notIndexed, urls);
    }

    [Fact]
    public void Each_decision_is_found_at_its_anchor_in_the_minutes()
    {
        // The search page finds decisions as the <div id> anchors whose text starts with the label "Beslut".
        foreach (var meeting in new[] { "lg-2019-01-25", "lg-2022-10-06", "lg-2023-02-10" })
        {
            var html = File.ReadAllText(Path.Combine(SharedSites.Real.Output, "protokoll", meeting, "index.html"));
            var ids = DecisionIds().Matches(html).Select(m => m.Groups[1].Value).ToList();
            var page = Page($"/protokoll/{meeting}/");
            var words = page.Words;
            var labelled = page.Anchors.Where(a => a.Element == "div" && words[a.Location] == "Beslut").Select(a => a.Id).ToList();

            Assert.NotEmpty(ids);
            Assert.Equal(ids, labelled);
            Assert.Equal(["protokoll", "beslut"], page.Filters[SearchKeys.Type]);
        }
        var minutes = Page("/protokoll/lg-2023-02-10/");
        var justeras = minutes.Anchors.Single(a => a.Id == "vp-2023-justeras").Location;
        Assert.Equal("Beslut Helene Olofsson justerar verksamhetsplanen 2023", string.Join(' ', minutes.Words[justeras..(justeras + 6)]));
    }

    [Fact]
    public void Navigation_footer_and_repeated_lists_are_not_indexed()
    {
        var minutes = Page("/protokoll/lg-2023-02-10/").Content;

        foreach (var chrome in new[] { "Hoppa till innehållet", "Prenumerera på alla möten", "Lägg till i kalendern", "Öppna data", "Dagordning", "Länk till beslutet", "Uppdrag från mötet", "Besluten berör" })
            Assert.DoesNotContain(chrome, minutes, StringComparison.Ordinal);
        Assert.StartsWith("Minnesanteckningar: Ledningsgruppen 10 februari 2023", minutes, StringComparison.Ordinal);
        Assert.DoesNotContain(Pages, p => p.Content.Contains("Rapporten görs vid varje bygge", StringComparison.Ordinal));
    }

    [Fact]
    public void Words_of_fact_lists_and_table_headers_stay_apart()
    {
        // Pagefind ends a word only at the end of p, li, td, div, headings …; base.sbn adds a space after dt, dd and th.
        Assert.Contains("Plats Huddinge kommunhus, lokal Valhall Mötesform", Page("/protokoll/lg-2023-02-10/").Content, StringComparison.Ordinal);
        Assert.Contains("År 2024 Daterad 16 januari 2024", Page("/planer/vp-2024/").Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Filters_name_type_organ_year_and_municipality()
    {
        string[] types = ["protokoll", "beslut", "aktivitet", "mål", "plan", "kommun", "organ", "nätverk", "sida"];
        Assert.All(Pages, p => Assert.Subset(types.ToHashSet(), p.Filters[SearchKeys.Type].ToHashSet()));
        Assert.Equal(types.Order(StringComparer.Ordinal), Pages.SelectMany(p => p.Filters[SearchKeys.Type]).Distinct().Order(StringComparer.Ordinal));

        var minutes = Page("/protokoll/lg-2023-02-10/");
        Assert.Equal(["Ledningsgruppen"], minutes.Filters[SearchKeys.Organ]);
        Assert.Equal(["2023"], minutes.Filters[SearchKeys.Year]);
        Assert.Contains("Huddinge", minutes.Filters[SearchKeys.Municipality]);

        var activity = Page("/aktiviteter/vp-2024-rufs-stod-klimat/");
        Assert.Equal(["2024"], activity.Filters[SearchKeys.Year]);
        Assert.Equal(["Nätverket för klimatstrategier"], activity.Filters[SearchKeys.Organ]);
        Assert.Equal(["Samarbetskommittén"], Page("/planer/vp-2024/").Filters[SearchKeys.Organ]);
    }

    [Fact]
    public void Results_carry_title_date_and_organ()
    {
        var minutes = Page("/protokoll/lg-2023-02-10/");
        Assert.Equal("2023-02-10", minutes.Meta[SearchKeys.Date]);
        Assert.Equal("Ledningsgruppen", minutes.Meta[SearchKeys.Organ]);
        Assert.Equal("2024-01-16", Page("/planer/vp-2024/").Meta[SearchKeys.Date]);
        Assert.All(Pages, p => Assert.False(string.IsNullOrWhiteSpace(p.Meta["title"]), p.Url));
        Assert.All(Pages.Where(p => p.Meta.ContainsKey(SearchKeys.Date)), p => Assert.Matches("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", p.Meta[SearchKeys.Date]));
    }

    [Theory]
    [InlineData("sok-typ", SearchKeys.Type)]
    [InlineData("sok-organ", SearchKeys.Organ)]
    [InlineData("sok-ar", SearchKeys.Year)]
    [InlineData("sok-kommun", SearchKeys.Municipality)]
    public void Every_choice_on_the_search_page_is_a_value_in_the_index(string select, string filter)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(SharedSites.Real.Output, "sok", "index.html")));
        var choices = document.QuerySelectorAll($"#{select} option").Select(o => o.GetAttribute("value")!).Where(v => v.Length > 0).ToList();
        var values = Pages.Where(p => p.Filters.ContainsKey(filter)).SelectMany(p => p.Filters[filter]).ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(choices);
        Assert.Equal(values.Order(StringComparer.Ordinal), choices.Order(StringComparer.Ordinal));
    }

    [GeneratedRegex("<div class=\"beslut\" id=\"([^\"]+)\"")]
    private static partial Regex DecisionIds();
}
