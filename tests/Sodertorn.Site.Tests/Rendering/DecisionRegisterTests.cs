using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Rendering;

/// <summary>The decision register (/beslut/) on the valid fixture plus minutes of a later meeting and of the year before.</summary>
public sealed class DecisionRegisterTests
{
    private static readonly HtmlParser Parser = new();

    private const string LaterMeeting = """
        ---
        typ: protokoll
        id: lg-2030-05-10
        organ: ledningsgruppen
        datum: 2030-05-10
        deltagare:
          - namn: Anna Exempel
            kommun: exempelby
        ---
        ## 1. Budget {#budget}

        ::: beslut {#budget-godkands avser="vp-2030" ansvarig="Bo Kansli"}
        Budgeten godkänns.
        :::
        """;

    private const string EarlierYear = """
        ---
        typ: protokoll
        id: lg-2029-11-20
        organ: ledningsgruppen
        datum: 2029-11-20
        ---
        ## 1. Planen {#planen}

        ::: beslut {#plan-tas-fram}
        En plan för 2030 tas fram.
        :::

        ## 2. Utan beslut {#utan-beslut}

        Ingen fråga att besluta.
        """;

    [Fact]
    public void Each_organ_year_page_lists_its_decisions_newest_meeting_first_with_links_to_their_anchors()
    {
        using var site = Build();

        var year2030 = Page(site, "beslut/ledningsgruppen/2030/index.html");
        Assert.Equal(
            ["/protokoll/lg-2030-05-10/#budget-godkands", "/protokoll/lg-2030-03-01/#kartan-godkands", "/protokoll/lg-2030-03-01/#komplettera"],
            DecisionLinks(year2030));
        Assert.Equal(["/protokoll/lg-2029-11-20/#plan-tas-fram"], DecisionLinks(Page(site, "beslut/ledningsgruppen/2029/index.html")));

        // Every link goes to an anchor that the meeting's page has.
        foreach (var href in DecisionLinks(year2030))
        {
            var (path, anchor) = (href[..href.IndexOf('#')], href[(href.IndexOf('#') + 1)..]);
            Assert.NotNull(Page(site, path.TrimStart('/') + "index.html").GetElementById(anchor));
        }
    }

    [Fact]
    public void A_decision_shows_its_item_text_owner_and_what_it_acts_on()
    {
        using var site = Build();
        var first = Page(site, "beslut/ledningsgruppen/2030/index.html").QuerySelector(".beslutslista li")!;

        Assert.Equal("Punkt 1. Budget", first.QuerySelector(".metadata a")!.TextContent);
        Assert.Equal("Budgeten godkänns.", first.QuerySelector(".beslutstext")!.TextContent.Trim());
        Assert.Equal("Ansvarig: Bo Kansli", first.QuerySelector(".ansvarig")!.TextContent);
        Assert.Equal("/planer/vp-2030/", first.QuerySelector(".avser a")!.GetAttribute("href"));
    }

    [Fact]
    public void The_index_lists_organs_and_years_with_counts_and_links_each_year()
    {
        using var site = Build();
        var index = Page(site, "beslut/index.html");

        var rows = index.QuerySelectorAll("table.register tbody tr")
            .Select(r => (Year: r.QuerySelector("th a")!.GetAttribute("href"), Decisions: r.QuerySelectorAll("td")[0].TextContent))
            .ToList();
        Assert.Equal([("/beslut/ledningsgruppen/2030/", "3"), ("/beslut/ledningsgruppen/2029/", "1")], rows);
        // Samarbetskommittén has no published minutes: no section, no empty page.
        Assert.Null(index.GetElementById("register-samarbetskommitten"));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "beslut", "samarbetskommitten")));
    }

    [Fact]
    public void The_register_is_in_the_main_menu_and_linked_from_the_archive_of_minutes()
    {
        using var site = Build();
        Assert.NotNull(Page(site, "index.html").QuerySelector("nav[aria-label='Huvudmeny'] a[href='/beslut/']"));
        Assert.NotNull(Page(site, "protokoll/index.html").QuerySelector("main a[href='/beslut/']"));
    }

    [Fact]
    public void A_page_may_not_take_the_registers_address()
    {
        using var site = TempSite.CopyOf("valid");
        site.Write("sidor/beslut.md", "---\ntyp: sida\nid: beslut\ntitel: Beslut\n---\nText.\n");

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == "id-reserved" && d.Location.File == "sidor/beslut.md");
    }

    private static TempSite Build()
    {
        var site = TempSite.CopyOf("valid")
            .Write("protokoll/lg-2030-05-10.md", LaterMeeting)
            .Write("protokoll/lg-2029-11-20.md", EarlierYear);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return site;
    }

    private static IDocument Page(TempSite site, string file) => Parser.ParseDocument(site.ReadOutput(file));

    private static List<string> DecisionLinks(IDocument page) =>
        page.QuerySelectorAll("main .beslutslista li .metadata a").Select(a => a.GetAttribute("href")!).ToList();
}
