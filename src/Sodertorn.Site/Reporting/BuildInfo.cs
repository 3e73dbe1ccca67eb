using System.Globalization;
using Sodertorn.Site.Tools;

namespace Sodertorn.Site.Reporting;

/// <summary>
/// What the link report says about the build and how it compares: given once per build, from the command line
/// (.ci/netlify-build maps Netlify's variables to it, the one place that reads them).
/// </summary>
public sealed record ReportSettings
{
    /// <summary>Netlify's deploy contexts the report names, and "local" for a build on someone's machine.</summary>
    public static readonly IReadOnlyList<string> Contexts = ["production", "deploy-preview", "branch-deploy", "local"];

    public string Context { get; init; } = "local";

    /// <summary>The commit built; when null, the build asks git for the commit checked out in the input folder.</summary>
    public string? Commit { get; init; }

    /// <summary>The production site's address: its /lankrapport/lankrapport.json is what "new" and "resolved" are measured against.</summary>
    public string? CompareWith { get; init; }

    /// <summary>How long the build waits for the production report; the fetch runs beside the build.</summary>
    public TimeSpan CompareTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The "Ändra" link of a finding: an address with {path} for the file's path ("input/…"); none when null.</summary>
    public string? EditUrl { get; init; }

    /// <summary>
    /// A failed build replaces output/ with a site that is only the report (deploy previews: Netlify publishes the folder
    /// only when the build command succeeds, and .ci/netlify-build then exits 0 so comms can read why).
    /// </summary>
    public bool PublishReportOnFailure { get; init; }
}

/// <summary>Which build this is: deterministic for a commit, since the date is the commit's, not the clock's.</summary>
/// <param name="Problem">Why commit or date are unknown, in Swedish (a build outside git), or null.</param>
public sealed record BuildInfo(string Context, string? Commit, DateTimeOffset? Date, string SiteUrl, string? Problem)
{
    /// <summary>The commit and its date from git in <paramref name="folder"/>; what is known without git when it cannot answer.</summary>
    public static BuildInfo Resolve(ReportSettings settings, string siteUrl, string folder)
    {
        var (commit, date, problem) = Git(folder, settings.Commit);
        return new BuildInfo(settings.Context, commit ?? settings.Commit, date, siteUrl, problem);
    }

    private static (string? Commit, DateTimeOffset? Date, string? Problem) Git(string folder, string? commit)
    {
        var result = ToolProcess.Git(folder, ["log", "-1", "--format=%H%n%cI", commit ?? "HEAD", "--"], TimeSpan.FromSeconds(10));
        if (result is null) return (null, null, "git finns inte på datorn; commit och datum är okända");
        if (result.TimedOut) return (null, null, "git svarade inte; commit och datum är okända");
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (result.ExitCode != 0 || lines.Length < 2
            || !DateTimeOffset.TryParse(lines[1], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return (null, null, commit is null ? "bygget gjordes utanför git; commit och datum är okända" : "git känner inte till commiten; datumet är okänt");
        return (lines[0], date, null);
    }
}
