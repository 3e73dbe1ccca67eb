using Sodertorn.Site.Domain;

namespace Sodertorn.Site.Linking;

/// <summary>How many of one year's activities have one status.</summary>
public sealed record StatusCount(string Status, int Count);

/// <summary>One plan year's activities counted by their latest status, every status listed (zero included), "ej angiven" last.</summary>
public sealed record YearRollup(int Year, int Total, IReadOnlyList<StatusCount> Counts);

/// <summary>
/// The roll-up of activity statuses: a set of activities (a goal's and its sub-goals', a plan's, a network's, a
/// municipality's) counted per plan year by each activity's latest status; an activity without a status counts as
/// "ej angiven". Each activity counts once, in the year of the plan it belongs to.
/// </summary>
public static class StatusRollup
{
    /// <summary>The statuses in the order they are shown: the lifecycle's, then none given.</summary>
    public static IReadOnlyList<string> Order { get; } = [.. Activity.Statuses, Activity.NoStatus];

    /// <summary>Newest year first; a year only when it has activities.</summary>
    public static IReadOnlyList<YearRollup> Of(IEnumerable<Activity> activities, LinkedSite site) =>
        activities
            .DistinctBy(a => a.Id, StringComparer.Ordinal)
            .GroupBy(a => site.Find<Plan>(a.Plan)?.Year ?? 0)
            .Where(g => g.Key > 0)
            .OrderByDescending(g => g.Key)
            .Select(g => Year(g.Key, g.ToList()))
            .ToList();

    public static YearRollup Year(int year, IReadOnlyList<Activity> activities) =>
        new(year, activities.Count, Order.Select(s => new StatusCount(s, activities.Count(a => (a.Status ?? Activity.NoStatus) == s))).ToList());

    /// <summary>The year of the newest plan: the "this year" of the roll-ups, null without plans.</summary>
    public static int? CurrentYear(LinkedSite site) => site.Plans.Count == 0 ? null : site.Plans.Max(p => p.Year);
}
