namespace Sodertorn.Site.Search;

/// <summary>
/// The names the search index uses for filters, metadata and sorting. The layouts write them in their
/// data-pagefind-* attributes (theme/partials/search_tags.sbn) and theme/assets/sok.js reads them.
/// </summary>
public static class SearchKeys
{
    public const string Type = "typ";
    public const string Organ = "organ";
    public const string Year = "år";
    public const string Municipality = "kommun";

    /// <summary>Metadata and sort key: the document's date as yyyy-MM-dd.</summary>
    public const string Date = "datum";

    /// <summary>
    /// The type value of decisions. A decision has no page of its own: minutes with decisions carry this value
    /// besides "protokoll", and the search page shows each decision found in them as a result at its anchor.
    /// </summary>
    public const string DecisionType = "beslut";
}
