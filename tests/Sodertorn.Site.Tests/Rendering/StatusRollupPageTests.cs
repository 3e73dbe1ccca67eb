using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Rendering;

/// <summary>
/// Activity status on the pages: the activity's timeline, and the roll-ups per goal (sub-goals included), plan, network and
/// municipality, each count written out beside its bar.
/// </summary>
public sealed class StatusRollupPageTests
{
    private static readonly HtmlParser Parser = new();

    private static string Text(IElement element) => string.Join(' ', element.TextContent.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>"Pågår: 1 av 2" for each bar of the roll-up of one year, as its text reads.</summary>
    private static Dictionary<string, string> Counts(IDocument page, string headingId)
    {
        var list = page.GetElementById(headingId)!.NextElementSibling!;
        Assert.Equal("statusstaplar", list.ClassName);
        return list.QuerySelectorAll("li").ToDictionary(li => Text(li.QuerySelector(".statusnamn")!), li => Text(li.QuerySelector(".statusantal")!));
    }

    [Fact]
    public void A_goal_counts_its_own_and_its_sub_goals_activities_and_the_counts_follow_a_status_change()
    {
        using var site = FollowUpSite.Create();
        Assert.True(FollowUpSite.Build(site, FollowUpSite.Today).Succeeded);
        var goal = Parser.ParseDocument(site.ReadOutput("mal/klimat/index.html"));
        var counts = Counts(goal, "status-2030");
        Assert.Equal(("1 av 2", "1 av 2", "0 av 2"), (counts["Pågår"], counts["Genomförd"], counts["Ej angiven"]));
        Assert.Equal("2030: 2 aktiviteter", Text(goal.GetElementById("status-2030")!));
        Assert.NotNull(goal.GetElementById("sa-raknas-det"));

        // The network reports the map activity as cancelled: its latest status changes the goal's counts.
        var file = Path.Combine(site.Input, "planer", "2030", "aktiviteter", "vp-2030-laddplatser.md");
        File.WriteAllText(file, File.ReadAllText(file).Replace("    kommentar: Kartan är påbörjad.\n", "    kommentar: Kartan är påbörjad.\n  - datum: 2030-05-15\n    status: avbruten\n", StringComparison.Ordinal));
        Assert.True(FollowUpSite.Build(site, FollowUpSite.Today).Succeeded);
        var after = Counts(Parser.ParseDocument(site.ReadOutput("mal/klimat/index.html")), "status-2030");
        Assert.Equal(("0 av 2", "1 av 2", "1 av 2"), (after["Pågår"], after["Genomförd"], after["Avbruten"]));
        var activity = Parser.ParseDocument(site.ReadOutput("aktiviteter/vp-2030-laddplatser/index.html"));
        Assert.Contains("Avbruten (rapporterad 15 maj 2030)", Text(activity.QuerySelector(".fakta")!), StringComparison.Ordinal);
    }

    [Fact]
    public void The_bars_are_classes_of_fixed_lengths_and_the_numbers_are_text()
    {
        var build = FollowUpSite.Built;
        var page = Parser.ParseDocument(build.Read("mal/klimat/index.html"));
        var bars = page.QuerySelectorAll(".statusstaplar .stapel").ToList();
        Assert.Equal(6, bars.Count);
        Assert.All(bars, b => Assert.Null(b.GetAttribute("style")));
        Assert.All(bars, b => Assert.Equal("true", b.ParentElement!.GetAttribute("aria-hidden")));
        Assert.Equal(["andel-0", "andel-50", "andel-50", "andel-0", "andel-0", "andel-0"],
            bars.Select(b => b.ClassList.Single(c => c.StartsWith("andel-", StringComparison.Ordinal))));
        Assert.Contains(".andel-50 { width: 50%; }", File.ReadAllText(Path.Combine(Repository.Theme, "assets", "site.css")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_sub_goal_the_municipality_and_the_plan_have_their_own_roll_ups()
    {
        var build = FollowUpSite.Built;
        var subGoal = Counts(Parser.ParseDocument(build.Read("mal/laddning/index.html")), "status-2030");
        Assert.Equal("1 av 1", subGoal["Genomförd"]);
        var municipality = Counts(Parser.ParseDocument(build.Read("kommuner/exempelby/index.html")), "status-2030");
        Assert.Equal("1 av 1", municipality["Genomförd"]);
        var plan = Counts(Parser.ParseDocument(build.Read("planer/vp-2030/index.html")), "status-2030");
        Assert.Equal(("1 av 2", "1 av 2"), (plan["Pågår"], plan["Genomförd"]));
        var network = Counts(Parser.ParseDocument(build.Read("natverk/klimatnatverket/index.html")), "status-2030");
        Assert.Equal("1 av 1", network["Pågår"]);
        var tree = Text(Parser.ParseDocument(build.Read("mal/index.html")).QuerySelector(".maltrad")!);
        Assert.Contains("Status 2030: 2 aktiviteter: 1 pågår, 1 genomförd.", tree, StringComparison.Ordinal);
        Assert.Contains("Status 2030: 1 aktivitet: 1 genomförd.", tree, StringComparison.Ordinal);
    }

    [Fact]
    public void A_goal_without_activity_in_the_newest_plan_says_so()
    {
        using var site = FollowUpSite.Create();
        site.Write("mal/cykel.md", "---\ntyp: mål\nid: cykel\ntitel: Fler cyklar\nnivå: delmål\nförälder: klimat\n---\nDelmålets text.\n");
        Assert.True(FollowUpSite.Build(site, FollowUpSite.Today).Succeeded);
        var goal = Parser.ParseDocument(site.ReadOutput("mal/cykel/index.html"));
        Assert.Contains("2030: inga aktiviteter.", Text(goal.QuerySelector(".inga-aktiviteter")!), StringComparison.Ordinal);
        var node = Parser.ParseDocument(site.ReadOutput("mal/index.html")).QuerySelectorAll(".malnod").Single(n => Text(n).Contains("Fler cyklar", StringComparison.Ordinal));
        Assert.Contains("2030: inga aktiviteter", Text(node.ParentElement!), StringComparison.Ordinal);
    }

    [Fact]
    public void The_activity_timeline_has_each_status_report_under_its_date_and_the_decisions_about_it()
    {
        var build = FollowUpSite.Built;
        var page = Parser.ParseDocument(build.Read("aktiviteter/vp-2030-laddplatser/index.html"));
        var entries = page.QuerySelectorAll(".tidslinje > li").ToList();
        Assert.Equal(
            [
                "20 januari 2030 · Beslut: Ledningsgruppen 20 januari 2030, punkt 1",
                "1 februari 2030 · Status: ej påbörjad",
                "1 mars 2030 · Beslut: Ledningsgruppen 1 mars 2030, punkt 1",
                "1 mars 2030 · Status: pågår",
            ],
            entries.Select(li => Text(li.QuerySelector(".metadata")!)));
        // Each status report has its permanent anchor, which the feeds link to.
        Assert.Equal(["", "status-2030-02-01", "", "status-2030-03-01"], entries.Select(li => li.Id ?? ""));
        Assert.Contains("Pågår (rapporterad 1 mars 2030)", Text(page.QuerySelector(".fakta")!), StringComparison.Ordinal);
        Assert.Equal("Kartan är påbörjad.", Text(page.QuerySelector(".statuskommentar")!));
    }
}
