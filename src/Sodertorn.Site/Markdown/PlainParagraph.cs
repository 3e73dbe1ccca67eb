using System.Buffers;

namespace Sodertorn.Site.Markdown;

/// <summary>
/// Most decision and assignment texts are one line of plain words, which Markdown reads as one paragraph of exactly
/// that text. Such a text is recognised here and written without parsing it: it is shown on several pages and data files
/// (a register year, an activity, the open data), each of which would parse it again. The test holds the rule to
/// Markdig's own output, for every pipeline that uses it.
/// </summary>
public static class PlainParagraph
{
    // Whatever could start markup or needs an HTML escape; control characters (line breaks, tabs, the xref placeholders)
    // and autolinks are tested apart. At the start also digits, '-', '+' (a list) and ':' (a container).
    private static readonly SearchValues<char> Markup = SearchValues.Create("\\`*_{}[]<>#&\"|~=^!");
    private static readonly SearchValues<char> NoStart = SearchValues.Create("0123456789-+ .:");
    private static readonly SearchValues<string> Autolinks = SearchValues.Create(["www", "://", "mailto:", "tel:"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether Markdown reads the text as one paragraph holding exactly this text, with nothing to escape.</summary>
    public static bool Is(string text) =>
        text.Length > 0
        && !NoStart.Contains(text[0])
        && !char.IsWhiteSpace(text[^1])
        && text.AsSpan().IndexOfAny(Markup) < 0
        && !text.AsSpan().ContainsAnyInRange('\0', '\u001f')
        && text.AsSpan().IndexOfAny(Autolinks) < 0;

    /// <summary>The paragraph's HTML as Markdig writes it, or null when the text must be parsed.</summary>
    public static string? Html(string text) => Is(text) ? string.Concat("<p>", text, "</p>\n") : null;

    /// <summary>A text field's HTML: written straight when it is plain, else rendered by Markdig with <paramref name="pipeline"/>.</summary>
    public static string ToHtml(string text, Markdig.MarkdownPipeline pipeline) => Html(text) ?? Markdig.Markdown.ToHtml(text, pipeline);
}
