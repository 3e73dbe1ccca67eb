using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Sodertorn.Site.Authoring.Import;

/// <summary>
/// Reads the body of a .docx (DocumentFormat.OpenXml) into paragraphs in document order: text with tabs and
/// line breaks, Word's own bullets and numbers (from the paragraph's or its style's numbering), bold, and
/// table rows as tab-separated lines. Empty paragraphs are dropped; headers and footers are not read.
/// </summary>
public static class DocxReader
{
    /// <summary>A package that opens but holds no document to read; its message is the author's, in Swedish.</summary>
    public sealed class NotAWordDocument(string message) : Exception(message);

    public static IReadOnlyList<WordParagraph> Read(Stream docx)
    {
        using var document = WordprocessingDocument.Open(docx, false);
        var main = document.MainDocumentPart ?? throw new NotAWordDocument("filen innehåller inget Word-dokument");
        var body = main.Document?.Body ?? throw new NotAWordDocument("dokumentet har ingen text");
        var numbering = new WordNumbering(main);
        var result = new List<WordParagraph>();
        foreach (var element in BlockElements(body))
        {
            var paragraph = element switch
            {
                Paragraph p => Read(p, numbering, result.Count + 1),
                TableRow row => ReadRow(row, result.Count + 1),
                _ => null,
            };
            if (paragraph is not null) result.Add(paragraph);
        }
        return result;
    }

    /// <summary>Paragraphs and table rows in order, also inside content controls (sdt) and other wrappers.</summary>
    private static IEnumerable<OpenXmlElement> BlockElements(OpenXmlElement parent)
    {
        foreach (var child in parent.ChildElements)
        {
            switch (child)
            {
                case Paragraph:
                    yield return child;
                    break;
                case Table table:
                    foreach (var row in table.Descendants<TableRow>()) yield return row;
                    break;
                case SectionProperties:
                    break;
                default:
                    foreach (var inner in BlockElements(child)) yield return inner;
                    break;
            }
        }
    }

    private static WordParagraph? Read(Paragraph paragraph, WordNumbering numbering, int number)
    {
        var text = TextOf(paragraph);
        if (string.IsNullOrWhiteSpace(text)) return null;
        var (kind, level, listNumber) = numbering.Classify(paragraph);
        return new WordParagraph(number, text.Trim(' ', '\n'), kind, level, listNumber, IsBold(paragraph));
    }

    /// <summary>A row's cells joined by tabs; a cell with several paragraphs gives several lines, aligned across cells.</summary>
    private static WordParagraph? ReadRow(TableRow row, int number)
    {
        var cells = row.Elements<TableCell>()
            .Select(c => c.Elements<Paragraph>().Select(TextOf).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).ToList())
            .ToList();
        var height = cells.Count == 0 ? 0 : cells.Max(c => c.Count);
        if (height == 0) return null;
        var lines = Enumerable.Range(0, height)
            .Select(i => string.Join('\t', cells.Select(c => i < c.Count ? c[i].Replace('\n', ' ') : "")).TrimEnd('\t'));
        return new WordParagraph(number, string.Join('\n', lines), InTable: true);
    }

    private static string TextOf(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var run in paragraph.Descendants<Run>())
        {
            foreach (var child in run.ChildElements)
            {
                switch (child)
                {
                    case Text t: text.Append(t.Text); break;
                    case TabChar or PositionalTab: text.Append('\t'); break;
                    case Break or CarriageReturn: text.Append('\n'); break;
                    case NoBreakHyphen: text.Append('-'); break;
                }
            }
        }
        return text.ToString().Replace('\u00a0', ' ');
    }

    private static bool IsBold(Paragraph paragraph)
    {
        var runs = paragraph.Descendants<Run>().Where(r => !string.IsNullOrWhiteSpace(r.InnerText)).ToList();
        return runs.Count > 0 && runs.All(r => r.RunProperties?.Bold is { } bold && (bold.Val is null || bold.Val.Value));
    }
}
