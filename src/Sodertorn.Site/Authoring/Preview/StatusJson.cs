using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using Sodertorn.Site.Diagnostics;

namespace Sodertorn.Site.Authoring.Preview;

/// <summary>
/// The JSON the script reads: the build event (which addresses to reload) and the status (the errors the
/// overlay shows). Keys are Swedish like everything the kansli may see in the browser's tools.
/// </summary>
public static class StatusJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        // Å, ä and ö stay readable in the browser's tools; characters that matter to HTML are still escaped.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        // The keys are single Swedish words: bygge, lyckades, fel …
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // Contracts generated at compile time: the shipped tool is compiled ahead of time, without reflection.
        TypeInfoResolver = PreviewJson.Default,
    };

    /// <summary>Sent on the event stream after each rebuild (and its early part).</summary>
    public static string Event(BuildOutcome outcome) => JsonSerializer.Serialize(
        new BuildEvent(outcome.Number, outcome.Succeeded, outcome.Complete, outcome.ChangedUrls), Contract<BuildEvent>());

    /// <summary>The first message of each event stream: which preview (its start) and which rebuild it is at.</summary>
    /// <param name="instance">Tells one run of the preview from the next, so a tab reconnecting to a restarted preview reloads.</param>
    public static string Hello(string instance, BuildOutcome? outcome) =>
        JsonSerializer.Serialize(new Greeting(instance, outcome?.Number ?? 0), Contract<Greeting>());

    /// <summary>The current state: the last rebuild's result and its errors (warnings only counted).</summary>
    public static string Status(BuildOutcome? outcome) => JsonSerializer.Serialize(outcome is null
        ? new BuildStatus(0, true, false, [], 0)
        : new BuildStatus(
            outcome.Number,
            outcome.Succeeded,
            outcome.Complete,
            outcome.Errors.Select(d => new Problem(d.Location.File, d.Location.Line, d.Location.Column, d.Message, d.Suggestion, d.Code)).ToList(),
            outcome.Diagnostics.Count(d => d.Severity == Severity.Warning)), Contract<BuildStatus>());

    private static JsonTypeInfo<T> Contract<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));

    internal sealed record BuildEvent(int Bygge, bool Lyckades, bool Klar, IReadOnlyList<string> Sidor);

    internal sealed record Greeting(string Start, int Bygge);

    internal sealed record BuildStatus(int Bygge, bool Lyckades, bool Klar, IReadOnlyList<Problem> Fel, int Varningar);

    internal sealed record Problem(string Fil, int Rad, int Kolumn, string Meddelande, string? Forslag, string Kod);
}

[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(StatusJson.BuildEvent))]
[JsonSerializable(typeof(StatusJson.Greeting))]
[JsonSerializable(typeof(StatusJson.BuildStatus))]
internal sealed partial class PreviewJson : JsonSerializerContext;
