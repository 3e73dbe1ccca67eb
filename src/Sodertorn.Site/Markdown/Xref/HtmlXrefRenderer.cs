using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace Sodertorn.Site.Markdown.Xref;

/// <summary>
/// Writes xref links with the target's URL, and its title when the author left the link text empty.
/// A target that is not published here renders as plain text (the link report names it); a target that
/// does not exist cannot reach this point because linking fails the build first.
/// </summary>
public sealed class HtmlXrefRenderer(IXrefResolver resolver) : LinkInlineRenderer
{
    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        var id = XrefExtension.IdOf(link.Url);
        if (id is null || link.IsImage)
        {
            base.Write(renderer, link);
            return;
        }

        var empty = link.FirstChild is null;
        if (XrefPlaceholders.IsDeferred(resolver))
        {
            XrefPlaceholders.WriteOpen(renderer, id, link.Title);
            if (empty) XrefPlaceholders.WriteTitle(renderer, id);
            else renderer.WriteChildren(link);
            XrefPlaceholders.WriteClose(renderer, id);
            return;
        }

        var target = resolver.Resolve(id);
        if (target?.Url is null)
        {
            renderer.Write(UnpublishedReference.Start);
            if (empty) renderer.WriteEscape(target?.Title ?? id);
            else renderer.WriteChildren(link);
            renderer.Write(UnpublishedReference.End);
            return;
        }

        renderer.Write("<a href=\"").WriteEscapeUrl(target.Url).Write('"');
        if (!string.IsNullOrEmpty(link.Title)) renderer.Write(" title=\"").WriteEscape(link.Title).Write('"');
        renderer.Write('>');
        if (empty) renderer.WriteEscape(target.Title);
        else renderer.WriteChildren(link);
        renderer.Write("</a>");
    }
}
