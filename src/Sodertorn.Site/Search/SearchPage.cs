using Scriban.Runtime;
using Sodertorn.Site.Domain;
using Sodertorn.Site.Linking;
using Sodertorn.Site.Rendering;

namespace Sodertorn.Site.Search;

/// <summary>A value of the typ filter and how the search page names it.</summary>
public sealed record SearchType(string Value, string Label);

/// <summary>
/// The search page at /sok/ (theme/layouts/search.sbn). Its filter choices are exactly the values the
/// index holds — organs and networks that answer for something, years with documents, municipalities present
/// at a meeting — so that every choice can give results and none needs Pagefind's filter files to be listed.
/// </summary>
public static class SearchPage
{
    public const string Url = "/sok/";

    public static readonly IReadOnlyList<SearchType> Types =
    [
        new("protokoll", "Protokoll"),
        new(SearchKeys.DecisionType, "Beslut"),
        new("aktivitet", "Aktiviteter"),
        new("mål", "Mål"),
        new("plan", "Verksamhetsplaner"),
        new("sida", "Övriga sidor"),
    ];

    public static PageJob Job(LinkedSite site) => new(Url, "search", null, () => Model(site));

    public static ScriptObject Model(LinkedSite site) => new()
    {
        ["title"] = "Sök",
        ["description"] = "Sök bland Södertörnskommunernas minnesanteckningar, beslut, aktiviteter, mål och verksamhetsplaner.",
        ["types"] = Types,
        ["organs"] = Organs(site),
        ["years"] = site.Meetings.Select(m => m.Date.Year).Concat(site.Plans.Select(p => p.Year)).Distinct().OrderDescending().ToList(),
        ["municipalities"] = site.Meetings.SelectMany(m => m.Participants).Select(p => p.Municipality).OfType<string>()
            .Distinct(StringComparer.Ordinal).Select(id => site.Find<Municipality>(id)?.Name ?? id).Order(StringComparer.Ordinal).ToList(),
    };

    /// <summary>Who a document belongs to, as the layouts tag it: a meeting's organ, a plan's adopting organ, an activity's or goal's owner.</summary>
    private static List<string> Organs(LinkedSite site) =>
        site.Meetings.Select(m => m.Organ)
            .Concat(site.Plans.Select(p => p.AdoptedBy))
            .Concat(site.Activities.Select(a => a.Responsible))
            .Concat(site.Goals.Select(g => g.Network))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Select(id => site.Index.Find(id)?.Title)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
}
