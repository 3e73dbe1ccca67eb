using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Tests.Support;
using Sodertorn.Site.Validation;

namespace Sodertorn.Site.Tests.Validation;

public sealed class CrossLinkRulesTests
{
    private static IReadOnlyList<Diagnostic> Check(DateOnly today, params (string Path, string Text)[] files)
    {
        var (site, diagnostics) = ContentFixture.Link(ContentFixture.ValidInput, files);
        new CrossLinkRules().Check(new ValidationContext(site, today, diagnostics));
        return diagnostics.Sorted();
    }

    private static readonly DateOnly BeforeAnyMeeting = new(2030, 1, 1);

    /// <summary>
    /// An activity no decision names, in a plan adopted by decision, is decided with its plan (the fixture's own activity
    /// is named by a decision in the minutes, so one without is added); without the adoption it is a warning (below).
    /// </summary>
    [Fact]
    public void Activities_of_an_adopted_plan_need_no_decision_of_their_own()
    {
        var extra = "---\ntyp: aktivitet\nid: vp-2030-cykel\ntitel: Cykelstråk\nplan: vp-2030\nmål: klimat\n---\n";
        Assert.DoesNotContain(Check(BeforeAnyMeeting, ("planer/2030/aktiviteter/cykel.md", extra)), d => d.Code == "activity-undecided");
    }

    [Fact]
    public void An_activity_no_decision_adopted_or_acted_on_is_a_warning()
    {
        var plan = ContentFixture.ValidFile("planer/2030/verksamhetsplan.md").Replace("beslut: [ssk-2030-01-15/vp-2030-antas]\n", "");
        var extra = "---\ntyp: aktivitet\nid: vp-2030-cykel\ntitel: Cykelstråk\nplan: vp-2030\nmål: klimat\n---\n";
        var findings = Check(BeforeAnyMeeting, ("planer/2030/verksamhetsplan.md", plan), ("planer/2030/aktiviteter/cykel.md", extra));

        // vp-2030-laddplatser is acted on by a decision in the minutes; the new activity by none.
        var warning = Assert.Single(findings, d => d.Code == "activity-undecided");
        Assert.Equal(("planer/2030/aktiviteter/cykel.md", "vp-2030-cykel", Severity.Warning), (warning.Location.File, warning.Target, warning.Severity));
        Assert.Contains("avser=\"vp-2030-cykel\"", warning.Suggestion);
    }

    [Fact]
    public void A_goal_without_activity_in_the_newest_plan_is_noted()
    {
        var goal = "---\ntyp: mål\nid: trafik\ntitel: Exempelregionen är tillgänglig\nnivå: långsiktigt mål\nförälder: vision\n---\n";
        var findings = Check(BeforeAnyMeeting, ("mal/trafik.md", goal));
        var info = Assert.Single(findings, d => d.Code == "goal-uncovered");
        Assert.Equal(("trafik vp-2030", Severity.Info), (info.Target, info.Severity));
        Assert.Contains("Verksamhetsplan och budget 2030", info.Message);
    }

    /// <summary>
    /// Acknowledged for one year's plan, a goal still without activity in the next is a new finding: its id is made from
    /// its target, which names the plan as well as the goal.
    /// </summary>
    [Fact]
    public void A_goal_without_activity_in_next_years_plan_is_a_new_finding_with_its_own_id()
    {
        var goal = "---\ntyp: mål\nid: trafik\ntitel: Exempelregionen är tillgänglig\nnivå: långsiktigt mål\nförälder: vision\n---\n";
        var next = "---\ntyp: verksamhetsplan\nid: vp-2031\ntitel: Verksamhetsplan och budget 2031\når: 2031\n---\n";
        var thisYear = Assert.Single(Check(BeforeAnyMeeting, ("mal/trafik.md", goal)), d => d.Code == "goal-uncovered");
        var nextYear = Assert.Single(Check(BeforeAnyMeeting, ("mal/trafik.md", goal), ("planer/2031/verksamhetsplan.md", next)), d => d.Code == "goal-uncovered" && d.Target!.StartsWith("trafik", StringComparison.Ordinal));

        string Id(Diagnostic d) => Site.Reporting.FindingIds.Assign([(d.Code, "input/mal/trafik.md", d.Target, d.Message)])[0];
        Assert.NotEqual(Id(thisYear), Id(nextYear));
    }

    [Fact]
    public void A_goal_covered_through_its_sub_goal_is_not_noted()
    {
        var child = "---\ntyp: mål\nid: laddning\ntitel: Laddning\nnivå: delmål\nförälder: klimat\n---\n";
        var activity = ContentFixture.ValidFile("planer/2030/aktiviteter/vp-2030-laddplatser.md").Replace("mål: klimat", "mål: laddning");
        var findings = Check(BeforeAnyMeeting, ("mal/laddning.md", child), ("planer/2030/aktiviteter/vp-2030-laddplatser.md", activity));
        Assert.DoesNotContain(findings, d => d.Code == "goal-uncovered");
    }

    [Fact]
    public void A_planned_meeting_that_has_passed_without_minutes_is_noted_at_its_calendar_line()
    {
        Assert.DoesNotContain(Check(new DateOnly(2030, 2, 15)), d => d.Code == "minutes-missing");
        var info = Assert.Single(Check(new DateOnly(2030, 2, 16)), d => d.Code == "minutes-missing");
        Assert.Equal(("planer/2030/verksamhetsplan.md", 10), (info.Location.File, info.Location.Line));
        Assert.Contains("Ledningsgruppen skulle enligt kalendariet mötas 15 februari 2030", info.Message);
    }

    [Fact]
    public void A_planned_meeting_with_published_minutes_is_not_noted()
    {
        var plan = ContentFixture.ValidFile("planer/2030/verksamhetsplan.md").Replace("datum: 2030-02-15", "datum: 2030-03-01");
        Assert.DoesNotContain(Check(new DateOnly(2030, 6, 1), ("planer/2030/verksamhetsplan.md", plan)), d => d.Code == "minutes-missing");
    }

    [Fact]
    public void A_calendar_meeting_outside_the_plans_year_is_a_warning_at_its_entry()
    {
        var plan = ContentFixture.ValidFile("planer/2030/verksamhetsplan.md").Replace("    datum: 2030-02-15", "    datum: 2031-02-15", StringComparison.Ordinal);
        var (site, diagnostics) = ContentFixture.Link(ContentFixture.ValidInput, ("planer/2030/verksamhetsplan.md", plan));
        new CalendarRules().Check(new ValidationContext(site, BeforeAnyMeeting, diagnostics));

        var warning = Assert.Single(diagnostics.Sorted(), d => d.Code == "calendar-year");
        Assert.Equal((Severity.Warning, "planer/2030/verksamhetsplan.md", 10), (warning.Severity, warning.Location.File, warning.Location.Line));
        Assert.Contains("2031-02-15, utanför året 2030", warning.Message, StringComparison.Ordinal);
    }
}
