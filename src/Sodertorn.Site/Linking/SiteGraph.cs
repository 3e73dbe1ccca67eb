using Sodertorn.Site.Domain;

namespace Sodertorn.Site.Linking;

/// <summary>A decision together with the meeting and agenda item where it was taken.</summary>
public sealed record DecisionInMeeting(Meeting Meeting, AgendaItem Item, Decision Decision)
{
    // Made once: the graph keys, deduplicates and sorts by it, and pages link to it.
    public string Id { get; } = Meeting.Id + "/" + Decision.LocalId;

    /// <summary>Its place in the minutes.</summary>
    public string Url => UrlScheme.For(Meeting) + "#" + Decision.LocalId;
}

/// <summary>
/// The cross-links both ways: what acts on what, which activities serve which goal, which goals sit
/// under which. Built once after linking; pages read it to show history and back-links.
/// </summary>
public sealed class SiteGraph
{
    public required IReadOnlyDictionary<string, IReadOnlyList<DecisionInMeeting>> DecisionsActingOn { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<Activity>> ActivitiesByGoal { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<Activity>> ActivitiesByPlan { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<Goal>> ChildGoals { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<Meeting>> MeetingsByOrgan { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<Meeting>> MeetingsByMunicipality { get; init; }
    public required IReadOnlyDictionary<string, DecisionInMeeting> Decisions { get; init; }

    /// <summary>Every assignment with what later minutes say about it.</summary>
    public required AssignmentLedger Assignments { get; init; }

    public static SiteGraph Build(IReadOnlyList<Meeting> meetings, IReadOnlyList<Activity> activities, IReadOnlyList<Goal> goals,
        IReadOnlyList<Municipality> municipalities)
    {
        var decisions = meetings
            .SelectMany(m => m.AgendaItems.SelectMany(i => i.Decisions.Select(d => new DecisionInMeeting(m, i, d))))
            // A decision id written twice in one meeting was reported by its reader (id-duplicate); the id names the
            // first, as in the linker's index. Without this the link stage crashed on it (found by fuzzing).
            .DistinctBy(d => d.Id, StringComparer.Ordinal)
            .ToDictionary(d => d.Id, StringComparer.Ordinal);

        // Deduplicated by decision id: record equality would compare whole meetings, bodies included.
        var actingOn = new Dictionary<string, List<DecisionInMeeting>>(StringComparer.Ordinal);
        var seen = new HashSet<(string Target, string Decision)>();
        void Add(string target, DecisionInMeeting decision)
        {
            if (!seen.Add((target, decision.Id))) return;
            if (!actingOn.TryGetValue(target, out var list)) actingOn[target] = list = [];
            list.Add(decision);
        }
        foreach (var decision in decisions.Values)
            foreach (var target in decision.Decision.ActsOn) Add(target, decision);
        foreach (var activity in activities)
            foreach (var id in activity.Decisions)
                if (decisions.TryGetValue(id, out var decision)) Add(activity.Id, decision);

        return new SiteGraph
        {
            Decisions = decisions,
            Assignments = AssignmentLedger.Build(meetings, municipalities),
            DecisionsActingOn = actingOn.ToDictionary(
                kv => kv.Key,
                kv => (IReadOnlyList<DecisionInMeeting>)kv.Value.OrderBy(d => d.Meeting.Date).ThenBy(d => d.Id, StringComparer.Ordinal).ToList(),
                StringComparer.Ordinal),
            ActivitiesByGoal = Group(activities, a => a.Goal),
            ActivitiesByPlan = Group(activities, a => a.Plan),
            ChildGoals = Group(goals.Where(g => g.Parent is not null), g => g.Parent!),
            MeetingsByOrgan = Group(meetings.OrderByDescending(m => m.Date), m => m.Organ),
            MeetingsByMunicipality = meetings
                .OrderByDescending(m => m.Date)
                .SelectMany(m => m.Participants.Where(p => p.Municipality is not null).Select(p => p.Municipality!).Distinct().Select(k => (Municipality: k, Meeting: m)))
                .GroupBy(x => x.Municipality, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<Meeting>)g.Select(x => x.Meeting).ToList(), StringComparer.Ordinal),
        };
    }

    /// <summary>A goal and every goal under it, each once, nearest first (a cycle, reported by the goal tree's rule, ends the walk).</summary>
    public IReadOnlyList<string> GoalSubtree(string goalId)
    {
        var seen = new List<string>();
        var queue = new Queue<string>([goalId]);
        while (queue.Count > 0)
        {
            var current = queue.Dequeue();
            if (seen.Contains(current)) continue;
            seen.Add(current);
            foreach (var child in Get(ChildGoals, current)) queue.Enqueue(child.Id);
        }
        return seen;
    }

    /// <summary>The activities of a goal and of every goal under it.</summary>
    public IReadOnlyList<Activity> ActivitiesUnder(string goalId) => GoalSubtree(goalId).SelectMany(g => Get(ActivitiesByGoal, g)).ToList();

    public IReadOnlyList<T> Get<T>(IReadOnlyDictionary<string, IReadOnlyList<T>> map, string id) =>
        map.TryGetValue(id, out var list) ? list : [];

    private static Dictionary<string, IReadOnlyList<T>> Group<T>(IEnumerable<T> items, Func<T, string> key) =>
        items.GroupBy(key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (IReadOnlyList<T>)g.ToList(), StringComparer.Ordinal);
}
