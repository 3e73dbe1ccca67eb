using System.Text.Json;
using AngleSharp.Html.Parser;
using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Domain;
using Sodertorn.Site.Linking;
using Sodertorn.Site.Tests.Feeds;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Integration;

/// <summary>
/// The follow-up of the real minutes and plan: the assignments the sources give, with owners, and deadlines only where the
/// sources name a date; nothing reported that the sources do not say; activities without a status; every goal and
/// municipality with its feed.
/// </summary>
public sealed class RealSiteFollowUpTests
{
    private static readonly HtmlParser Parser = new();

    private static AssignmentLedger Ledger => SharedSites.RealLinked.Graph.Assignments;

    [Fact]
    public void Every_assignment_of_the_sources_is_tracked_with_its_owner()
    {
        Assert.Equal(
            [
                ("lg-2019-01-25/moteslista-till-ssk", "Cecilia"), ("lg-2019-01-25/sodertornspitch", "Cecilia"),
                ("lg-2019-01-25/kraftforsorjning-fortsatt-arbete", "Cecilia"), ("lg-2019-01-25/etablering-socialchefer", "Kommundirektörerna"),
                ("lg-2022-10-06/ssk-moten-hosten", "Helene Olofsson"),
                ("lg-2023-02-10/ordforande-ssk", "Leif Eriksson"), ("lg-2023-02-10/vp-2023-justeras", "Helene Olofsson"),
                ("lg-2023-02-10/rufs-natverk-namn", "Alla kommundirektörer"), ("lg-2023-02-10/programinnehall", "Helene Olofsson"),
            ],
            Ledger.All.Select(a => (a.Id, a.Owner)));
        Assert.Equal("Cecilia Mårtensson", Ledger.Find("lg-2019-01-25/sodertornspitch")!.OwnerName);
        Assert.Equal(["botkyrka"], Ledger.Find("lg-2023-02-10/ordforande-ssk")!.Municipalities);
        Assert.Equal(8, Ledger.Find("lg-2023-02-10/rufs-natverk-namn")!.Municipalities.Count);
        Assert.Empty(Ledger.Find("lg-2023-02-10/programinnehall")!.Municipalities);
    }

    [Fact]
    public void Deadlines_are_only_those_the_sources_name_and_nothing_is_reported_that_they_do_not_say()
    {
        Assert.Equal(
            [
                ("lg-2019-01-25/moteslista-till-ssk", new DateOnly(2019, 2, 7)), ("lg-2019-01-25/sodertornspitch", new DateOnly(2019, 2, 7)),
                ("lg-2019-01-25/kraftforsorjning-fortsatt-arbete", new DateOnly(2019, 2, 7)),
                ("lg-2023-02-10/ordforande-ssk", new DateOnly(2023, 3, 16)), ("lg-2023-02-10/vp-2023-justeras", new DateOnly(2023, 3, 16)),
                ("lg-2023-02-10/programinnehall", new DateOnly(2023, 3, 16)),
            ],
            Ledger.All.Where(a => a.Deadline is not null).Select(a => (a.Id, a.Deadline!.Value)));
        // The published minutes follow none of them up: every one stays "ej rapporterat".
        Assert.All(Ledger.All, a => Assert.Equal(AssignmentStatus.Given, a.Status));
        Assert.Empty(Ledger.Rejected);
    }

    [Fact]
    public void The_link_report_notes_each_assignment_past_its_deadline_and_nothing_else_new()
    {
        var notes = SharedSites.Real.Result.Diagnostics.Where(d => d.Code == "assignment-overdue").ToList();
        Assert.All(notes, n => Assert.Equal(Severity.Info, n.Severity));
        Assert.Equal(Ledger.All.Where(a => a.Deadline is not null).Select(a => a.Id).Order(StringComparer.Ordinal), notes.Select(n => n.Target!).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(SharedSites.Real.Result.Diagnostics, d => d.Code is "assignment-closed" or "followup-order");
    }

    [Fact]
    public void The_assignments_pages_list_every_assignment_open_and_each_year_under_its_id()
    {
        var index = Parser.ParseDocument(SharedSites.Real.Read("uppdrag/index.html"));
        var open = index.QuerySelector("section[aria-labelledby='oppna-uppdrag']")!.QuerySelectorAll(".uppdragsrader > li").ToList();
        Assert.Equal(Ledger.All.Select(a => UrlScheme.AssignmentInList(a.Given.Meeting.Date.Year, a.Id)).Order(StringComparer.Ordinal),
            open.Select(li => li.QuerySelector("a")!.GetAttribute("href")!).Order(StringComparer.Ordinal));
        // The six past their deadline first, each said in words.
        Assert.All(open.Take(6), li => Assert.Contains("Försenat", li.QuerySelector(".uppdragsstatus")!.TextContent, StringComparison.Ordinal));
        Assert.Contains("Inga uppdrag är slutförda eller återkallade", index.QuerySelector("section[aria-labelledby='avslutade-uppdrag']")!.TextContent, StringComparison.Ordinal);
        foreach (var (year, count) in new[] { (2019, 4), (2022, 1), (2023, 4) })
        {
            var page = Parser.ParseDocument(SharedSites.Real.Read($"uppdrag/{year}/index.html"));
            Assert.Equal(count, page.QuerySelectorAll("section[aria-labelledby='oppna-uppdrag'] .uppdragslista > li").Length);
        }
        var minutes = Parser.ParseDocument(SharedSites.Real.Read("protokoll/lg-2019-01-25/index.html"));
        Assert.Equal(4, minutes.QuerySelectorAll(".motesuppdrag > li").Length);
        Assert.Equal("2019-02-07", minutes.GetElementById("sodertornspitch")!.QuerySelector(".senast time")!.GetAttribute("datetime"));
    }

    [Fact]
    public void Activities_keep_no_status_where_the_plan_gives_none_and_the_roll_ups_say_so()
    {
        Assert.All(SharedSites.RealLinked.Activities, a => Assert.Null(a.Status));
        var goal = Parser.ParseDocument(SharedSites.Real.Read("mal/overgripande-mal/index.html"));
        var list = goal.GetElementById("status-2024")!.NextElementSibling!;
        Assert.Contains("Ej angiven 10 av 10", string.Join(' ', list.TextContent.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        var plan = Parser.ParseDocument(SharedSites.Real.Read("planer/vp-2024/index.html"));
        Assert.NotNull(plan.GetElementById("uppfoljning"));
        Assert.Contains("Ej angiven", Parser.ParseDocument(SharedSites.Real.Read("aktiviteter/vp-2024-rufs-yttrande/index.html")).QuerySelector(".fakta")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_goal_and_municipality_has_a_feed_linked_from_its_page()
    {
        foreach (var entity in SharedSites.RealLinked.Goals.Cast<Entity>().Concat(SharedSites.RealLinked.Municipalities))
        {
            var feed = entity is Goal ? $"/flode/mal/{entity.Id}.xml" : $"/flode/kommuner/{entity.Id}.xml";
            var page = Parser.ParseDocument(SharedSites.Real.Read(UrlScheme.FileFor(UrlScheme.For(entity))));
            Assert.NotNull(page.QuerySelector($"head link[rel='alternate'][href='{feed}']"));
            AtomDocument.Parse(SharedSites.Real.Read(feed.TrimStart('/')));
        }
        // Leif Eriksson's assignment concerns Botkyrka.
        var botkyrka = AtomDocument.Parse(SharedSites.Real.Read("flode/kommuner/botkyrka.xml"));
        Assert.Contains(botkyrka.Entries, e => e.Id == "https://example.test/protokoll/lg-2023-02-10/#ordforande-ssk");
    }

    [Fact]
    public void The_open_data_has_every_assignment_under_the_same_id_as_the_pages()
    {
        using var document = JsonDocument.Parse(SharedSites.Real.Read("data/uppdrag.json"));
        var ids = document.RootElement.GetProperty("data").EnumerateArray().Select(a => a.GetProperty("id").GetString()!).ToList();
        Assert.Equal(Ledger.All.Select(a => a.Id), ids);
        Assert.All(document.RootElement.GetProperty("data").EnumerateArray(), a => Assert.Equal("ej rapporterat", a.GetProperty("status").GetString()));
    }
}
