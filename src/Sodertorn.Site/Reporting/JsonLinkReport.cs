using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Sodertorn.Site.Diagnostics;

namespace Sodertorn.Site.Reporting;

/// <summary>
/// The link report as JSON (schema: docs/link-report.md). Deterministic for a commit and the published report it was
/// compared with: the date is the commit's, and the order is fixed.
/// </summary>
public static class JsonLinkReport
{
    public const int Version = 2;

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        // Contracts generated at compile time: the shipped tool is compiled ahead of time, without reflection.
        TypeInfoResolver = LinkReportJson.Default,
    };

    public static string Write(LinkReport report)
    {
        var site = report.Build.SiteUrl.TrimEnd('/');
        var comparison = report.Comparison;
        return JsonSerializer.Serialize(
            new ReportFile(
                Version,
                report.Succeeded,
                new Build(report.Build.Context, report.Build.Commit, Date(report.Build.Date), report.Build.SiteUrl, report.Build.Problem),
                new ComparisonEntry(
                    comparison.Compared ? "compared" : comparison.Address is null ? "not-requested" : "unavailable",
                    comparison.Address, comparison.Problem, comparison.Commit, Date(comparison.Date),
                    comparison.Compared ? report.NewCount : null,
                    report.Resolved.Select(r => new ResolvedEntry(r.Id, r.Code, r.File, r.Message, r.PageUrl)).ToList()),
                new Counts(report.Count(Severity.Error), report.Count(Severity.Warning), report.Count(Severity.Info),
                    report.In(FindingCategory.Action).Count(), report.In(FindingCategory.Note).Count(),
                    report.In(FindingCategory.Declared, FindingCategory.Acknowledged).Count()),
                report.Findings.Select(f => new Finding(
                    f.Id,
                    f.Diagnostic.SeverityLabel,
                    f.Code,
                    Category(f.Category),
                    f.ForDeveloper ? "developer" : "kansli",
                    f.New,
                    f.File,
                    f.Diagnostic.Location.Line > 0 ? f.Diagnostic.Location.Line : null,
                    f.Diagnostic.Location.Column > 0 ? f.Diagnostic.Location.Column : null,
                    f.Place.Path is { } path ? site + path : null,
                    f.Place.Section,
                    f.EditUrl,
                    FindingTexts.Headline(f.Diagnostic),
                    f.Diagnostic.Message,
                    f.Diagnostic.Suggestion,
                    f.Diagnostic.Target)).ToList(),
                report.ExternalLinks.Select(e => new ExternalLinkEntry(e.Url, e.Pages, e.Checked, e.Ok, e.Status, e.Error)).ToList()),
            (JsonTypeInfo<ReportFile>)Options.GetTypeInfo(typeof(ReportFile))) + "\n";
    }

    public static string Category(FindingCategory category) => category switch
    {
        FindingCategory.Action => "action",
        FindingCategory.Note => "note",
        FindingCategory.Declared => "declared",
        _ => "acknowledged",
    };

    private static string? Date(DateTimeOffset? date) => date?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    // The file's shape, in the order docs/link-report.md lists its fields.
    internal sealed record ReportFile(int Version, bool Succeeded, Build Build, ComparisonEntry Comparison, Counts Counts, IReadOnlyList<Finding> Findings, IReadOnlyList<ExternalLinkEntry> ExternalLinks);

    internal sealed record Build(string Context, string? Commit, string? Date, string SiteUrl, string? Problem);

    internal sealed record ComparisonEntry(string Status, string? Against, string? Problem, string? Commit, string? Date, int? New, IReadOnlyList<ResolvedEntry> Resolved);

    internal sealed record ResolvedEntry(string Id, string Code, string File, string Message, string? PageUrl);

    internal sealed record Counts(int Error, int Warning, int Info, int Action, int Note, int NoAction);

    internal sealed record Finding(string Id, string Severity, string Code, string Category, string Who, bool? New, string File, int? Line, int? Column,
        string? PageUrl, string? Section, string? EditUrl, string Headline, string Message, string? Suggestion, string? Target);

    internal sealed record ExternalLinkEntry(string Url, IReadOnlyList<string> Pages, bool Checked, bool? Ok, int? Status, string? Error);
}

[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(JsonLinkReport.ReportFile))]
internal sealed partial class LinkReportJson : JsonSerializerContext;
