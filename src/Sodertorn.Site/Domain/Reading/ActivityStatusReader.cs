using Sodertorn.Site.Content;
using Sodertorn.Site.Diagnostics;

namespace Sodertorn.Site.Domain.Reading;

/// <summary>
/// Reads an activity's status reports from its front matter: a list, one entry per report, each with its date, the status
/// word and an optional comment. The latest report is the activity's status; the others are its history.
/// <code>
/// status:
///   - datum: 2024-03-15
///     status: pågår
///     kommentar: Nätverket har börjat arbetet.
/// </code>
/// </summary>
public sealed class ActivityStatusReader(DiagnosticBag diagnostics)
{
    public const string Key = "status";
    public const string Example = "[{datum: 2024-03-15, status: pågår, kommentar: Nätverket har börjat arbetet.}]";

    public IReadOnlyList<StatusReport> Read(FrontMatter meta)
    {
        if (meta.IsText(Key) && meta.String(Key) is { } single)
        {
            // The one-word form of earlier versions: without a date, a status cannot be shown on a timeline or followed.
            diagnostics.Error("status-undated", meta.LocationOf(Key), $"statusen '{single}' saknar datum",
                $"skriv statusen som en lista med datum, t.ex. på tre rader: 'status:', '  - datum: 2024-03-15' och '    status: {Word(single) ?? "pågår"}'");
            return [];
        }
        var reports = new List<StatusReport>();
        var days = new Dictionary<DateOnly, SourceLocation>();
        foreach (var entry in meta.MappingList(Key, Example))
        {
            var date = entry.Date("datum", required: true, example: "2024-03-15");
            var word = entry.String("status", required: true, example: "pågår");
            var comment = entry.String("kommentar");
            entry.ReportUnknownKeys("en status");
            if (word is not null && Word(word) is null)
            {
                diagnostics.Error("status-unknown", entry.LocationOf("status"), $"okänd status '{word}'",
                    Activity.FormerStatuses.GetValueOrDefault(word)
                    ?? Suggestions.DidYouMean(word, Activity.Statuses)
                    ?? $"skriv en av: {string.Join(", ", Activity.Statuses)}");
                continue;
            }
            if (date is not { } day || word is null) continue;
            if (days.TryGetValue(day, out var first))
            {
                diagnostics.Error("status-date-duplicate", entry.Location, $"två statusar har datumet {StockholmTime.IsoDate(day)} (den första på rad {first.Line})",
                    "skriv bara en status per dag: den som gäller i slutet av dagen, med kommentaren");
                continue;
            }
            days[day] = entry.Location;
            reports.Add(new StatusReport(day, Word(word)!, comment, entry.Location));
        }
        return reports.OrderBy(r => r.Date).ToList();
    }

    /// <summary>The status word as the list writes it, whatever its capitals; null when it is not one of them.</summary>
    private static string? Word(string written) =>
        Activity.Statuses.FirstOrDefault(s => string.Equals(s, written.Trim(), StringComparison.OrdinalIgnoreCase));
}
