using Sodertorn.Site.Linking;

namespace Sodertorn.Site.OpenData;

/// <summary>
/// References as the open data may show them: published things and documents declared as existing but
/// unpublished. A draft's id is left out, so that a draft leaves no trace in the data.
/// </summary>
public static class PublicIds
{
    public static IReadOnlyList<string> Of(LinkedSite site, IEnumerable<string> ids) =>
        ids.Where(id => IsPublic(site, id)).Distinct(StringComparer.Ordinal).ToList();

    public static string? Of(LinkedSite site, string? id) => id is not null && IsPublic(site, id) ? id : null;

    // Declared unpublished documents have no kind in the index; drafts (and their parts) have a kind but no URL.
    private static bool IsPublic(LinkedSite site, string id) => site.Index.Find(id) is { } entry && (entry.Published || entry.Kind is null);
}
