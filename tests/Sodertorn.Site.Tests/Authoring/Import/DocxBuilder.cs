using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Sodertorn.Site.Tests.Authoring.Import;

/// <summary>
/// Writes small .docx files with DocumentFormat.OpenXml the way Word does: tabs as w:tab, line breaks as
/// w:br, bullets and numbers through the numbering part (numPr), table rows as w:tr.
/// </summary>
public sealed class DocxBuilder
{
    private const int BulletList = 1;
    private const int NumberedList = 2;

    private readonly List<OpenXmlElement> blocks = [];

    /// <summary>A paragraph; '\t' becomes a tab and '\n' a line break, as Word stores them.</summary>
    public DocxBuilder Paragraph(string text, bool bold = false)
    {
        blocks.Add(new Paragraph(Run(text, bold)));
        return this;
    }

    public DocxBuilder Empty()
    {
        blocks.Add(new Paragraph());
        return this;
    }

    /// <summary>A bullet from Word's own list numbering.</summary>
    public DocxBuilder Bullet(string text, int level = 0) => ListParagraph(text, BulletList, level);

    /// <summary>A paragraph numbered by Word (1., 2., … shown by Word, not typed).</summary>
    public DocxBuilder Numbered(string text, int level = 0) => ListParagraph(text, NumberedList, level);

    public DocxBuilder TableRow(params string[] cells)
    {
        var row = new TableRow(cells.Select(c => new TableCell(c.Split('\n').Select(p => new Paragraph(Run(p, false))))));
        blocks.Add(new Table(row));
        return this;
    }

    public byte[] ToBytes()
    {
        using var memory = new MemoryStream();
        using (var document = WordprocessingDocument.Create(memory, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(blocks.Select(b => b.CloneNode(true))));
            var numbering = main.AddNewPart<NumberingDefinitionsPart>();
            numbering.Numbering = Numbering();
        }
        return memory.ToArray();
    }

    public string Save(string folder, string name = "minnesanteckningar.docx")
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, ToBytes());
        return path;
    }

    private DocxBuilder ListParagraph(string text, int numId, int level)
    {
        var properties = new ParagraphProperties(
            new ParagraphStyleId { Val = "Liststycke" },
            new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = numId }));
        blocks.Add(new Paragraph(properties, Run(text, false)));
        return this;
    }

    private static Run Run(string text, bool bold)
    {
        var run = new Run();
        if (bold) run.Append(new RunProperties(new Bold()));
        var lines = text.Split('\n');
        for (var l = 0; l < lines.Length; l++)
        {
            if (l > 0) run.Append(new Break());
            var parts = lines[l].Split('\t');
            for (var p = 0; p < parts.Length; p++)
            {
                if (p > 0) run.Append(new TabChar());
                if (parts[p].Length > 0) run.Append(new Text(parts[p]) { Space = SpaceProcessingModeValues.Preserve });
            }
        }
        return run;
    }

    private static Numbering Numbering()
    {
        static AbstractNum Abstract(int id, NumberFormatValues format, string text) =>
            new(Enumerable.Range(0, 3).Select(level => new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = format },
                new LevelText { Val = format == NumberFormatValues.Bullet ? text : $"%{level + 1}." })
            { LevelIndex = level }))
            { AbstractNumberId = id };

        return new Numbering(
            Abstract(10, NumberFormatValues.Bullet, "•"),
            Abstract(20, NumberFormatValues.Decimal, ""),
            new NumberingInstance(new AbstractNumId { Val = 10 }) { NumberID = BulletList },
            new NumberingInstance(new AbstractNumId { Val = 20 }) { NumberID = NumberedList });
    }
}
