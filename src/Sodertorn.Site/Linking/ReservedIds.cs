namespace Sodertorn.Site.Linking;

/// <summary>
/// Identifiers an author may not give, because the build writes that address itself: a page's id is its top-level
/// folder (/sok/, /flode/ …), and an organ's id names its feed beside the site-wide ones (/flode/alla.xml). Derived from
/// the route table and the generators (Pipeline/SiteRoutes), never listed by hand.
/// </summary>
public sealed record ReservedIds(IReadOnlySet<string> PageIds, IReadOnlySet<string> OrganIds)
{
    public static ReservedIds None { get; } = new(new HashSet<string>(), new HashSet<string>());
}
