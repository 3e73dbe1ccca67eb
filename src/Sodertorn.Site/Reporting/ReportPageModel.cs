using NodaTime;
using Scriban.Runtime;
using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Domain;

namespace Sodertorn.Site.Reporting;

/// <summary>
/// What the "Länkrapport" layout receives, in the order comms reads it: the build and what is new, what to fix, the
/// notes, what was fixed since the last publication, and, folded away, what needs nothing.
/// </summary>
public static class ReportPageModel
{
    private static readonly Dictionary<string, string> ContextNames = new(StringComparer.Ordinal)
    {
        ["production"] = "den publicerade webbplatsen",
        ["deploy-preview"] = "en förhandsversion (deploy preview)",
        ["branch-deploy"] = "en gren med egen adress (branch deploy)",
        ["local"] = "ett lokalt bygge på en dator",
    };

    public static ScriptObject Create(LinkReport report)
    {
        var build = report.Build;
        var comparison = report.Comparison;
        var resolved = report.Resolved;
        return new ScriptObject
        {
            ["title"] = "Länkrapport",
            ["robots"] = "noindex, nofollow",
            ["succeeded"] = report.Succeeded,
            ["context"] = build.Context,
            ["context_name"] = ContextNames.GetValueOrDefault(build.Context, build.Context),
            ["site_url"] = build.SiteUrl,
            ["built"] = When(build.Date),
            ["built_iso"] = build.Date?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture),
            ["commit"] = build.Commit,
            ["commit_short"] = build.Commit is { Length: > 7 } c ? c[..7] : build.Commit,
            ["build_problem"] = build.Problem,
            ["compared"] = comparison.Compared,
            ["compare_address"] = comparison.Address,
            ["compare_problem"] = comparison.Problem,
            ["compare_commit"] = comparison.Commit is { Length: > 7 } p ? p[..7] : comparison.Commit,
            ["compare_built"] = When(comparison.Date),
            ["new_count"] = report.NewCount,
            ["action"] = Items(report, report.In(FindingCategory.Action).OrderByDescending(f => f.Severity)),
            ["notes"] = Items(report, report.In(FindingCategory.Note)),
            ["declared"] = Items(report, report.In(FindingCategory.Declared)),
            ["acknowledged"] = Items(report, report.In(FindingCategory.Acknowledged)),
            ["resolved"] = resolved.Select(r => new ScriptObject
            {
                ["message"] = r.Message,
                ["file"] = r.File,
                ["code"] = r.Code,
                ["page"] = r.PageUrl,
            }).ToList(),
            ["declared_file"] = string.Join(", ", FindingTexts.Declared.Values.Distinct()),
            ["acknowledgement_file"] = "input/" + Acknowledgements.FileName,
            ["errors"] = report.Count(Severity.Error),
            ["external"] = report.ExternalLinks,
            ["external_checked"] = report.ExternalLinks.Any(e => e.Checked),
        };
    }

    private static List<ScriptObject> Items(LinkReport report, IEnumerable<ReportedFinding> findings) =>
        findings.Select(f => new ScriptObject
        {
            ["id"] = f.Id,
            ["headline"] = FindingTexts.Headline(f.Diagnostic),
            ["is_error"] = f.Severity == Severity.Error,
            ["new"] = f.New == true,
            // A failed build publishes no pages: the address is named, not linked.
            ["page"] = report.Succeeded ? f.Place.Path : null,
            ["page_address"] = f.Place.Path is { } path ? path.Split('#')[0] : null,
            ["page_title"] = f.Place.PageTitle,
            ["section"] = f.Place.Section,
            ["message"] = Sentence(f.Diagnostic.Message),
            ["suggestion"] = f.Diagnostic.Suggestion is { } s ? Sentence(char.ToUpperInvariant(s[0]) + s[1..]) : null,
            ["developer"] = f.ForDeveloper,
            ["file"] = f.File,
            // Break opportunities after each slash, so a long path wraps between folders on a phone.
            ["file_html"] = string.Join("/<wbr>", f.File.Split('/').Select(System.Net.WebUtility.HtmlEncode)),
            ["line"] = f.Diagnostic.Location.Line,
            ["edit_url"] = f.EditUrl,
            ["code"] = f.Code,
            // An entry of kvitterade.yml that is itself wrong is fixed in that file, not acknowledged.
            ["note"] = f.Category == FindingCategory.Note && f.Code is not (Acknowledgements.StaleCode or Acknowledgements.NotANoteCode),
        }).ToList();

    /// <summary>Messages are written as clauses for the console line; on the page each is a sentence.</summary>
    private static string Sentence(string text) =>
        text.Length == 0 || text[^1] is '.' or '!' or '?' ? text : char.ToUpperInvariant(text[0]) + text[1..] + ".";

    /// <summary>"12 mars 2026 kl. 14.03", in Stockholm time, whatever zone the committer's clock was in.</summary>
    private static string? When(DateTimeOffset? date)
    {
        if (date is not { } d) return null;
        var local = Instant.FromDateTimeOffset(d).InZone(StockholmTime.Zone).LocalDateTime;
        return $"{SwedishDates.Long(DateOnly.FromDateTime(local.ToDateTimeUnspecified()))} kl. {local.Hour:00}.{local.Minute:00}";
    }
}
