using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Sodertorn.Site.Rendering;

/// <summary>
/// What the base layout writes with <c>{{ content }}</c>: the page's own layout, evaluated right there into the page's
/// output. Why not a string: rendered first to a string, each page's content was copied into the page once more, and
/// at 10 000 meetings those copies were about 15 % of all the memory a build allocated.
/// </summary>
public sealed class LayoutContent(Template layout) : IScriptCustomFunction
{
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        // As Template.Render does: the page's statements write to the output; a value the page ends on is written too.
        if (layout.Page is { } page && context.Evaluate(page) is { } result) context.Write(page.Span, result);
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
