using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
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
    };

    public static string Write(LinkReport report) => JsonSerializer.Serialize(new
    {
        version = Version,
        succeeded = report.Succeeded,
        counts = new
        {
            error = report.Count(Severity.Error),
            warning = report.Count(Severity.Warning),
            info = report.Count(Severity.Info),
        },
        findings = report.Findings.Select(f => new
        {
            severity = f.SeverityLabel,
            code = f.Code,
            file = f.Location.File,
            line = f.Location.Line > 0 ? f.Location.Line : (int?)null,
            column = f.Location.Column > 0 ? f.Location.Column : (int?)null,
            message = f.Message,
            suggestion = f.Suggestion,
            target = f.Target,
        }),
        externalLinks = report.ExternalLinks.Select(e => new
        {
            url = e.Url,
            pages = e.Pages,
            @checked = e.Checked,
            ok = e.Ok,
            status = e.Status,
            error = e.Error,
        }),
    }, Options) + "\n";
}
