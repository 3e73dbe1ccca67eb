using System.Diagnostics;

namespace Sodertorn.Site.Fuzz;

/// <summary>
/// Crashes already known and being fixed elsewhere (issue 20, item 1: the build will turn every exception while a
/// file is read, parsed or modelled into a diagnostic for that file). Until that lands the fuzz target ignores
/// exactly these two, by exception type and by the library the exception comes from, so that the fuzzer looks for
/// the next crash instead of finding these again and again. Remove an entry once its fix is on main: the smoke test
/// then checks that it stays fixed.
/// </summary>
public static class KnownCrashes
{
    /// <summary>The name of the known crash this exception is, or null when it is a new one.</summary>
    public static string? Match(Exception e)
    {
        var origin = Origin(e);
        // YamlDotNet's scanner on a flow collection never closed ('nyckel: [öppen'): it throws this instead of a YamlException.
        if (e is InvalidOperationException && origin == "YamlDotNet") return "yaml-invalid-operation";
        // Markdig refuses a tree nested past its limit (thousands of '>' or of list levels) with this exception; known
        // only where a document is parsed (and rendered ahead): the same exception from the render stage is a new crash.
        if (e.GetType() == typeof(ArgumentException) && origin == "Markdig" && e.Message.Contains("nested", StringComparison.OrdinalIgnoreCase)
            && Frames(e).Any(t => t == "Sodertorn.Site.Content.DocumentParser"))
            return "markdig-too-deeply-nested";
        return null;
    }

    private static IEnumerable<string?> Frames(Exception e) =>
        new StackTrace(e).GetFrames().Select(f => f.GetMethod()?.DeclaringType?.FullName);

    /// <summary>The assembly of the innermost frame outside the runtime's own libraries: where the exception was thrown from.</summary>
    public static string? Origin(Exception e)
    {
        foreach (var frame in new StackTrace(e).GetFrames())
        {
            var assembly = frame.GetMethod()?.DeclaringType?.Assembly.GetName().Name;
            if (assembly is null || assembly.StartsWith("System.", StringComparison.Ordinal) || assembly == "System") continue;
            return assembly;
        }
        return null;
    }
}
