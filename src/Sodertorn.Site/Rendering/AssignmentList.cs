using System.Globalization;
using Scriban.Runtime;
using Sodertorn.Site.Linking;

namespace Sodertorn.Site.Rendering;

/// <summary>
/// The assignments pages. /uppdrag/: every open assignment (overdue ones first) and the most recently closed, a line each,
/// the years with their counts, and how the status is derived. /uppdrag/&lt;year&gt;/: every assignment given that year, open first,
/// then closed, then by organ, owner and municipality as links, each under its permanent anchor (its full id: the year
/// an assignment was given never changes). Split by year, like the decision register, so that no page grows with the
/// whole archive; the index grows only with what is open.
/// </summary>
public static class AssignmentList
{
    /// <summary>How many of the latest closed assignments the index shows; the year pages have them all.</summary>
    public const int RecentlyClosed = 20;

    /// <summary>
    /// How many open assignments the index shows, overdue first: a site whose minutes stop following up would otherwise
    /// grow the page without end (3.4 MB at 3 000 synthetic meetings, where nothing is ever closed); the year pages have them all.
    /// </summary>
    public const int OpenShown = 100;

    /// <summary>The assignments of one year, in the order they were given.</summary>
    public sealed record AssignmentYear(int Year, IReadOnlyList<TrackedAssignment> Assignments)
    {
        public string Url => UrlScheme.AssignmentsOf(Year);
    }


    /// <summary>Newest year first; only years with assignments.</summary>
    public static IReadOnlyList<AssignmentYear> Years(LinkedSite site) =>
        site.Graph.Assignments.All.GroupBy(a => a.Given.Meeting.Date.Year).OrderByDescending(g => g.Key)
            .Select(g => new AssignmentYear(g.Key, g.ToList())).ToList();

    public static ScriptObject Index(LinkedSite site, IReadOnlyList<AssignmentYear> years, PageModels models)
    {
        var views = new FollowUpViews(site, models);
        var ledger = site.Graph.Assignments;
        var allOpen = ledger.All.Where(a => a.IsOpen).ToList();
        // Ordered as Open orders the views, so that only the assignments shown are made into views.
        var open = allOpen.OrderByDescending(a => a.IsOverdue(models.Today)).ThenBy(a => a.Deadline ?? DateOnly.MaxValue)
            .ThenBy(a => a.Given.Meeting.Date).Take(OpenShown).Select(views.Assignment).ToList();
        var closed = ledger.All.Where(a => !a.IsOpen).OrderByDescending(a => a.Closure!.Date).ThenBy(a => a.Id, StringComparer.Ordinal)
            .Take(RecentlyClosed).Select(views.Assignment).ToList();
        return new ScriptObject
        {
            ["title"] = "Uppdrag",
            ["description"] = "Uppdrag från Södertörnskommunernas publicerade minnesanteckningar och hur de har följts upp: öppna, försenade och avslutade, per år, organ, ansvarig och kommun.",
            ["today"] = models.Today,
            ["open"] = open,
            ["open_count"] = allOpen.Count,
            ["overdue_count"] = allOpen.Count(a => a.IsOverdue(models.Today)),
            ["closed"] = closed,
            ["closed_count"] = ledger.All.Count(a => !a.IsOpen),
            ["total"] = ledger.All.Count,
            ["years"] = years.Select(y => new
            {
                year = y.Year,
                url = y.Url,
                open = y.Assignments.Count(a => a.IsOpen),
                overdue = y.Assignments.Count(a => a.IsOverdue(models.Today)),
                closed = y.Assignments.Count(a => !a.IsOpen),
            }).ToList(),
        };
    }

    public static ScriptObject Year(AssignmentYear year, IReadOnlyList<AssignmentYear> all, LinkedSite site, PageModels models)
    {
        var views = new FollowUpViews(site, models);
        var assignments = year.Assignments.Select(views.Assignment).ToList();
        var open = Open(assignments);
        var closed = assignments.Where(a => !a.Open).ToList();
        var ordered = open.Concat(closed).ToList();
        var position = all.ToList().IndexOf(year);
        var organOrder = site.Organs.Select((o, i) => (o.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        string Label(int y) => y.ToString(CultureInfo.InvariantCulture);
        return new ScriptObject
        {
            ["title"] = $"Uppdrag {Label(year.Year)}",
            ["crumb_title"] = Label(year.Year),
            ["crumbs"] = new[] { ListPages.Assignments },
            ["description"] = $"Uppdrag som gavs {Label(year.Year)} i Södertörnskommunernas publicerade minnesanteckningar och hur de har följts upp.",
            ["year"] = year.Year,
            ["open"] = open,
            ["closed"] = closed,
            ["overdue_count"] = open.Count(a => a.Overdue),
            // Years are newest first: the one before in the list is the newer year.
            ["newer"] = position > 0 ? new LinkView(Label(all[position - 1].Year), all[position - 1].Url) : null,
            ["older"] = position < all.Count - 1 ? new LinkView(Label(all[position + 1].Year), all[position + 1].Url) : null,
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

    /// <summary>Open assignments: overdue first, then by deadline (none last), then as given.</summary>
    private static List<AssignmentView> Open(IEnumerable<AssignmentView> assignments) =>
        assignments.Where(a => a.Open).OrderByDescending(a => a.Overdue).ThenBy(a => a.Deadline ?? DateOnly.MaxValue).ThenBy(a => a.Date).ToList();

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
