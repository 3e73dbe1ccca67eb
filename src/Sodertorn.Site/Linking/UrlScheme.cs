using Sodertorn.Site.Domain;

namespace Sodertorn.Site.Linking;

/// <summary>
/// Permanent URLs depend only on an entity's kind and hand-written id, never on where its file lies,
/// so moving or renaming a file keeps every published address.
/// </summary>
public static class UrlScheme
{
    /// <summary>Section folders of generated list pages; a page may not take one of these as its id.</summary>
    public static readonly IReadOnlyDictionary<TargetKind, string> Sections = new Dictionary<TargetKind, string>
    {
        [TargetKind.Meeting] = "protokoll",
        [TargetKind.Plan] = "planer",
        [TargetKind.Activity] = "aktiviteter",
        [TargetKind.Goal] = "mal",
        [TargetKind.Network] = "natverk",
        [TargetKind.Organ] = "organisation",
        [TargetKind.Municipality] = "kommuner",
    };

    public const string StartPageId = "start";

    /// <summary>Names of the site-wide feeds in /flode/, which an organ's own feed would overwrite.</summary>
    public static readonly IReadOnlySet<string> ReservedOrganIds = new HashSet<string>(StringComparer.Ordinal) { "alla", "beslut" };

    /// <summary>Top-level folders the build itself writes; a page with one of these ids would be overwritten.</summary>
    public static readonly IReadOnlySet<string> ReservedPageIds = new HashSet<string>(StringComparer.Ordinal)
    {
        "protokoll", "beslut", "planer", "aktiviteter", "mal", "natverk", "kommuner",
        "lankrapport", "flode", "kalender", "data", "sok", "assets", "filer", "pagefind",
    };

    public static string For(Entity entity) => For(entity.Kind, entity.Id);

    public static string For(TargetKind kind, string id) =>
        kind == TargetKind.Page
            ? id == StartPageId ? "/" : $"/{id}/"
            : $"/{Sections[kind]}/{id}/";

    public static string Section(TargetKind kind) => $"/{Sections[kind]}/";

    /// <summary>The file in output/ that serves a root-relative URL ending in '/'.</summary>
    public static string FileFor(string url) => url.TrimStart('/') + "index.html";
}
