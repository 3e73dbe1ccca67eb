using Scriban.Runtime;
using Sodertorn.Site.Domain;
using Sodertorn.Site.Linking;

namespace Sodertorn.Site.Rendering;

/// <summary>
/// The decision register (beslutsregister): every decision of every published meeting, newest first.
/// /beslut/ lists organs and years with counts; each organ and year has a page of its own
/// (/beslut/ledningsgruppen/2023/), so that no page grows with the whole archive.
/// </summary>
public static class DecisionRegister
{
    public const string Url = "/beslut/";

    /// <summary>One organ's decisions in one year, as the meetings hold them (newest meeting first).</summary>
    public sealed record OrganYear(string Organ, int Year, IReadOnlyList<Meeting> Meetings)
    {
        public int DecisionCount => Meetings.Sum(m => m.AgendaItems.Sum(i => i.Decisions.Count));

        public string Url => YearUrl(Organ, Year);
    }

    public static string YearUrl(string organ, int year) => $"{DecisionRegister.Url}{organ}/{year}/";

    /// <summary>Organ and year pairs that have at least one decision, organs in the site's order, years newest first.</summary>
    public static IReadOnlyList<OrganYear> Years(LinkedSite site) =>
        site.Organs
            .SelectMany(o => site.Graph.Get(site.Graph.MeetingsByOrgan, o.Id)
                .GroupBy(m => m.Date.Year)
                .Select(y => new OrganYear(o.Id, y.Key, y.ToList())))
            .Where(y => y.DecisionCount > 0)
            .ToList();

    /// <summary>/beslut/: organs and years with their counts.</summary>
    public static ScriptObject Index(IReadOnlyList<OrganYear> years, PageModels models) => new()
    {
        ["title"] = "Beslut",
        ["description"] = "Alla beslut i Södertörnskommunernas publicerade minnesanteckningar, efter organ och år.",
        ["total"] = years.Sum(y => y.DecisionCount),
        ["organs"] = years.GroupBy(y => y.Organ, StringComparer.Ordinal)
            .Select(g => new
            {
                id = g.Key,
                organ = models.Link(g.Key),
                total = g.Sum(y => y.DecisionCount),
                years = g.Select(y => new { year = y.Year, url = y.Url, count = y.DecisionCount, meetings = y.Meetings.Count }).ToList(),
            })
            .ToList(),
    };

    /// <summary>One organ's decisions in one year.</summary>
    public static ScriptObject Year(OrganYear year, IReadOnlyList<OrganYear> all, PageModels models)
    {
        var organ = models.Link(year.Organ);
        var siblings = all.Where(y => y.Organ == year.Organ).ToList();
        var position = siblings.IndexOf(year);
        return new ScriptObject
        {
            ["title"] = $"Beslut i {organ.Title} {year.Year}",
            ["crumb_title"] = $"{organ.Title} {year.Year}",
            ["crumbs"] = new[] { ListPages.Decisions },
            ["description"] = $"Alla beslut i {organ.Title}s publicerade minnesanteckningar från {year.Year}, det senaste först.",
            ["organ"] = organ,
            ["year"] = year.Year,
            ["count"] = year.DecisionCount,
            // Years are newest first: the one before in the list is the newer year.
            ["newer"] = position > 0 ? new LinkView(siblings[position - 1].Year.ToString(System.Globalization.CultureInfo.InvariantCulture), siblings[position - 1].Url) : null,
            ["older"] = position < siblings.Count - 1 ? new LinkView(siblings[position + 1].Year.ToString(System.Globalization.CultureInfo.InvariantCulture), siblings[position + 1].Url) : null,
            ["meetings"] = year.Meetings
                .Where(m => m.AgendaItems.Any(i => i.Decisions.Count > 0))
                .Select(m => new
                {
                    id = m.Id,
                    link = models.Link(m.Id),
                    date = m.Date,
                    decisions = m.AgendaItems.SelectMany(i => i.Decisions.Select(d => models.Decision(m, i, d))).ToList(),
                })
                .ToList(),
        };
    }
}
