using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Sodertorn.Site.Rendering;

/// <summary>
/// The layouts' <c>include 'name'</c>: the partial is evaluated right where it is included, into the page's own output.
/// Why not Scriban's builtin: it renders every partial into a new string buffer, turns that into a string and then
/// copies the string into the page. The long lists (a municipality's meetings, a year's assignments, a plan's
/// activities) are partials that write up to a megabyte, so each such include left two large objects behind; at 3 000
/// meetings they were most of the large-object garbage when the build's memory peaks, at the end of the page stage, and
/// in place the peak is 8 MB (4 %) lower, in the same time (docs/benchmarks.md, seventeenth session). Otherwise it does
/// what the builtin does: the partial sees the page's variables, gets its arguments as <c>$</c> (and named arguments as
/// locals) in a scope of its own, counts towards the recursion limit, and is found through the context's cache of
/// partials (<see cref="Theme"/>). A test holds its output to the builtin's.
/// </summary>
public sealed class InPlaceInclude : IScriptCustomFunction
{
    public static readonly InPlaceInclude Instance = new();

    private InPlaceInclude()
    {
    }

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var caller = callerContext ?? context.CurrentNode;
        var span = caller?.Span ?? context.CurrentSpan;
        if (arguments.Count == 0) throw new ScriptRuntimeException(span, "include needs the name of a partial in theme/partials/");
        var path = context.GetTemplatePathFromName(context.ObjectToString(arguments[0]), caller);
        if (path is null) return null;
        var partial = context.GetOrCreateTemplate(path, caller);
        // An include indented on its line indents every line the partial writes: only the builtin's way, through a
        // string written at that indent, does that. The theme's includes start their lines.
        if (context.CurrentIndent is { Length: > 0 }) return context.RenderTemplate(partial, arguments, caller);
        var named = NamedArguments(context, caller);

        context.EnterRecursive(caller);
        context.PushLocal();
        try
        {
            context.SetValue(ScriptVariable.Arguments, arguments, asReadOnly: true, force: true);
            if (named is not null)
                foreach (var (name, value) in named) context.SetValue(ScriptVariable.Create(name, ScriptVariableScope.Local), value, asReadOnly: false, force: true);
            if (partial.SourceFilePath is { } file) context.PushSourceFile(file);
            try
            {
                // As Template.Render does: the statements write to the output; a value the partial ends on is written too.
                if (partial.Page is { } page && context.Evaluate(page) is { } result) context.Write(page.Span, result);
            }
            finally
            {
                if (partial.SourceFilePath is not null) context.PopSourceFile();
            }
        }
        finally
        {
            context.PopLocal();
            context.ExitRecursive(caller);
        }
        return null;
    }

    /// <summary><c>include 'name' key: value</c>: the named arguments, evaluated in the includer's scope.</summary>
    private static List<(string Name, object? Value)>? NamedArguments(TemplateContext context, ScriptNode? caller)
    {
        if (caller is not ScriptFunctionCall call) return null;
        List<(string, object?)>? named = null;
        foreach (var argument in call.Arguments)
        {
            if (argument is ScriptNamedArgument { Name.Name: { } name, Value: { } value }) (named ??= []).Add((name, value.Evaluate(context)));
        }
        return named;
    }

    // The name of the partial, and optionally values it reads as $1, $2 …; it writes, and returns text only when indented.
    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) =>
        index == 0 ? new ScriptParameterInfo(typeof(string), "template_name") : new ScriptParameterInfo(typeof(object), "value");

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
