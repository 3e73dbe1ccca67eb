using Sodertorn.Site.Linking;
using Sodertorn.Site.Pipeline;

namespace Sodertorn.Site.Tests.Support;

/// <summary>
/// The valid fixture site with Fixtures/followup laid over it: minutes of 20 January and 12 April 2030 around the valid
/// site's 1 March, so that each way an assignment can go is there once — given and open, reported back, completed,
/// withdrawn and overdue (on 1 June 2030) — with a sub-goal and a municipality's activity whose status changed.
/// Built once per test run, without the search index, which none of its tests read.
/// </summary>
public static class FollowUpSite
{
    public static readonly DateOnly Today = TempSite.Today;

    private static readonly string Overlay = Path.Combine(Repository.Fixtures, "followup", "input");

    /// <summary>The site built as of <see cref="Today"/>, shared by the tests that only read it.</summary>
    public static SharedSite Built { get; } = new("followup", ContentFixture.ValidInput, site => Options(site, Today), Overlay);

    private static readonly Lazy<LinkedSite> LinkedSite = new(() => ContentFixture.Link(Built.Input).Site);

    /// <summary>Its input read and linked (no pages).</summary>
    public static LinkedSite Linked => LinkedSite.Value;

    /// <summary>A fresh copy of the follow-up site's input, for tests that change it.</summary>
    public static TempSite Create()
    {
        var site = TempSite.CopyOf("valid");
        TempSite.CopyDirectory(Overlay, site.Input, overwrite: true);
        return site;
    }

    public static BuildResult Build(TempSite site, DateOnly today) => new BuildPipeline(Options(site, today)).Run();

    private static BuildOptions Options(TempSite site, DateOnly today) =>
        site.Options() with { Today = today };
}
