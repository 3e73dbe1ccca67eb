using Scriban;

namespace Sodertorn.Site.Rendering;

/// <summary>
/// What the base layout writes with <c>{{ content }}</c>: the page's own layout, evaluated right there into the page's
/// output. Why not a string: rendered first to a string, each page's content was copied into the page once more, and
/// at 10 000 meetings those copies were about 15 % of all the memory a build allocated.
/// </summary>
public sealed class LayoutContent(Template layout) : WrittenInPlace
{
    protected override void WriteTo(TemplateContext context) => Evaluate(layout, context);

    /// <summary>
    /// Renders <paramref name="template"/> into the context's output (one of <see cref="Theme.NewContext"/>) and returns
    /// what it holds then, without copying it into a string as Template.Render does.
    /// </summary>
    public static ReadOnlyMemory<char> WriteInto(Template template, TemplateContext context)
    {
        Evaluate(template, context);
        return ((WordBreakingOutput)context.Output).Written;
    }

    // As Template.Render does: the template's statements write to the output; a value it ends on is written too.
    private static void Evaluate(Template template, TemplateContext context)
    {
        if (template.Page is { } page && context.Evaluate(page) is { } result) context.Write(page.Span, result);
    }
}
