using System.Text.RegularExpressions;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Sodertorn.Site.Markdown.Xref;

namespace Sodertorn.Site.Markdown;

/// <summary>
/// Markdown as plain text for the open data: the words without markup, link texts without their targets
/// (the data gives references as ids in their own fields). An xref link with empty text reads as its
/// target's title, as on the page. Paragraphs are separated by one empty line.
/// </summary>
/// <param name="publicTitle">The title of a published, public (not draft) identifier; null for any other.</param>
public sealed partial class PlainText(Func<string, string?> publicTitle)
{
    // Only what changes how text reads; the site's own extensions render HTML and are left out on purpose.
    internal static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseGenericAttributes().Build();

    public string Of(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : PlainParagraph.Is(markdown) ? markdown : Of(Markdig.Markdown.Parse(markdown, Pipeline));

    /// <summary>The text on one line (every run of white space one space), for a summary or a description.</summary>
    public string OneLine(string? markdown) => Whitespace().Replace(Of(markdown), " ").Trim();

    /// <summary>Null for a document without text, so that "no description" reads the same in every file.</summary>
    public string? OrNull(string markdown) => Of(markdown) is { Length: > 0 } text ? text : null;

    public string Of(MarkdownDocument document)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        var renderer = new HtmlRenderer(writer) { EnableHtmlForBlock = false, EnableHtmlForInline = false, EnableHtmlEscape = false };
        renderer.ObjectRenderers.Replace<LinkInlineRenderer>(new PlainLinkRenderer(publicTitle));
        foreach (var block in document)
        {
            renderer.Render(block);
            writer.Write('\n');
        }
        writer.Flush();
        var text = writer.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
        return BlankLines().Replace(text, "\n\n").Trim();
    }

    [GeneratedRegex(@"\n{2,}")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    private sealed class PlainLinkRenderer(Func<string, string?> publicTitle) : LinkInlineRenderer
    {
        protected override void Write(HtmlRenderer renderer, LinkInline link)
        {
            if (link.FirstChild is null && XrefExtension.IdOf(link.Url)?.Split('#')[0] is { } id)
            {
                // A draft's title must not reach the data, not even through a link to it.
                if (publicTitle(id) is { } title) renderer.Write(title);
                return;
            }
            renderer.WriteChildren(link);
        }
    }
}
