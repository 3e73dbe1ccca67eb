using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Sodertorn.Site.Diagnostics;

namespace Sodertorn.Site.Reporting;

/// <summary>The link report as JSON (schema: docs/link-report.md). Deterministic: no timestamps, fixed order.</summary>
public static class JsonLinkReport
{
    public const int Version = 1;

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        // Contracts generated at compile time: the shipped tool is compiled ahead of time, without reflection.
        TypeInfoResolver = LinkReportJson.Default,
    };

    public static string Write(LinkReport report) => JsonSerializer.Serialize(
        new ReportFile(
            Version,
            report.Succeeded,
            new Counts(report.Count(Severity.Error), report.Count(Severity.Warning), report.Count(Severity.Info)),
            report.Findings.Select(f => new Finding(
                f.SeverityLabel,
                f.Code,
                f.Location.File,
                f.Location.Line > 0 ? f.Location.Line : null,
                f.Location.Column > 0 ? f.Location.Column : null,
                f.Message,
                f.Suggestion,
                f.Target)).ToList(),
            report.ExternalLinks.Select(e => new ExternalLinkEntry(e.Url, e.Pages, e.Checked, e.Ok, e.Status, e.Error)).ToList()),
        (JsonTypeInfo<ReportFile>)Options.GetTypeInfo(typeof(ReportFile))) + "\n";

    // The file's shape, in the order docs/link-report.md lists its fields.
    internal sealed record ReportFile(int Version, bool Succeeded, Counts Counts, IReadOnlyList<Finding> Findings, IReadOnlyList<ExternalLinkEntry> ExternalLinks);

    internal sealed record Counts(int Error, int Warning, int Info);

    internal sealed record Finding(string Severity, string Code, string File, int? Line, int? Column, string Message, string? Suggestion, string? Target);

    internal sealed record ExternalLinkEntry(string Url, IReadOnlyList<string> Pages, bool Checked, bool? Ok, int? Status, string? Error);
}

[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(JsonLinkReport.ReportFile))]
internal sealed partial class LinkReportJson : JsonSerializerContext;
