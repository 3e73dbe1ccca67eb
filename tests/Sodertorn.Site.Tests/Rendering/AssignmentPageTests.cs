using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Sodertorn.Site.Rendering;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Rendering;

/// <summary>
/// /uppdrag/ and the meeting pages of the follow-up fixture (Support/FollowUpSite): what a reader sees of each assignment's
/// status and history, in words and with links to where it happened.
/// </summary>
public sealed class AssignmentPageTests
{
    private static readonly HtmlParser Parser = new();

    private IDocument Page(string url) => Parser.ParseDocument(FollowUpSite.Built.Read(url.TrimStart('/') + "index.html"));

    private static string Text(IElement element) => string.Join(' ', element.TextContent.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The permanent places the lines of an index section lead to, in order.</summary>
    private static string[] Lines(IDocument page, string section) =>
        [.. page.QuerySelector($"section[aria-labelledby='{section}']")!.QuerySelectorAll(".uppdragsrader > li > a:first-child").Select(a => a.GetAttribute("href")!)];

    [Fact]
    public void Open_assignments_come_first_overdue_ones_first_and_the_closed_after()
    {
        var page = Page("/uppdrag/");
        Assert.Equal(["/uppdrag/2030/#lg-2030-01-20/fraga-kommunen", "/uppdrag/2030/#lg-2030-01-20/utred-laddning", "/uppdrag/2030/#lg-2030-01-20/cykelstallen"],
            Lines(page, "oppna-uppdrag"));
        // Closed the same day: in id order.
        Assert.Equal(["/uppdrag/2030/#lg-2030-03-01/aterkoppla", "/uppdrag/2030/#lg-2030-03-01/komplettera"], Lines(page, "avslutade-uppdrag"));
        Assert.Contains("5 uppdrag: 3 öppna, varav 1 försenat, och 2 avslutade.", Text(page.QuerySelector(".ingress")!), StringComparison.Ordinal);
    }

    [Fact]
    public void The_index_shows_the_first_hundred_open_assignments_and_says_where_the_rest_are()
    {
        // Minutes that give more assignments than the index shows, none followed up: the page must not grow with them.
        using var site = FollowUpSite.Create();
        var items = string.Join("\n", Enumerable.Range(1, AssignmentList.OpenShown + 5).Select(n =>
            $"## {n}. Punkt {n} {{#punkt-{n}}}\n\n::: uppdrag {{#uppgift-{n} ansvarig=\"Bo Kansli\"}}\nBo Kansli gör uppgift {n}.\n:::\n"));
        File.WriteAllText(Path.Combine(site.Input, "protokoll", "lg-2030-05-05.md"), $"""
            ---
            typ: protokoll
            id: lg-2030-05-05
            organ: ledningsgruppen
            datum: 2030-05-05
            plats: Exempelby kommunhus
            mötesform: fysiskt
            deltagare:
              - namn: Bo Kansli
                organisation: Södertörnskommunerna
            sekreterare: Bo Kansli
            justerare: [Bo Kansli]
            ---

            """ + "\n" + items);

        Assert.True(FollowUpSite.Build(site, FollowUpSite.Today).Succeeded);

        var page = Parser.ParseDocument(site.ReadOutput("uppdrag/index.html"));
        var open = AssignmentList.OpenShown + 5 + 3;
        Assert.Equal(AssignmentList.OpenShown, Lines(page, "oppna-uppdrag").Length);
        Assert.Equal($"Öppna uppdrag ({open})", Text(page.GetElementById("oppna-uppdrag")!));
        Assert.Contains($"({AssignmentList.OpenShown} av {open}; alla finns på sidorna per år)", Text(page.QuerySelector("section[aria-labelledby='oppna-uppdrag']")!), StringComparison.Ordinal);
        // The overdue one still first; every assignment is on its year's page.
        Assert.Equal("/uppdrag/2030/#lg-2030-01-20/fraga-kommunen", Lines(page, "oppna-uppdrag")[0]);
        Assert.Equal(open, Parser.ParseDocument(site.ReadOutput("uppdrag/2030/index.html")).QuerySelectorAll("section[aria-labelledby='oppna-uppdrag'] li.uppdragspost-uppfoljning").Length);
    }

    [Fact]
    public void Each_status_is_said_in_words_overdue_too()
    {
        var page = Page("/uppdrag/2030/");
        string StatusOf(string id) => Text(page.GetElementById(id)!.QuerySelector(".uppdragsstatus")!);
        Assert.Equal("Ej rapporterat Försenat", StatusOf("lg-2030-01-20/fraga-kommunen"));
        Assert.Equal("Återrapporterat", StatusOf("lg-2030-01-20/utred-laddning"));
        Assert.Equal("Ej rapporterat", StatusOf("lg-2030-01-20/cykelstallen"));
        Assert.Equal("Slutfört", StatusOf("lg-2030-03-01/komplettera"));
        Assert.Equal("Återkallat", StatusOf("lg-2030-03-01/aterkoppla"));
        var line = Page("/uppdrag/").QuerySelector("section[aria-labelledby='oppna-uppdrag'] .uppdragsrader > li")!;
        Assert.Contains("Ej rapporterat Försenat · senast 30 april 2030", Text(line), StringComparison.Ordinal);
    }

    [Fact]
    public void A_closed_assignment_links_to_where_it_was_given_and_where_it_was_closed()
    {
        var entry = Page("/uppdrag/2030/").GetElementById("lg-2030-03-01/komplettera")!;
        var links = entry.QuerySelectorAll("a").Select(a => (Text(a), a.GetAttribute("href"))).ToList();
        Assert.Contains(("1 mars 2030, Ledningsgruppen, punkt 1. Laddplatser", "/protokoll/lg-2030-03-01/#komplettera"), links);
        Assert.Contains(("Slutfört 12 april 2030, punkt 1", "/protokoll/lg-2030-04-12/#kartan-klar"), links);
        var line = Page("/uppdrag/").QuerySelector("section[aria-labelledby='avslutade-uppdrag'] a[href='/protokoll/lg-2030-04-12/#kartan-klar']")!;
        Assert.Equal("Slutfört 12 april 2030, punkt 1", Text(line));
    }

    [Fact]
    public void Each_year_has_a_page_with_every_assignment_given_then_under_its_permanent_anchor()
    {
        var year = Page("/uppdrag/2030/");
        Assert.Equal(["lg-2030-01-20/fraga-kommunen", "lg-2030-01-20/utred-laddning", "lg-2030-01-20/cykelstallen"],
            year.QuerySelector("section[aria-labelledby='oppna-uppdrag']")!.QuerySelectorAll(".uppdragslista > li").Select(li => li.Id));
        Assert.Equal(["lg-2030-03-01/komplettera", "lg-2030-03-01/aterkoppla"],
            year.QuerySelector("section[aria-labelledby='avslutade-uppdrag']")!.QuerySelectorAll(".uppdragslista > li").Select(li => li.Id));
        var index = Page("/uppdrag/");
        var row = index.QuerySelector("section[aria-labelledby='uppdrag-per-ar'] tbody tr")!;
        Assert.Equal(["2030", "3", "1", "2"], row.Children.Select(Text));
        Assert.Equal("/uppdrag/2030/", row.QuerySelector("a")!.GetAttribute("href"));
        // The meeting page's link to an assignment's place in the lists is the permanent one.
        Assert.NotNull(Page("/protokoll/lg-2030-03-01/").QuerySelector("a[href='/uppdrag/2030/#lg-2030-03-01/komplettera']"));
    }

    [Fact]
    public void The_groups_by_organ_owner_and_municipality_link_to_each_assignment()
    {
        var page = Page("/uppdrag/2030/");
        string[] Linked(string section) =>
            [.. page.QuerySelector($"section[aria-labelledby='{section}']")!.QuerySelectorAll("li a[href^='#']").Select(a => a.GetAttribute("href")!)];
        Assert.Equal(5, Linked("efter-organ").Length);
        Assert.Equal(5, Linked("efter-ansvarig").Length);
        // Anna Exempel's three, one of them written "Anna": the meeting has one Anna.
        var anna = page.GetElementById("ansvarig-anna-exempel")!;
        Assert.Contains("3 uppdrag, 2 öppna", Text(anna), StringComparison.Ordinal);
        Assert.Equal(["#lg-2030-01-20/cykelstallen", "#lg-2030-01-20/fraga-kommunen", "#lg-2030-03-01/aterkoppla"], Linked("efter-kommun").Order(StringComparer.Ordinal));
        foreach (var href in Linked("efter-organ").Concat(Linked("efter-ansvarig")).Concat(Linked("efter-kommun")))
            Assert.NotNull(page.GetElementById(href[1..]));
    }

    [Fact]
    public void The_meeting_page_shows_each_assignment_with_its_later_history()
    {
        var section = Page("/protokoll/lg-2030-03-01/").QuerySelector("section[aria-labelledby='motets-uppdrag']")!;
        var items = section.QuerySelectorAll(".motesuppdrag > li").ToList();
        Assert.Equal(2, items.Count);
        Assert.Contains("Status: Slutfört", Text(items[0]), StringComparison.Ordinal);
        var history = items[0].QuerySelector(".historik a")!;
        Assert.Equal(("Slutfört 12 april 2030, punkt 1", "/protokoll/lg-2030-04-12/#kartan-klar"), (Text(history), history.GetAttribute("href")));
        Assert.Equal("Återkallat 12 april 2030, punkt 2", Text(items[1].QuerySelector(".historik a")!));

        var given = Page("/protokoll/lg-2030-01-20/").QuerySelector("section[aria-labelledby='motets-uppdrag']")!;
        Assert.Contains("Återrapporterat 12 april 2030, punkt 1", Text(given), StringComparison.Ordinal);
        Assert.Contains("Försenat · senast 30 april 2030", Text(given), StringComparison.Ordinal);
    }

    [Fact]
    public void The_later_meeting_says_what_it_followed_up_in_the_block_and_in_a_list()
    {
        var page = Page("/protokoll/lg-2030-04-12/");
        var block = page.GetElementById("kartan-klar")!;
        Assert.Equal("/protokoll/lg-2030-03-01/#komplettera", block.QuerySelector(".uppfoljning a")!.GetAttribute("href"));
        Assert.StartsWith("Slutför:", Text(block.QuerySelector(".uppfoljning")!), StringComparison.Ordinal);
        var list = Text(page.QuerySelector("section[aria-labelledby='motets-uppfoljning']")!);
        Assert.Contains("Återrapporterar (punkt 1. Uppföljning): uppdrag till Bo Kansli, Ledningsgruppen 20 januari 2030, punkt 1 – nu återrapporterat", list, StringComparison.Ordinal);
        Assert.Contains("Återkallar (punkt 2. Återkoppling)", list, StringComparison.Ordinal);
    }

    [Fact]
    public void The_deadline_is_shown_on_the_block_where_it_is_written()
    {
        var block = Page("/protokoll/lg-2030-01-20/").GetElementById("fraga-kommunen")!;
        Assert.Equal("2030-04-30", block.QuerySelector(".senast time")!.GetAttribute("datetime"));
    }

    [Fact]
    public void The_assignments_page_has_a_description_and_is_in_the_main_menu()
    {
        var page = Page("/uppdrag/");
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("meta[name='description']")?.GetAttribute("content")));
        Assert.NotNull(Page("/").QuerySelector("nav[aria-label='Huvudmeny'] a[href='/uppdrag/']"));
    }
}
