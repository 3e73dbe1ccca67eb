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
