using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Domain;
using Sodertorn.Site.Linking;

namespace Sodertorn.Site.Validation;

/// <summary>The goal tree must be a tree: no cycles, each goal one level below its parent's level or deeper.</summary>
public sealed class GoalTreeRules : IValidationRule
{
    public void Check(ValidationContext context)
    {
        var (site, diagnostics) = (context.Site, context.Diagnostics);
        var goals = site.Goals.ToDictionary(g => g.Id, StringComparer.Ordinal);
        var levels = Goal.Levels.ToList();
        foreach (var goal in site.Goals)
        {
            if (goal.Parent is not null && goals.TryGetValue(goal.Parent, out var parent) &&
                levels.Contains(goal.Level) && levels.Contains(parent.Level) &&
                levels.IndexOf(parent.Level) >= levels.IndexOf(goal.Level))
                diagnostics.Error("goal-level", goal.Source,
                    $"målet '{goal.Id}' ({goal.Level}) kan inte ligga under '{parent.Id}' ({parent.Level})",
                    "ett mål ligger under ett mål på en högre nivå: vision → fokusområde → övergripande mål → långsiktigt mål → delmål");

            var seen = new HashSet<string>(StringComparer.Ordinal) { goal.Id };
            for (var current = goal; current.Parent is not null && goals.TryGetValue(current.Parent, out var up); current = up)
            {
                if (seen.Add(up.Id)) continue;
                diagnostics.Error("goal-cycle", goal.Source, $"målträdet går i cirkel: {string.Join(" → ", seen)} → {up.Id}",
                    "ändra 'förälder' så att varje kedja slutar i visionen");
                break;
            }
        }
    }
}
