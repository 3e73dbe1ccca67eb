namespace Sodertorn.Site.Feeds;

/// <summary>
/// Where the feeds live. Root-relative, like page URLs; the feeds themselves use absolute URLs. Layouts
/// write the same paths (theme/layouts/base.sbn, organ.sbn), and the link check holds them to it.
/// </summary>
public static class FeedPaths
{
    public const string All = "/flode/alla.xml";
    public const string Decisions = "/flode/beslut.xml";

    /// <summary>The feed of one organ's minutes. Organ ids are identifiers, so they are safe in a path.</summary>
    public static string ForOrgan(string organId) => $"/flode/{organId}.xml";

    /// <summary>The file in output/ that serves a feed path.</summary>
    public static string FileFor(string path) => path.TrimStart('/');
}
