using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;

namespace Sodertorn.Site.Markdown.Xref;

/// <summary>Renders <c>[text](xref:ID)</c> as a link to the identified thing's permanent URL.</summary>
public sealed class XrefExtension(IXrefResolver resolver) : IMarkdownExtension
{
    public const string Scheme = "xref:";

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // Parsing is Markdig's own link syntax; only rendering changes.
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
            html.ObjectRenderers.Replace<LinkInlineRenderer>(new HtmlXrefRenderer(resolver));
    }

    /// <summary>The identifier of an xref URL, without a trailing '#fragment' handled by the caller.</summary>
    public static string? IdOf(string? url) =>
        url is not null && url.StartsWith(Scheme, StringComparison.Ordinal) ? url[Scheme.Length..].Trim() : null;
}
