using Sodertorn.Site.Content;
using Sodertorn.Site.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Sodertorn.Site.Domain.Reading;

/// <summary>
/// Reads input/data/opublicerade.yml: documents that exist but are not published here, so that a
/// reference to them is a named warning in the link report rather than an error.
/// </summary>
/// <param name="readElsewhere">Data files another reader reads (the link report's kvitterade.yml): known, so not "data-unknown".</param>
public sealed class UnpublishedReader(DocumentParser parser, DiagnosticBag diagnostics, params string[] readElsewhere)
{
    public const string FileName = "data/opublicerade.yml";

    public IReadOnlyList<UnpublishedDocument> Read(IReadOnlyList<SourceFile> dataFiles)
    {
        var result = new List<UnpublishedDocument>();
        foreach (var file in dataFiles)
        {
            if (readElsewhere.Contains(file.RelativePath)) continue;
            if (file.RelativePath != FileName)
            {
                diagnostics.Error("data-unknown", new SourceLocation(file.RelativePath), "okänd datafil",
                    $"datafilen för opublicerade dokument heter {FileName}" + (readElsewhere.Length > 0 ? $"; de andra datafilerna heter {string.Join(", ", readElsewhere)}" : ""));
                continue;
            }
            var root = parser.ParseYamlRoot(file, file.Text, 1);
            if (root is null) continue;
            if (root is not YamlSequenceNode sequence)
            {
                diagnostics.Error("yaml-shape", new SourceLocation(file.RelativePath, 1), "filen ska vara en lista där varje post börjar med '- id:'",
                    "skriv t.ex. '- id: vp-2023' och på nästa rad '  titel: Verksamhetsplan och budget 2023'");
                continue;
            }
            foreach (var node in sequence)
            {
                if (node is not YamlMappingNode mapping)
                {
                    diagnostics.Error("shape", new SourceLocation(file.RelativePath, (int)node.Start.Line), "varje post ska ha fälten id och titel",
                        "skriv '- id: …' och på nästa rad '  titel: …'");
                    continue;
                }
                var entry = new FrontMatter(mapping, file.RelativePath, 0, diagnostics);
                var id = entry.Id("id", required: true, example: "vp-2023", allowPart: true);
                var title = entry.String("titel", required: true, example: "Verksamhetsplan och budget 2023");
                var kind = entry.String("typ");
                var date = entry.Date("datum");
                entry.ReportUnknownKeys("en post i opublicerade.yml");
                if (id is not null && title is not null) result.Add(new UnpublishedDocument(id, title, kind, date, entry.Location));
            }
        }
        return result;
    }
}
