using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Text.Json;
using Sodertorn.Site.Diagnostics;

namespace Sodertorn.Site.Preview;

/// <summary>
/// The JSON the script reads: the build event (which addresses to reload) and the status (the errors the
/// overlay shows). Keys are Swedish like everything the kansli may see in the browser's tools.
/// </summary>
public static class StatusJson
{
    // Å, ä and ö stay readable in the browser's tools; characters that matter to HTML are still escaped.
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>Sent on the event stream after each rebuild (and its early part).</summary>
    public static string Event(BuildOutcome outcome) => JsonSerializer.Serialize(new
    {
        bygge = outcome.Number,
        lyckades = outcome.Succeeded,
        klar = outcome.Complete,
        alla = outcome.ReloadAll,
        sidor = outcome.ChangedUrls,
    }, Options);

    /// <summary>The first message of each event stream: which preview (its start) and which rebuild it is at.</summary>
    /// <param name="instance">Tells one run of the preview from the next, so a tab reconnecting to a restarted preview reloads.</param>
    public static string Hello(string instance, BuildOutcome? outcome) =>
        JsonSerializer.Serialize(new { start = instance, bygge = outcome?.Number ?? 0 }, Options);

    /// <summary>The current state: the last rebuild's result and its errors (warnings only counted).</summary>
    public static string Status(BuildOutcome? outcome) => outcome is null
        ? JsonSerializer.Serialize(new { bygge = 0, lyckades = true, klar = false, fel = Array.Empty<object>(), varningar = 0 }, Options)
        : JsonSerializer.Serialize(new
        {
            bygge = outcome.Number,
            lyckades = outcome.Succeeded,
            klar = outcome.Complete,
            fel = outcome.Errors.Select(d => new
            {
                fil = d.Location.File,
                rad = d.Location.Line,
                kolumn = d.Location.Column,
                meddelande = d.Message,
                forslag = d.Suggestion,
                kod = d.Code,
            }),
            varningar = outcome.Diagnostics.Count(d => d.Severity == Severity.Warning),
        }, Options);
}
