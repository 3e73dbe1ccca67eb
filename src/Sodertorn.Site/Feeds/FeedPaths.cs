namespace Sodertorn.Site.Feeds;

/// <summary>
/// Where the feeds live. Root-relative, like page URLs; the feeds themselves use absolute URLs. Layouts
/// write the same paths (theme/layouts/base.sbn, organ.sbn), and the link check holds them to it.
/// </summary>
public static class FeedPaths
{
    public const string Folder = "flode";
    public const string All = "/" + Folder + "/alla.xml";
    public const string Decisions = "/" + Folder + "/beslut.xml";

    /// <summary>The feed of one organ's minutes. Organ ids are identifiers, so they are safe in a path.</summary>
    public static string ForOrgan(string organId) => $"/{Folder}/{organId}.xml";

    /// <summary>Decisions, assignments and status changes that concern a goal (Feeds/FollowUpFeeds), in a folder of their own.</summary>
    public static string ForGoal(string goalId) => $"/{Folder}/mal/{goalId}.xml";

    /// <summary>Decisions, assignments and status changes that concern a municipality.</summary>
    public static string ForMunicipality(string municipalityId) => $"/{Folder}/kommuner/{municipalityId}.xml";

    /// <summary>A feed's name without folder and extension: "alla" for /flode/alla.xml.</summary>
    public static string NameOf(string path) => Path.GetFileNameWithoutExtension(path);

    /// <summary>The file in output/ that serves a feed path.</summary>
    public static string FileFor(string path) => path.TrimStart('/');
}
