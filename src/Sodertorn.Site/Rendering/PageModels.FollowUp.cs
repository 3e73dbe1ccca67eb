using Scriban.Runtime;
using Sodertorn.Site.Domain;
using Sodertorn.Site.Feeds;
using Sodertorn.Site.Linking;

namespace Sodertorn.Site.Rendering;

/// <summary>A dated entry of an activity's timeline: a status report or a decision about it.</summary>
public sealed record TimelineEntry(DateOnly Date, string? Anchor, string Title, string? Html, string? Url, string? Comment)
{
    public string IsoDate => StockholmTime.IsoDate(Date);

    public string LongDate => SwedishDates.Long(Date);
}

/// <summary>The follow-up parts of the pages: assignments and their history, activity statuses, roll-ups and feeds.</summary>
public sealed partial class PageModels
{
    private FollowUpViews FollowUps => new(site, this);

    /// <summary>The meeting's assignments with their later history, and the earlier assignments the meeting followed up.</summary>
    private void FillFollowUp(ScriptObject model, Meeting meeting)
    {
        var views = FollowUps;
        var ledger = site.Graph.Assignments;
        model["assignments"] = ledger.GivenIn(meeting.Id).Select(views.Assignment).ToList();
        model["followed_up"] = meeting.AgendaItems
            .SelectMany(item => item.Blocks.SelectMany(block => ledger.FollowUpsBy(meeting.Id + "/" + block.LocalId).Select(f => new
            {
                verb = f.Kind switch { FollowUpKind.ReportBack => "Återrapporterar", FollowUpKind.Complete => "Slutför", _ => "Återkallar" },
                url = "#" + block.LocalId,
                item = item.Label,
                assignment = views.Assignment(f.Assignment),
            })))
            .ToList();
    }

    /// <summary>The activity's status with its date and comment, and its timeline: status reports and decisions, oldest first.</summary>
    private void FillStatus(ScriptObject model, Activity activity)
    {
        model["status"] = activity.CurrentStatus is { } current
            ? new { label = StatusRollupView.Capitalized(current.Status), date = current.Date, comment = current.Comment }
            : null;
        var decisions = site.Graph.Get(site.Graph.DecisionsActingOn, activity.Id)
            .Concat((site.Find<Plan>(activity.Plan)?.AdoptingDecisions ?? []).Select(id => site.Graph.Decisions.GetValueOrDefault(id)).OfType<DecisionInMeeting>())
            .DistinctBy(d => d.Id, StringComparer.Ordinal)
            .Select(d => (Order: 0, Entry: new TimelineEntry(d.Meeting.Date, null,
                $"Beslut: {d.Meeting.Title}, punkt {d.Item.NumberOrTitle}", Html(d.Decision.Text),
                d.Url, null)));
        var reports = activity.StatusHistory.Select(r => (Order: 1, Entry: new TimelineEntry(r.Date, r.Anchor,
            $"Status: {r.Status}", null, null, r.Comment)));
        model["timeline"] = decisions.Concat(reports).OrderBy(x => x.Entry.Date).ThenBy(x => x.Order).Select(x => x.Entry).ToList();
    }

    /// <summary>
    /// Roll-ups of a set of activities by year and, unless <paramref name="oneYear"/> (a plan is of one year), "this year" (the
    /// newest plan's) for the sentence that says it has none: a goal without activity this year stays visible as such.
    /// </summary>
    private void FillRollup(ScriptObject model, IEnumerable<Activity> activities, bool oneYear = false)
    {
        var years = StatusRollup.Of(activities, site);
        model["rollups"] = StatusRollupView.Of(years);
        var current = oneYear ? null : StatusRollup.CurrentYear(site);
        model["rollup_year"] = current;
        model["rollup_current"] = current is { } year && years.Any(y => y.Year == year);
    }

    /// <summary>A goal's roll-up counts its own activities and those of every goal under it.</summary>
    private void FillGoalFollowUp(ScriptObject model, Goal goal)
    {
        FillRollup(model, site.Graph.ActivitiesUnder(goal.Id));
        model["page_feeds"] = new[] { new LinkView(FollowUpFeeds.GoalTitle(goal), FeedPaths.ForGoal(goal.Id)) };
    }

    /// <summary>A municipality's assignments (AssignmentLedger.MunicipalitiesOf), its activities' roll-up and its feed.</summary>
    private void FillMunicipalityFollowUp(ScriptObject model, Municipality municipality)
    {
        var views = FollowUps;
        var assignments = site.Graph.Assignments.All.Where(a => a.Municipalities.Contains(municipality.Id)).Select(views.Assignment).ToList();
        // The open ones in full; the closed, a line each with a link to their place on their year's page.
        model["assignments_open"] = assignments.Where(a => a.Open).ToList();
        model["assignments_closed"] = assignments.Where(a => !a.Open).Reverse().ToList();
        FillRollup(model, site.Activities.Where(a => a.Responsible == municipality.Id));
        model["page_feeds"] = new[] { new LinkView(FollowUpFeeds.MunicipalityTitle(municipality), FeedPaths.ForMunicipality(municipality.Id)) };
    }
}
