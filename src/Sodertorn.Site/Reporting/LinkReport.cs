using Sodertorn.Site.Diagnostics;

namespace Sodertorn.Site.Reporting;

/// <summary>An external link, the pages it stands on, and — with --check-external — what its server answered.</summary>
public sealed record ExternalLink(string Url, IReadOnlyList<string> Pages, bool Checked, bool? Ok, int? Status, string? Error);

/// <summary>What a reader does with a finding: fix it, read it, or nothing (declared on purpose, or already read).</summary>
public enum FindingCategory
{
    Action,
    Note,
    Declared,
    Acknowledged,
}

/// <summary>One finding as the report shows it.</summary>
/// <param name="File">The path as in the repository ("input/…", "theme/…").</param>
/// <param name="New">Whether the published site's report lacked it; null when there was nothing to compare with.</param>
public sealed record ReportedFinding(Diagnostic Diagnostic, string Id, string File, FindingPlace Place, string? EditUrl, FindingCategory Category, bool ForDeveloper, bool? New)
{
    public Severity Severity => Diagnostic.Severity;

    public string Code => Diagnostic.Code;
}

/// <summary>What the report is made from besides the findings: the build, the comparison, the edit links.</summary>
public sealed record ReportContext(BuildInfo Build, Comparison Comparison, string? EditUrl)
{
    /// <summary>A build on someone's machine (the preview's): git's commit in <paramref name="folder"/>, compared with nothing.</summary>
    public static ReportContext Local(string siteUrl, string folder) =>
        new(BuildInfo.Resolve(new ReportSettings(), siteUrl, folder), Comparison.NotAsked, null);
}

/// <summary>
/// The link report of one build: every finding, and the external links. The same object is printed to
/// the console, written as JSON for CI and as an HTML page for comms, so the three never disagree.
/// </summary>
public sealed record LinkReport(bool Succeeded, IReadOnlyList<ReportedFinding> Findings, IReadOnlyList<ExternalLink> ExternalLinks, BuildInfo Build, Comparison Comparison)
{
    public const string Url = "/lankrapport/";
    public const string JsonFile = Output.OutputStaging.BuiltSiteMarker;
    public const string HtmlFile = "lankrapport/index.html";

    /// <summary>
    /// Findings sorted as the console prints them (file, line, column, code), each with its id, place and category;
    /// <paramref name="acknowledged"/>: the ids of the notes input/data/kvitterade.yml acknowledges.
    /// </summary>
    public static LinkReport Create(bool succeeded, IReadOnlyList<Diagnostic> sorted, IReadOnlyList<ExternalLink> external, ReportContext context,
        IReadOnlySet<string> acknowledged, Func<Diagnostic, FindingPlace> place)
    {
        var files = sorted.Select(d => FindingIds.DisplayPath(d.Location.File)).ToList();
        var ids = FindingIds.Assign(sorted.Select((d, i) => (d.Code, files[i], d.Target, d.Message)));
        var earlier = context.Comparison.Earlier.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var findings = sorted.Select((d, i) => new ReportedFinding(d, ids[i], files[i], place(d), EditLink(context.EditUrl, files[i]),
            Categorize(d, ids[i], acknowledged), FindingTexts.ForDeveloper(d, files[i]),
            context.Comparison.Compared ? !earlier.Contains(ids[i]) : null)).ToList();
        return new LinkReport(succeeded, findings, external, context.Build, context.Comparison);
    }

    public int Count(Severity severity) => Findings.Count(f => f.Severity == severity);

    public IEnumerable<ReportedFinding> In(params FindingCategory[] categories) => Findings.Where(f => categories.Contains(f.Category));

    public int NewCount => Findings.Count(f => f.New == true);

    /// <summary>Findings the published report had and this build no longer has.</summary>
    public IReadOnlyList<EarlierFinding> Resolved
    {
        get
        {
            var now = Findings.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
            return Comparison.Earlier.Where(e => !now.Contains(e.Id)).ToList();
        }
    }

    private static FindingCategory Categorize(Diagnostic finding, string id, IReadOnlySet<string> acknowledged) => finding.Severity switch
    {
        Severity.Warning when FindingTexts.Declared.ContainsKey(finding.Code) => FindingCategory.Declared,
        Severity.Info when acknowledged.Contains(id) => FindingCategory.Acknowledged,
        Severity.Info => FindingCategory.Note,
        _ => FindingCategory.Action,
    };

    /// <summary>The edit address of a file in the repository; none for a place that is not a file there.</summary>
    private static string? EditLink(string? template, string file) =>
        template is not null && (file.StartsWith("input/", StringComparison.Ordinal) || file.StartsWith("theme/", StringComparison.Ordinal)) && !file.Contains(' ')
            ? template.Replace("{path}", string.Join('/', file.Split('/').Select(Uri.EscapeDataString)), StringComparison.Ordinal)
            : null;
}
