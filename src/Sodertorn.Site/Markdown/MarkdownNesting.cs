using Sodertorn.Site.Diagnostics;

namespace Sodertorn.Site.Markdown;

/// <summary>
/// Markdig refuses a document nested deeper than it can render without running out of stack (an ArgumentException,
/// "too deeply nested"); this finds where, so that the author is told the line rather than the parser's words.
/// </summary>
public static class MarkdownNesting
{
    /// <summary>Markdig's limit on nested blocks (ThrowHelper.CheckDepthLimit in Markdig).</summary>
    public const int Limit = 128;

    /// <summary>Markdig's own exception for too deep nesting; it has no type of its own, only its message.</summary>
    public static bool IsDepthLimit(ArgumentException e) => e.Message.Contains("depth limit", StringComparison.Ordinal);

    public static Diagnostic TooDeep(SourceLocation where) => new(Severity.Error, "markdown-too-deep", where,
        $"texten är nästlad i fler än {Limit} nivåer (citat '>', listor, betoning '*' eller hakparenteser i varandra) och kan inte visas",
        "skriv texten utan så många nivåer i rad; ett citat eller en lista i två–tre nivåer räcker");

    /// <summary>The 1-based line whose leading quote markers, list markers, brackets and indentation nest deepest.</summary>
    public static int DeepestLine(string text)
    {
        int best = 1, bestDepth = -1, line = 1;
        foreach (var segment in text.AsSpan().EnumerateLines())
        {
            var depth = 0;
            foreach (var ch in segment)
            {
                if (ch is not ('>' or ' ' or '\t' or '-' or '*' or '+' or '[')) break;
                // A quote marker or a bracket opens a level of its own; list items nest by indentation.
                depth += ch is '>' or '[' or '\t' ? 2 : 1;
            }
            if (depth > bestDepth) (best, bestDepth) = (line, depth);
            line++;
        }
        return best;
    }
}
