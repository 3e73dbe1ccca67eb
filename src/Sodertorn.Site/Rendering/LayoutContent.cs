using System.Buffers;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Sodertorn.Site.Rendering;

/// <summary>
/// A value a layout writes with <c>{{ name }}</c> that writes itself into the page's output where it stands, instead of
/// being made into a string first and copied into the page.
/// </summary>
public abstract class WrittenInPlace : IScriptCustomFunction
{
    protected abstract void WriteTo(TemplateContext context);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        WriteTo(context);
        return null;
    }

    // Called without arguments, and returns nothing: it writes.
    public int RequiredParameterCount => 0;

    public int ParameterCount => 0;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(void);

    public ScriptParameterInfo GetParameterInfo(int index) => throw new ArgumentOutOfRangeException(nameof(index));

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}

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

/// <summary>
/// What a layout writes with <c>{{ body }}</c>: the body rendered where it was parsed, its xref links filled in as it is
/// decoded into the page's output (a string of each body was about 3 % of what a build allocated).
/// </summary>
public sealed class BodyContent(byte[] utf8, Markdown.Xref.XrefPlaceholders placeholders) : WrittenInPlace
{
    protected override void WriteTo(TemplateContext context)
    {
        // Inside a partial the output is Scriban's own, for the partial's text alone: written as a string there.
        if (context.Output is IBufferWriter<char> page) placeholders.Fill(utf8, page);
        else context.Write(placeholders.Fill(utf8));
    }
}
