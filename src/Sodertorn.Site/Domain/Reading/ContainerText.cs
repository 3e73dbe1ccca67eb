using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Sodertorn.Site.Domain.Reading;

/// <summary>
/// The Markdown inside a decision or assignment, as every page, feed, data file and search index shows it. Lines
/// wrapped inside a paragraph (by a Word export, OCR or the author) are joined with one space, hard line breaks
/// (two trailing spaces, a trailing backslash) too: the text is shown in running prose and in one-line lists,
/// where a line break either vanished and glued words together ("ettextrainsatt") or broke a sentence.
/// Blank lines between paragraphs and list items stay as written.
/// </summary>
public static class ContainerText
{
    public static string Inner(string body, CustomContainer container)
    {
        var start = container.Span.Start;
        var source = body.Substring(start, Math.Min(container.Span.Length, body.Length - start));
        var joined = JoinWrappedLines(source, start, container);
        var lines = joined.Split('\n').ToList();
        if (lines.Count > 0) lines.RemoveAt(0);
        if (lines.Count > 0 && lines[^1].TrimStart().StartsWith(":::", StringComparison.Ordinal)) lines.RemoveAt(lines.Count - 1);
        return string.Join('\n', lines).Trim();
    }

    /// <summary>Each line break inside a paragraph, with the spaces around it and a hard break's backslash, becomes one space.</summary>
    private static string JoinWrappedLines(string source, int offset, CustomContainer container)
    {
        // The next line's words start where the inline after the break does: after its indent and any '>' of a quote.
        var breaks = container.Descendants<LineBreakInline>()
            .Select(b => (At: b.Span.Start - offset, b.IsBackslash, Next: b.NextSibling is { } n ? n.Span.Start - offset : -1))
            .Where(b => b.At >= 0 && b.At < source.Length).OrderBy(b => b.At).ToList();
        if (breaks.Count == 0) return source;
        var text = new System.Text.StringBuilder(source.Length);
        var copied = 0;
        foreach (var (at, isBackslash, nextInline) in breaks)
        {
            var newline = source.IndexOf('\n', at);
            if (newline < 0 || newline < copied || nextInline <= newline || nextInline > source.Length) continue;
            var end = newline;
            if (isBackslash && end > 0 && source[end - 1] == '\\') end--;
            while (end > copied && source[end - 1] is ' ' or '\t') end--;
            text.Append(source, copied, end - copied).Append(' ');
            copied = nextInline;
        }
        return text.Append(source, copied, source.Length - copied).ToString();
    }
}
