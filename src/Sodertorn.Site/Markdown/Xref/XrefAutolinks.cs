using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Sodertorn.Site.Markdown.Xref;

/// <summary>
/// <c>&lt;xref:ID&gt;</c>, the autolink form other generators (DocFX) give xref links, is read as <c>[](xref:ID)</c>: a
/// link that shows its target's title. Markdig parses it as an autolink whose address is the text, so it reached the
/// page as a link to "xref:ID", and the link check called it broken without a line. Replaced where the document is
/// parsed, it is an xref link to everything after: a reference to check, a placeholder, a title.
/// </summary>
public sealed class XrefAutolinks : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.DocumentProcessed += Replace;

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void Replace(MarkdownDocument document)
    {
        // Collected first: replacing an inline while walking the tree would change what the walk visits.
        var autolinks = document.Descendants<AutolinkInline>().Where(a => !a.IsEmail && XrefExtension.IdOf(a.Url) is not null).ToList();
        foreach (var autolink in autolinks)
            autolink.ReplaceBy(new LinkInline(autolink.Url, "") { Span = autolink.Span, Line = autolink.Line, Column = autolink.Column });
    }
}
