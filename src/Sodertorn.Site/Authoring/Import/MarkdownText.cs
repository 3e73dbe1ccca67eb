using System.Text;
using System.Text.RegularExpressions;

namespace Sodertorn.Site.Authoring.Import;

/// <summary>
/// Word text as Markdown that reads back as the same text: characters the site's Markdown would take as
/// markup (emphasis, links, HTML, {#attributes}, tables) are escaped, and so is a line start that would begin
/// a heading, list, quote or ':::' block. Ordinary Swedish prose passes through unchanged.
/// </summary>
public static partial class MarkdownText
{
    [GeneratedRegex(@"^(\d+)([.)])(\s|$)")]
    private static partial Regex OrderedListStart();

    [GeneratedRegex(@"&(?=#?[A-Za-z0-9]+;)")]
    private static partial Regex EntityStart();

    /// <summary>One paragraph: each line escaped; Word's line breaks stay line breaks inside the paragraph.</summary>
    public static string Paragraph(string text) =>
        string.Join('\n', text.Split('\n').Select(l => Line(l.Replace('\t', ' ').Trim())).Where(l => l.Length > 0));

    /// <summary>Text inside a heading or on one line after a list marker: markup escaped, no line-start rules.</summary>
    public static string Inline(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var ch in text.Replace('\t', ' ').Replace('\n', ' '))
        {
            if (ch is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '{' or '}' or '|' or '~') escaped.Append('\\');
            escaped.Append(ch);
        }
        return EntityStart().Replace(escaped.ToString(), "\\&");
    }

    private static string Line(string line)
    {
        if (line.Length == 0) return line;
        var escaped = Inline(line);
        if (escaped[0] is '#' or '>' or '+' or '-' or '=' || escaped.StartsWith(":::", StringComparison.Ordinal))
            return "\\" + escaped;
        return OrderedListStart().Replace(escaped, "$1\\$2$3");
    }
}
