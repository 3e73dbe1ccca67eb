using Sodertorn.Site.Linking;
using Sodertorn.Site.Pipeline;

namespace Sodertorn.Site.Tests.Support;

/// <summary>
/// The valid fixture site with Fixtures/followup laid over it: minutes of 20 January and 12 April 2030 around the valid
/// site's 1 March, so that each way an assignment can go is there once — given and open, reported back, completed,
/// withdrawn and overdue (on 1 June 2030) — with a sub-goal and a municipality's activity whose status changed.
/// Built without the search index, which none of its tests read.
/// </summary>
public sealed class FollowUpSite : IDisposable
{
    public static readonly DateOnly Today = new(2030, 6, 1);

    public FollowUpSite()
    {
        Site = Create();
        Result = Build(Site, Today);
        Assert.True(Result.Succeeded, string.Join("\n", Result.Diagnostics));
        (Linked, _) = ContentFixture.Link(Site.Input);
    }

    public TempSite Site { get; }

    public BuildResult Result { get; }

    public LinkedSite Linked { get; }

    public string Read(string relativePath) => Site.ReadOutput(relativePath);

    /// <summary>A fresh copy of the follow-up site's input, for tests that change it.</summary>
    public static TempSite Create()
    {
        var site = TempSite.CopyOf("valid");
        TempSite.CopyDirectory(Path.Combine(Repository.Fixtures, "followup", "input"), site.Input, overwrite: true);
        return site;
    }

    public static BuildResult Build(TempSite site, DateOnly today) =>
        new BuildPipeline(new BuildOptions(site.Input, Repository.Theme, site.Output, "https://example.test", false, today) { BuildSearchIndex = false }).Run();

    public void Dispose() => Site.Dispose();
}
