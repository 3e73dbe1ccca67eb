using Sodertorn.Site.Domain;
using Sodertorn.Site.Linking;
using Sodertorn.Site.Output;

namespace Sodertorn.Site.Feeds;

/// <summary>
/// A feed per goal and per municipality, for those who follow one thing rather than the whole collaboration: the
/// decisions, assignments, follow-ups and activity status changes that concern it, newest first. A goal is concerned by
/// what acts on it, on a goal under it or on one of their activities; a municipality by what acts on it, by assignments
/// whose owner stands for it (Linking/AssignmentLedger.MunicipalitiesOf) and by activities it runs. Every entry's id is
/// the permanent address of what it reports, so an entry is the same in every feed and every build.
/// </summary>
public sealed class FollowUpFeeds(LinkedSite site)
{
    private readonly FeedEntries entries = new(site);

    public static string GoalTitle(Goal goal) => $"{goal.ShortName ?? goal.Title} – beslut, uppdrag och status";

    public static string MunicipalityTitle(Municipality municipality) => $"{municipality.Name} – beslut, uppdrag och status";

    public IEnumerable<AtomFeed> All()
    {
        foreach (var goal in site.Goals)
            yield return new AtomFeed(FeedPaths.ForGoal(goal.Id), GoalTitle(goal),
                $"Beslut, uppdrag och ändrad status för aktiviteter som gäller målet ”{goal.Title}” och målen under det.",
                UrlScheme.For(goal), Goal(goal));
        foreach (var municipality in site.Municipalities)
            yield return new AtomFeed(FeedPaths.ForMunicipality(municipality.Id), MunicipalityTitle(municipality),
                $"Beslut som gäller {municipality.Name}, uppdrag till personer från kommunen och ändrad status för aktiviteter som kommunen ansvarar för.",
                UrlScheme.For(municipality), Municipality(municipality));
    }

    public IReadOnlyList<FeedEntry> Goal(Goal goal)
    {
        var goals = site.Graph.GoalSubtree(goal.Id);
        var activities = site.Graph.ActivitiesUnder(goal.Id);
        var targets = goals.Concat(activities.Select(a => a.Id)).ToHashSet(StringComparer.Ordinal);
        var decisions = targets.SelectMany(t => site.Graph.Get(site.Graph.DecisionsActingOn, t)).DistinctBy(d => d.Id, StringComparer.Ordinal).ToList();
        var assignments = decisions.Select(d => site.Graph.Assignments.Find(d.Id)).OfType<TrackedAssignment>();
        return Newest(FollowUps(assignments)
            .Concat(decisions.Select(Decision))
            .Concat(StatusChanges(activities)));
    }

    public IReadOnlyList<FeedEntry> Municipality(Municipality municipality)
    {
        var decisions = site.Graph.Get(site.Graph.DecisionsActingOn, municipality.Id);
        var assignments = site.Graph.Assignments.All.Where(a => a.Municipalities.Contains(municipality.Id)).ToList();
        return Newest(FollowUps(assignments)
            .Concat(assignments.Select(Given))
            .Concat(decisions.Select(Decision))
            .Concat(StatusChanges(site.Activities.Where(a => a.Responsible == municipality.Id))));
    }

    /// <summary>
    /// An entry that may be written: its date and address to sort and deduplicate by, the entry made only if it is among
    /// the newest (a summary is the text made plain, which costs a Markdown parse; a goal near the root is concerned by
    /// nearly every decision of the archive).
    /// </summary>
    private sealed record Candidate(DateOnly Date, string Url, Func<FeedEntry> Entry);

    private Candidate Decision(DecisionInMeeting d) =>
        new(d.Meeting.Date, d.Url, () => entries.Decision(d.Meeting, d.Item, d.Decision));

    /// <summary>An assignment as it was given: its address in the minutes, who and what.</summary>
    private Candidate Given(TrackedAssignment assignment)
    {
        var given = assignment.Given;
        return new Candidate(given.Meeting.Date, given.Url, () => new FeedEntry(
            given.Url,
            $"Uppdrag till {assignment.Owner}: {given.Meeting.Title}, punkt {given.Item.NumberOrTitle}",
            entries.PlainText(given.Block.Text) + (assignment.Deadline is { } d ? $" Senast {SwedishDates.Long(d)}." : ""),
            given.Meeting.Date));
    }

    /// <summary>Each report back, completion and withdrawal: at the address of the block that did it.</summary>
    private IEnumerable<Candidate> FollowUps(IEnumerable<TrackedAssignment> assignments) =>
        assignments.SelectMany(a => a.History.Select(step =>
        {
            return new Candidate(step.Date, step.By.Url, () => new FeedEntry(step.By.Url,
                $"{FollowUpWords.Label(step.Kind)}: uppdrag till {a.Owner} från {a.Given.Meeting.Title}, punkt {a.Given.Item.NumberOrTitle}",
                entries.PlainText(step.By.Block.Text),
                step.Date));
        }));

    private static IEnumerable<Candidate> StatusChanges(IEnumerable<Activity> activities) =>
        activities.SelectMany(a => a.StatusHistory.Select(r =>
        {
            var url = UrlScheme.For(a) + "#" + r.Anchor;
            return new Candidate(r.Date, url, () => new FeedEntry(url, $"Status {r.Status}: {a.Title}",
                r.Comment ?? $"Aktiviteten har status {r.Status} från {SwedishDates.Long(r.Date)}.", r.Date));
        }));

    /// <summary>
    /// One entry per address, the first kept (a follow-up before the same block as a decision, so the entry says what it
    /// did to the assignment); newest first, equal dates in address order, at most as many as any feed holds.
    /// </summary>
    private static List<FeedEntry> Newest(IEnumerable<Candidate> candidates) =>
        candidates.DistinctBy(c => c.Url, StringComparer.Ordinal)
            .OrderByDescending(c => c.Date).ThenBy(c => c.Url, StringComparer.Ordinal)
            .Take(FeedEntries.MaxEntries).Select(c => c.Entry()).ToList();
}

/// <summary>Writes the feeds per goal and per municipality (<see cref="FollowUpFeeds"/>), every one even when empty, since pages link to them.</summary>
public sealed class FollowUpFeedGenerator : IOutputGenerator
{
    public string Root => FeedPaths.Folder;

    public IEnumerable<OutputFile> Generate(GeneratorContext context) =>
        new FollowUpFeeds(context.Site).All().Select(feed => new OutputFile(FeedPaths.FileFor(feed.Path), AtomWriter.Write(feed, context.BaseUrl)));
}
