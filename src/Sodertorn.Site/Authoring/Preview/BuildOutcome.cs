using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Pipeline;

namespace Sodertorn.Site.Authoring.Preview;

/// <summary>
/// What one rebuild (or its early part) did: whether the site in the preview folder is now the new one,
/// what it found, and which addresses changed, so that only the tabs showing them reload.
/// </summary>
/// <param name="Number">Counts rebuilds of this preview; the early and the complete outcome of one rebuild share it.</param>
/// <param name="Complete">False for the early outcome: the edited pages are written, the rest of the site follows.</param>
/// <param name="ChangedUrls">Addresses whose file was written or removed, e.g. "/protokoll/lg-2024-02-16/"; for a
/// failed rebuild, those its early part wrote and that were put back.</param>
public sealed record BuildOutcome(
    int Number,
    bool Succeeded,
    bool Complete,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<string> ChangedUrls,
    int Documents,
    int Pages,
    long Milliseconds,
    IReadOnlyList<StageTiming> Timings)
{
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.Severity == Severity.Error);

    /// <summary>The address a file of the site is served at: ".../index.html" is served as ".../".</summary>
    public static string UrlOf(string relativePath)
    {
        var path = "/" + relativePath.Replace('\\', '/');
        return path.EndsWith("/index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path;
    }
}
