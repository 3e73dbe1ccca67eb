using Sodertorn.Site.Content;
using Sodertorn.Site.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Sodertorn.Site.Reporting;

/// <summary>One line of input/data/kvitterade.yml: the id of a note someone has read, and where it is written.</summary>
public sealed record Acknowledgement(string Id, SourceLocation Location);

/// <summary>
/// input/data/kvitterade.yml: notes (info findings) that comms or the kansli have read and need not see again at the
/// top of the report. A standing note such as a meeting whose minutes are not published here would otherwise stand
/// beside every new finding for ever; once acknowledged it moves to "Inget att göra", so the notes still at the top are
/// the news. Errors and warnings cannot be acknowledged: they are fixed. An entry that matches no note is itself a
/// note, so the file never silently grows stale.
/// </summary>
public static class Acknowledgements
{
    public const string FileName = "data/kvitterade.yml";

    public const string StaleCode = "ack-stale";

    public const string NotANoteCode = "ack-not-note";

    public static IReadOnlyList<Acknowledgement> Read(IEnumerable<SourceFile> dataFiles, DocumentParser parser, DiagnosticBag diagnostics)
    {
        var file = dataFiles.FirstOrDefault(f => f.RelativePath == FileName);
        // Only comments (the file as it starts): nothing acknowledged yet, not an empty-YAML error.
        if (file is null || file.Text.Split('\n').All(l => l.TrimStart().Length == 0 || l.TrimStart().StartsWith('#'))) return [];
        var root = parser.ParseYamlRoot(file, file.Text, 1);
        if (root is null) return [];
        if (root is not YamlSequenceNode sequence)
        {
            diagnostics.Error("yaml-shape", new SourceLocation(FileName, (int)root.Start.Line), "filen ska vara en lista där varje post börjar med '- id:'",
                "kopiera raden '- id: …' från noteringen i länkrapporten (/lankrapport/)");
            return [];
        }
        var result = new List<Acknowledgement>();
        foreach (var node in sequence)
        {
            if (node is not YamlMappingNode mapping)
            {
                diagnostics.Error("shape", new SourceLocation(FileName, (int)node.Start.Line, (int)node.Start.Column), "varje post ska ha fältet id",
                    "skriv '- id: minutes-missing-1a2b3c4d' med id:t som länkrapporten visar vid noteringen");
                continue;
            }
            var entry = new FrontMatter(mapping, FileName, 0, diagnostics);
            var id = entry.String("id", required: true, example: "minutes-missing-1a2b3c4d");
            // Free text for the people who keep the file: who read the note, and why it can stay.
            entry.String("kommentar");
            entry.ReportUnknownKeys("en post i kvitterade.yml");
            if (id is not null) result.Add(new Acknowledgement(id, entry.LocationOf("id")));
        }
        return result;
    }

    /// <summary>The ids of the notes acknowledged; each entry that names no note becomes a note of its own.</summary>
    public static IReadOnlySet<string> Apply(IReadOnlyList<Acknowledgement> entries, IReadOnlyList<(string Id, Severity Severity)> findings, DiagnosticBag diagnostics)
    {
        var severities = findings.GroupBy(f => f.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Severity, StringComparer.Ordinal);
        // A build that failed may have lost notes with the files it could not read (one mistake in a plan's front matter
        // and its calendar's notes are gone): "remove the line" would then be wrong advice, and is kept until it builds.
        var complete = !findings.Any(f => f.Severity == Severity.Error);
        var acknowledged = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (!severities.TryGetValue(entry.Id, out var severity))
            {
                var wellFormed = FindingIds.Shape.IsMatch(entry.Id);
                if (!complete && wellFormed) continue;
                diagnostics.Info(StaleCode, entry.Location,
                    wellFormed
                        ? $"'{entry.Id}' är kvitterad, men länkrapporten har ingen sådan notering längre"
                        : $"'{entry.Id}' ser inte ut som ett id ur länkrapporten",
                    "ta bort raden om noteringen är löst; rätta annars id:t efter det som står vid noteringen i länkrapporten", entry.Id);
            }
            else if (severity != Severity.Info)
                diagnostics.Info(NotANoteCode, entry.Location,
                    $"'{entry.Id}' är {(severity == Severity.Error ? "ett fel" : "en varning")}, och fel och varningar kan inte kvitteras",
                    "rätta det som länkrapporten beskriver och ta bort raden", entry.Id);
            else
                acknowledged.Add(entry.Id);
        }
        return acknowledged;
    }
}
