using Scriban;

namespace Sodertorn.Site.Rendering;

/// <summary>
/// Evaluates a layout into the context's current output. The page's own layout is rendered to a string first and given to
/// the base layout as <c>{{ content }}</c>: evaluating it in place measured no faster as users run the build
/// (docs/benchmarks.md, eleventh session).
/// </summary>
public static class LayoutContent
{
    /// <summary>As Template.Render does, without making a string: the statements write to the output, and a value the template ends on too.</summary>
    public static void Evaluate(Template template, TemplateContext context)
    {
        if (template.Page is { } page && context.Evaluate(page) is { } result) context.Write(page.Span, result);
    }
}
