using Sodertorn.Site.Domain;
using Sodertorn.Site.Linking;

namespace Sodertorn.Site.Validation;

/// <summary>
/// Traceability goal → activity → decision → meeting: activities that no decision adopted or acted on,
/// goals the newest plan does not work towards, and planned meetings whose minutes are missing.
/// </summary>
public sealed class CrossLinkRules : IValidationRule
{
    private static readonly string[] WorkingLevels = ["övergripande mål", "långsiktigt mål", "delmål"];

    public void Check(ValidationContext context)
    {
        UndecidedActivities(context);
        UncoveredGoals(context);
        PassedMeetingsWithoutMinutes(context);
    }

    private static void UndecidedActivities(ValidationContext context)
    {
        var site = context.Site;
        foreach (var activity in site.Activities)
        {
            var plan = site.Find<Plan>(activity.Plan);
            var adoptedWithPlan = plan is not null && plan.AdoptingDecisions.Count > 0;
            var actedOn = site.Graph.Get(site.Graph.DecisionsActingOn, activity.Id).Count > 0 || activity.Decisions.Count > 0;
            if (adoptedWithPlan || actedOn) continue;
            context.Diagnostics.Warning("activity-undecided", activity.Source,
                $"aktiviteten '{activity.Id}' har inget beslut: varken planen den står i eller något protokoll har beslutat om den",
                $"ange planens beslut i 'beslut:' i {plan?.Id ?? "planen"}, eller skriv avser=\"{activity.Id}\" på beslutet i protokollet",
                activity.Id);
        }
    }

    private static void UncoveredGoals(ValidationContext context)
    {
        var site = context.Site;
        var newest = site.Plans.OrderByDescending(p => p.Year).FirstOrDefault();
        if (newest is null) return;
        var covered = site.Activities.Where(a => a.Plan == newest.Id).Select(a => a.Goal).ToHashSet(StringComparer.Ordinal);
        foreach (var goal in site.Goals.Where(g => WorkingLevels.Contains(g.Level)))
        {
            if (Subtree(goal, site).Any(g => covered.Contains(g.Id))) continue;
            // About the goal in this plan: next year's plan without an activity for it is a new finding, not one that
            // an acknowledgement of this year's already covers (the target, not the message, makes the finding's id).
            context.Diagnostics.Info("goal-uncovered", goal.Source,
                $"målet '{goal.Title}' har ingen aktivitet i {newest.Title}",
                "en uppgift för planeringen, inget fel i texten", $"{goal.Id} {newest.Id}");
        }
    }

    private static void PassedMeetingsWithoutMinutes(ValidationContext context)
    {
        var site = context.Site;
        var held = site.Meetings.Select(m => (m.Organ, m.Date)).ToHashSet();
        foreach (var plan in site.Plans)
        {
            foreach (var entry in plan.Calendar.Where(e => e.Date < context.Today && !held.Contains((e.Organ, e.Date))))
            {
                var organ = site.Find<Organ>(entry.Organ)?.Title ?? entry.Organ;
                context.Diagnostics.Info("minutes-missing", entry.Source,
                    $"{organ} skulle enligt kalendariet mötas {SwedishDates.Long(entry.Date)}, men inga minnesanteckningar är publicerade",
                    "publicera minnesanteckningarna när de är justerade", $"{entry.Organ} {entry.Date:yyyy-MM-dd}");
            }
        }
    }

    private static IEnumerable<Goal> Subtree(Goal goal, LinkedSite site)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<Goal>([goal]);
        while (queue.Count > 0)
        {
            var current = queue.Dequeue();
            if (!seen.Add(current.Id)) continue;
            yield return current;
            foreach (var child in site.Graph.Get(site.Graph.ChildGoals, current.Id)) queue.Enqueue(child);
        }
    }
}
