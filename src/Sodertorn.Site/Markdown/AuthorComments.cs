using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Sodertorn.Site.Markdown;

/// <summary>
/// HTML comments in Markdown (<c>&lt;!-- … --&gt;</c>) are notes for whoever edits the file — the guidance 'new'
/// writes, a reminder to ask someone — and are left out of the pages: the page source is published too.
/// Other raw HTML is rendered as written.
/// </summary>
public sealed class AuthorComments : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        html.ObjectRenderers.Replace<HtmlBlockRenderer>(new BlockRenderer());
        html.ObjectRenderers.Replace<HtmlInlineRenderer>(new InlineRenderer());
    }

    /// <summary>Whether an HTML block is comments only: HTML written after a comment's end on its last line is kept.</summary>
    public static bool IsCommentOnly(HtmlBlock block)
    {
        if (block.Type != HtmlBlockType.Comment) return false;
        var text = block.Lines.ToString();
        var end = text.LastIndexOf("-->", StringComparison.Ordinal);
        return end >= 0 && text.AsSpan(end + 3).IsWhiteSpace();
    }

    private sealed class BlockRenderer : HtmlBlockRenderer
    {
        protected override void Write(HtmlRenderer renderer, HtmlBlock obj)
        {
            if (!IsCommentOnly(obj)) base.Write(renderer, obj);
        }
    }

    private sealed class InlineRenderer : HtmlInlineRenderer
    {
        protected override void Write(HtmlRenderer renderer, HtmlInline obj)
        {
            if (!obj.Tag.StartsWith("<!--", StringComparison.Ordinal)) base.Write(renderer, obj);
        }
    }
}
