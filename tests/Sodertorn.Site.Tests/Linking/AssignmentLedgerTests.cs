using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Linking;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Linking;

/// <summary>Each way an assignment can go, derived from the minutes of the follow-up fixture (Support/FollowUpSite).</summary>
public sealed class AssignmentLedgerTests
{
    private TrackedAssignment Find(string id) => FollowUpSite.Linked.Graph.Assignments.Find(id) ?? throw new InvalidOperationException($"{id} is not tracked");

    [Fact]
    public void Every_assignment_and_decision_with_an_owner_is_tracked_in_the_order_given()
    {
        Assert.Equal(
            ["lg-2030-01-20/utred-laddning", "lg-2030-01-20/fraga-kommunen", "lg-2030-01-20/cykelstallen", "lg-2030-03-01/komplettera", "lg-2030-03-01/aterkoppla"],
            FollowUpSite.Linked.Graph.Assignments.All.Select(a => a.Id));
        Assert.Null(FollowUpSite.Linked.Graph.Assignments.Find("lg-2030-03-01/kartan-godkands"));
    }

    [Fact]
    public void Given_with_nothing_since_is_open_and_not_reported()
    {
        var given = Find("lg-2030-01-20/cykelstallen");
        Assert.Equal((AssignmentStatus.Given, true), (given.Status, given.IsOpen));
        Assert.Empty(given.History);
        Assert.False(given.IsOverdue(FollowUpSite.Today));
    }

    [Fact]
    public void Reported_back_stays_open_with_where_and_when()
    {
        var reported = Find("lg-2030-01-20/utred-laddning");
        Assert.Equal((AssignmentStatus.ReportedBack, true), (reported.Status, reported.IsOpen));
        var step = Assert.Single(reported.History);
        Assert.Equal(("lg-2030-04-12/laddning-lagesrapport", new DateOnly(2030, 4, 12)), (step.By.Id, step.Date));
    }

    [Fact]
    public void Completed_and_withdrawn_are_closed_by_the_block_that_closed_them()
    {
        var done = Find("lg-2030-03-01/komplettera");
        Assert.Equal((AssignmentStatus.Done, false), (done.Status, done.IsOpen));
        Assert.Equal("lg-2030-04-12/kartan-klar", done.Closure!.By.Id);
        var withdrawn = Find("lg-2030-03-01/aterkoppla");
        Assert.Equal((AssignmentStatus.Withdrawn, false), (withdrawn.Status, withdrawn.IsOpen));
        Assert.Equal("lg-2030-04-12/aterkoppling-behovs-inte", withdrawn.Closure!.By.Id);
    }

    [Fact]
    public void Overdue_counts_from_the_day_the_build_treats_as_today()
    {
        var assignment = Find("lg-2030-01-20/fraga-kommunen");
        Assert.Equal(new DateOnly(2030, 4, 30), assignment.Deadline);
        Assert.False(assignment.IsOverdue(new DateOnly(2030, 4, 30)));
        Assert.True(assignment.IsOverdue(new DateOnly(2030, 5, 1)));
        // Closed assignments are never overdue, whatever their deadline.
        Assert.All(FollowUpSite.Linked.Graph.Assignments.All.Where(a => !a.IsOpen), a => Assert.False(a.IsOverdue(new DateOnly(2099, 1, 1))));
    }

    [Fact]
    public void The_link_report_notes_an_overdue_assignment_only_once_its_deadline_has_passed()
    {
        using var site = FollowUpSite.Create();
        var before = FollowUpSite.Build(site, new DateOnly(2030, 4, 30));
        Assert.DoesNotContain(before.Diagnostics, d => d.Code == "assignment-overdue");

        var after = FollowUpSite.Build(site, new DateOnly(2030, 5, 1));
        var note = Assert.Single(after.Diagnostics, d => d.Code == "assignment-overdue");
        Assert.Equal((Severity.Info, "protokoll/lg-2030-01-20.md", 24), (note.Severity, note.Location.File, note.Location.Line));
        Assert.Contains("senast 30 april 2030", note.Message, StringComparison.Ordinal);
        Assert.Contains("slutför=\"lg-2030-01-20/fraga-kommunen\"", note.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void An_owner_stands_for_the_municipality_the_meeting_lists_them_from()
    {
        Assert.Equal(["exempelby"], Find("lg-2030-01-20/fraga-kommunen").Municipalities);
        // Written by first name only: the meeting has one Anna.
        Assert.Equal(["exempelby"], Find("lg-2030-01-20/cykelstallen").Municipalities);
        Assert.Equal("Anna Exempel", Find("lg-2030-01-20/cykelstallen").OwnerName);
        // The kansli is an organisation, not a municipality.
        Assert.Empty(Find("lg-2030-03-01/komplettera").Municipalities);
    }
}
