using Scriban.Runtime;
using Sodertorn.Site.Domain;
using Sodertorn.Site.Linking;

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
    public const string Url = UrlScheme.SearchPage;

    public static readonly IReadOnlyList<SearchType> Types =
    [
        new("protokoll", "Minnesanteckningar"),
        new(SearchKeys.DecisionType, "Beslut"),
        new("aktivitet", "Aktiviteter"),
        new("mål", "Mål"),
        new("plan", "Verksamhetsplaner"),
        new("kommun", "Kommuner"),
        new("organ", "Organ"),
        new("nätverk", "Nätverk"),
        new("sida", "Övriga sidor"),
    ];

    /// <summary>How the index is split, from the year each dated page is tagged with (theme/partials/search_tags.sbn).</summary>
    public static SearchBundles Bundles(LinkedSite site, int maxBundlePages) =>
        SearchBundles.Plan(
            site.Meetings.Select(m => m.Date.Year)
                .Concat(site.Plans.Select(p => p.Year))
                .Concat(site.Activities.Select(a => site.Find<Plan>(a.Plan)?.Year).OfType<int>()),
            maxBundlePages);

    public static ScriptObject Model(LinkedSite site, SearchBundles bundles) => new()
    {
        // The search page searches the main bundle; it adds the archive's when asked (theme/assets/sok.js).
        ["archive_from"] = bundles.Archives.Count > 0 ? bundles.Main.From : null,
        ["archive_to"] = bundles.Archives.Count > 0 ? bundles.Archives[^1].To : null,
        ["archive_first"] = bundles.Archives.Count > 0 ? bundles.Archives[0].From : null,
        ["archive_spans"] = bundles.Archives.Select(b => b.Span).ToList(),
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
