using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;

namespace Sodertorn.Site.Markdown;

/// <summary>
/// The site's own words beside a source's text: <c>::: anm</c> … <c>:::</c>. The published documents are
/// reproduced faithfully, so anything the site adds (a picture not reproduced, an explanation) is set apart
/// and labelled as the site's, never mixed into the source's text. theme/partials/plan_part.sbn writes the
/// same markup for the explanations the theme itself adds.
/// </summary>
public static class EditorialNote
{
    public const string Kind = "anm";

    public const string CssClass = "redaktionell";

    public const string Label = "Webbplatsens anmärkning (står inte i originaldokumentet)";

    public static bool Is(CustomContainer container) => container.Info == Kind;

    public static void Write(HtmlRenderer renderer, CustomContainer container)
    {
        renderer.EnsureLine();
        renderer.Write("<div class=\"").Write(CssClass).WriteLine("\" role=\"note\">");
        renderer.Write("<p class=\"etikett\"><strong>").Write(Label).WriteLine("</strong></p>");
        renderer.WriteChildren(container);
        renderer.WriteLine("</div>");
    }
}
