using Scriban;

namespace Sodertorn.Site.Rendering;

/// <summary>
/// Evaluates a layout into the context's current output. The page's own layout is rendered first, into its render worker's
/// second buffer, and the base layout copies it where it writes <c>{{ content }}</c>: evaluating it there instead measured
/// no faster as users run the build (docs/benchmarks.md, eleventh session), and a string of it, made for every page, put
/// the largest pages on the large-object heap (sixteenth session).
/// </summary>
public static class LayoutContent
{
    /// <summary>As Template.Render does, without making a string: the statements write to the output, and a value the template ends on too.</summary>
    public static void Evaluate(Template template, TemplateContext context)
    {
        if (template.Page is { } page && context.Evaluate(page) is { } result) context.Write(page.Span, result);
    }

    /// <summary>
    /// The page's layout as written into <paramref name="layout"/>, for <c>{{ content }}</c>. The buffer is the render worker's
    /// and the next page overwrites it: this value lends it only until it is disposed (at the end of the page's render),
    /// after which writing it throws instead of copying another page's text.
    /// </summary>
    public sealed class Written(PageOutput layout) : WrittenInPlace, IDisposable
    {
        private PageOutput? layout = layout;

        protected override void WriteTo(TemplateContext context)
        {
            var text = (layout ?? throw new ObjectDisposedException(nameof(Written), "the page's layout is written only while the page renders")).Written;
            if (context.Output is PageOutput page) page.Write(text);
            else context.Write(text.ToString());
        }

        public void Dispose() => layout = null;
    }
}
