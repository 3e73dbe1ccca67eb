using Scriban.Runtime;
using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Linking;

namespace Sodertorn.Site.Reporting;

/// <summary>What the "Länkrapport" layout receives: findings grouped by severity, then by source document.</summary>
public static class ReportPageModel
{
    private static readonly (Severity Severity, string Id, string Label, string Explanation)[] Groups =
    [
        (Severity.Error, "fel", "Fel", "Stoppar publiceringen. Rättas i källfilen på den rad som anges."),
        (Severity.Warning, "varningar", "Varningar", "Webbplatsen publiceras, men något bör ses över: oftast en hänvisning till ett dokument som inte publiceras här."),
        (Severity.Info, "noteringar", "Noteringar", "Upplysningar för planeringen, till exempel möten i kalendariet vars minnesanteckningar ännu inte är publicerade."),
    ];

    public static ScriptObject Create(LinkReport report, LinkedSite site)
    {
        var pageOfFile = site.All.GroupBy(e => e.Source.File).ToDictionary(g => g.Key, g => UrlScheme.For(g.First()), StringComparer.Ordinal);
        return new ScriptObject
        {
            ["title"] = "Länkrapport",
            ["robots"] = "noindex, nofollow",
            ["succeeded"] = report.Succeeded,
            ["groups"] = Groups.Select(g => new
            {
                id = g.Id,
                label = g.Label,
                explanation = g.Explanation,
                count = report.Count(g.Severity),
                files = report.Findings
                    .Where(f => f.Severity == g.Severity)
                    .GroupBy(f => f.Location.File, StringComparer.Ordinal)
                    .Select(file => new
                    {
                        file = file.Key,
                        page = pageOfFile.GetValueOrDefault(file.Key),
                        findings = file.Select(f => new
                        {
                            line = f.Location.Line,
                            column = f.Location.Column,
                            message = f.Message,
                            suggestion = f.Suggestion,
                            target = f.Target,
                            code = f.Code,
                        }).ToList(),
                    })
                    .ToList(),
            }).ToList(),
            ["external"] = report.ExternalLinks,
            ["external_checked"] = report.ExternalLinks.Any(e => e.Checked),
        };
    }
}
