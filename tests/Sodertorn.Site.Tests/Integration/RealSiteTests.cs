using AngleSharp.Html.Parser;
using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Linking;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Integration;

/// <summary>The real input/ (built once per run, <see cref="SharedSites.Real"/>): the four source documents are published whole.</summary>
public sealed class RealSiteTests
{
    private static readonly HtmlParser Parser = new();

    private static SharedSite Built => SharedSites.Real;

    private static LinkedSite Linked => SharedSites.RealLinked;

    [Fact]
    public void Real_content_builds_without_errors()
    {
        Assert.True(Built.Result.Succeeded, string.Join("\n", Built.Result.Diagnostics));
        Assert.DoesNotContain(Built.Result.Diagnostics, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void Every_warning_names_a_declared_unpublished_document()
    {
        var declared = Linked.Unpublished.Select(u => u.Id).ToHashSet();
        foreach (var warning in Built.Result.Diagnostics.Where(d => d.Severity == Severity.Warning))
        {
            Assert.Equal("ref-unpublished", warning.Code);
            Assert.Contains(declared, id => warning.Message.StartsWith($"'{id}'", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_sources_are_all_there()
    {
        var site = Linked;
        Assert.Equal(["lg-2019-01-25", "lg-2022-10-06", "lg-2023-02-10"], site.Meetings.Select(m => m.Id));
        Assert.Equal([11, 3, 11], site.Meetings.Select(m => m.AgendaItems.Count));
        Assert.Equal(2024, Assert.Single(site.Plans).Year);
        Assert.Equal(10, site.Activities.Count);           // VP 2024 chapter 2: 3 + 3 + 4 activities
        Assert.Equal(4, site.Plans[0].KansliAssignments.Count);
        Assert.Equal(9, site.Plans[0].CommunicationActivities.Count);
        Assert.Equal(11, site.Plans[0].Calendar.Count);    // 5 SSK + 6 LG meetings in 2024
        Assert.Equal(8, site.Municipalities.Count);
        Assert.Equal(["vision", "infrastruktur", "overgripande-mal", "omstallning", "tillganglighet", "laddinfrastruktur"],
            site.Goals.Select(g => g.Id));
    }

    [Fact]
    public void Every_meeting_item_decision_and_assignment_has_its_page_and_anchor()
    {
        foreach (var meeting in Linked.Meetings)
        {
            var ids = Ids(UrlScheme.For(meeting));
            foreach (var item in meeting.AgendaItems)
            {
                Assert.Contains(item.LocalId, ids);
                foreach (var decision in item.Decisions) Assert.Contains(decision.LocalId, ids);
                foreach (var assignment in item.Assignments) Assert.Contains(assignment.LocalId, ids);
            }
        }
    }

    [Fact]
    public void Every_plan_activity_goal_network_organ_municipality_and_page_has_its_page()
    {
        foreach (var entity in Linked.All)
            Assert.True(File.Exists(Path.Combine(Built.Output, UrlScheme.FileFor(UrlScheme.For(entity)))), $"{entity.Id} has no page");
        var planIds = Ids(UrlScheme.For(Linked.Plans[0]));
        foreach (var part in Linked.Plans[0].KansliAssignments) Assert.Contains(part.LocalId, planIds);
        foreach (var part in Linked.Plans[0].CommunicationActivities) Assert.Contains(part.LocalId, planIds);
        Assert.Contains("paragraf-8", Ids("/samarbetsavtal/"));
    }

    [Theory]
    // Damage seen in the scanned 2022 minutes and the PDF annexes: none may reach the published site.
    [InlineData("ordférande")]
    [InlineData("hilsar")]
    [InlineData("vilkomna")]
    [InlineData("Sodertornskommunernas")]
    [InlineData("Sédertérn")]
    [InlineData("Sodertilje")]
    [InlineData("Tytreso")]
    [InlineData("Runefjird")]
    [InlineData("Bergstrom")]
    [InlineData("nitverk")]
    [InlineData("métet")]
    [InlineData(" kI ")]
    [InlineData("RUF5")]
    [InlineData("Faninge")]
    [InlineData("#rjgghets")]
    public void No_ocr_damage_is_published(string damage)
    {
        foreach (var file in Directory.GetFiles(Built.Output, "*.html", SearchOption.AllDirectories))
            Assert.DoesNotContain(damage, Parser.ParseDocument(File.ReadAllText(file)).Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_scanned_minutes_read_in_proper_swedish()
    {
        var text = Text("/protokoll/lg-2022-10-06/");
        Assert.Contains("Magnus Gyllestad hälsar alla välkomna till det extra ledningsgruppsmötet.", text);
        Assert.Contains("Cynthia Runefjärd", text);
        Assert.Contains("Södertälje", text);
        Assert.Contains("torsdag 6 oktober 2022", text);
    }

    /// <summary>
    /// The real minutes' decision on SUP 2040 is linked to it in the site's graph, and the goal tree starts from the vision.
    /// (That the pages of what a decision names link to it: FixturePagesTests; no real decision names a published plan,
    /// activity or goal yet.)
    /// </summary>
    [Fact]
    public void The_decision_of_6_october_2022_acts_on_sup_2040_and_the_goal_tree_has_the_vision()
    {
        Assert.Contains(Linked.Graph.Get(Linked.Graph.DecisionsActingOn, "sup-2040"), d => d.Meeting.Id == "lg-2022-10-06");
        Assert.Contains("Södertörn leder Sveriges starka och hållbara tillväxt", Text("/mal/"));
    }

    private HashSet<string> Ids(string url)
    {
        var html = File.ReadAllText(Path.Combine(Built.Output, UrlScheme.FileFor(url)));
        return Parser.ParseDocument(html).QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet();
    }

    private string Text(string url) =>
        Parser.ParseDocument(File.ReadAllText(Path.Combine(Built.Output, UrlScheme.FileFor(url)))).Body!.TextContent;
}
