using Sodertorn.Site.Diagnostics;

namespace Sodertorn.Site.Reporting;

/// <summary>An external link, the pages it stands on, and — with --check-external — what its server answered.</summary>
public sealed record ExternalLink(string Url, IReadOnlyList<string> Pages, bool Checked, bool? Ok, int? Status, string? Error);

/// <summary>
/// The link report of one build: every finding, and the external links. The same object is printed to
/// the console, written as JSON for CI and as an HTML page for comms, so the three never disagree.
/// </summary>
public sealed record LinkReport(bool Succeeded, IReadOnlyList<Diagnostic> Findings, IReadOnlyList<ExternalLink> ExternalLinks)
{
    public const string Url = "/lankrapport/";
    public const string JsonFile = Output.OutputStaging.BuiltSiteMarker;
    public const string HtmlFile = "lankrapport/index.html";

    public int Count(Severity severity) => Findings.Count(f => f.Severity == severity);
}
