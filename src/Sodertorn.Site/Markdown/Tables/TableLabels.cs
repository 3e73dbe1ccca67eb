using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Sodertorn.Site.Markdown.Tables;

/// <summary>
/// Tables authors write in Markdown stack on a phone as the layouts' tables do (theme/assets/site.css, .radkort): the
/// table gets the class, and each cell of the body its column's heading as data-label, which the stylesheet shows
/// before the cell's text. A table without a heading row is left as it is.
/// </summary>
public sealed class TableLabels : IMarkdownExtension
{
    public const string StackedClass = "radkort";

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= Label;
        pipeline.DocumentProcessed += Label;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void Label(MarkdownDocument document)
    {
        foreach (var table in document.Descendants<Table>())
        {
            if (table.Count == 0 || table[0] is not TableRow { IsHeader: true } header) continue;
            var labels = header.OfType<TableCell>().Select(Text).ToList();
            table.GetAttributes().AddClass(StackedClass);
            foreach (var row in table.OfType<TableRow>().Where(r => !r.IsHeader))
            {
                var column = 0;
                foreach (var cell in row.OfType<TableCell>())
                {
                    var index = cell.ColumnIndex >= 0 ? cell.ColumnIndex : column;
                    if (index < labels.Count && labels[index].Length > 0) cell.GetAttributes().AddProperty("data-label", labels[index]);
                    column += Math.Max(1, cell.ColumnSpan);
                }
            }
        }
    }

    /// <summary>A heading cell's words: its literal text and code, without markup.</summary>
    private static string Text(TableCell cell) =>
        string.Concat(cell.Descendants<Inline>().Select(i => i switch
        {
            LiteralInline l => l.Content.ToString(),
            CodeInline c => c.Content,
            _ => "",
        })).Trim();
}
