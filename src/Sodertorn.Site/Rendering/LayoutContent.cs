using Scriban;

namespace Sodertorn.Site.Rendering;

/// <summary>
/// What the base layout writes with <c>{{ content }}</c>: the page's own layout, evaluated right there into the page's
/// output, not rendered to a string and copied in.
/// </summary>
public sealed class LayoutContent(Template layout) : WrittenInPlace
{
    protected override void WriteTo(TemplateContext context) => Evaluate(layout, context);

    /// <summary>As Template.Render does, without making a string: the statements write to the output, and a value the template ends on too.</summary>
    public static void Evaluate(Template template, TemplateContext context)
    {
        if (template.Page is { } page && context.Evaluate(page) is { } result) context.Write(page.Span, result);
    }
}
