using Scriban.Runtime;
using Sodertorn.Site.Domain;
using Sodertorn.Site.Linking;

namespace Sodertorn.Site.Rendering;

/// <summary>
/// The assignments page (/uppdrag/): every assignment of the published minutes, open ones first (overdue ones first among
/// them), then the closed, each under its permanent anchor (its full id); then the same assignments by organ, by owner and
/// by municipality as lists of links to those anchors, so that a reader without JavaScript can find theirs.
/// </summary>
public static class AssignmentList
{
    public static ScriptObject Model(LinkedSite site, PageModels models)
    {
        var all = new FollowUpViews(site, models).All();
        var open = all.Where(a => a.Open).OrderByDescending(a => a.Overdue).ThenBy(a => a.Deadline ?? DateOnly.MaxValue).ThenBy(a => a.Date).ToList();
        var closed = all.Where(a => !a.Open).OrderByDescending(a => a.History[^1].Date).ToList();
        // Within each group as on the page: open before closed.
        var ordered = open.Concat(closed).ToList();
        var organOrder = site.Organs.Select((o, i) => (o.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        return new ScriptObject
        {
            ["title"] = "Uppdrag",
            ["description"] = "Uppdrag från Södertörnskommunernas publicerade minnesanteckningar och hur de har följts upp: öppna, försenade och avslutade, efter organ, ansvarig och kommun.",
            ["today"] = models.Today,
            ["open"] = open,
            ["closed"] = closed,
            ["overdue_count"] = open.Count(a => a.Overdue),
            ["by_organ"] = Groups("organ", ordered.GroupBy(a => a.OrganId, StringComparer.Ordinal)
                .OrderBy(g => organOrder.GetValueOrDefault(g.Key, int.MaxValue))
                .Select(g => (g.First().Organ, (IReadOnlyList<AssignmentView>)g.ToList()))),
            ["by_owner"] = Groups("ansvarig", ordered.GroupBy(a => a.OwnerName, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => (new LinkView(g.Key, null), (IReadOnlyList<AssignmentView>)g.ToList()))),
            ["by_municipality"] = Groups("kommun", site.Municipalities
                .Select(m => (models.Link(m.Id), (IReadOnlyList<AssignmentView>)ordered.Where(a => a.MunicipalityIds.Contains(m.Id)).ToList()))
                .Where(x => x.Item2.Count > 0)),
        };
    }

    /// <summary>Each group's heading (with its counts) and its assignments; its anchor made from the heading, so it is readable, and unique.</summary>
    private static List<object> Groups(string prefix, IEnumerable<(LinkView Title, IReadOnlyList<AssignmentView> Assignments)> groups)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<object>();
        foreach (var (title, list) in groups)
        {
            var id = $"{prefix}-{Content.Identifier.Suggest(title.Title)}";
            for (var n = 2; !ids.Add(id); n++) id = $"{prefix}-{Content.Identifier.Suggest(title.Title)}-{n}";
            var open = list.Count(a => a.Open);
            result.Add(new { id, title, count = $"{list.Count} uppdrag, {open} {(open == 1 ? "öppet" : "öppna")}", assignments = list });
        }
        return result;
    }
}
