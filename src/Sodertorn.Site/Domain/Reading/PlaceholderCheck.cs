using Markdig.Syntax;
using Sodertorn.Site.Content;
using Sodertorn.Site.Diagnostics;

namespace Sodertorn.Site.Domain.Reading;

/// <summary>
/// Finds the placeholders that 'new' writes (<see cref="Placeholders"/>) left in a document: each is an error
/// (placeholder-left) at its line and column, without --strict too, so an unfinished file is never published.
/// Only those exact texts count, so ordinary prose with "skriv" in it never does; and not where nothing is
/// published: front matter comments ('#'), HTML comments and code blocks, where the guide may quote them.
/// </summary>
public static class PlaceholderCheck
{
    public const string Code = "placeholder-left";


    /// <summary>
    /// How the placeholders begin ("Skriv ", "skriv-"): searched for one by one first, since a search for all the
    /// placeholders at once is many times slower on text that holds none, and nearly every file holds none.
    /// </summary>
    private static readonly string[] Beginnings = Placeholders.All.Select(p => p.Text[..6]).Distinct().ToArray();

    public static void Check(ParsedDocument doc, DiagnosticBag diagnostics)
    {
        var text = doc.File.Text;
        if (!Beginnings.Any(b => text.Contains(b, StringComparison.Ordinal))) return;
        var at = text.AsSpan().IndexOfAny(Placeholders.Texts);
        if (at < 0) return;
        var unpublished = UnpublishedBodyRanges(doc, text.Length - doc.BodyText.Length);
        int line = 1, lineStart = 0;
        while (at >= 0)
        {
            var placeholder = LongestAt(text, at);
            for (var nl = text.IndexOf('\n', lineStart); nl >= 0 && nl < at; nl = text.IndexOf('\n', lineStart))
            {
                line++;
                lineStart = nl + 1;
            }
            var inFrontMatter = line < doc.BodyFirstLine;
            var skipped = inFrontMatter ? text.AsSpan(lineStart, at - lineStart).TrimStart().StartsWith("#") : unpublished.Any(r => r.Start <= at && at < r.End);
            if (!skipped && (!Placeholders.IsId(placeholder.Text) || IsWholeId(text, at, placeholder.Text.Length)))
                diagnostics.Error(Code, new SourceLocation(doc.File.RelativePath, line, at - lineStart + 1),
                    $"platshållaren '{placeholder.Text}' står kvar där {placeholder.Stands} ska stå",
                    placeholder.Write);
            var next = text.AsSpan(at + placeholder.Text.Length).IndexOfAny(Placeholders.Texts);
            at = next < 0 ? -1 : at + placeholder.Text.Length + next;
        }
    }

    /// <summary>A document's references without those to placeholder ids, which are reported here rather than as pointing at nothing.</summary>
    public static IReadOnlyList<Reference> WithoutPlaceholderIds(IReadOnlyList<Reference> references) =>
        references.Any(r => Placeholders.IsId(r.TargetId)) ? references.Where(r => !Placeholders.IsId(r.TargetId)).ToList() : references;

    /// <summary>An id counts only as a whole id: "skriv-eget-id-listan" is another word.</summary>
    private static bool IsWholeId(string text, int at, int length) =>
        (at == 0 || !IsIdChar(text[at - 1])) && (at + length == text.Length || !IsIdChar(text[at + length]));

    private static bool IsIdChar(char c) => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-';

    private static Placeholder LongestAt(string text, int at)
    {
        Placeholder? longest = null;
        foreach (var placeholder in Placeholders.All)
            if (text.AsSpan(at).StartsWith(placeholder.Text, StringComparison.Ordinal) && placeholder.Text.Length > (longest?.Text.Length ?? 0))
                longest = placeholder;
        return longest!;
    }

    /// <summary>Where in the file the body holds HTML comments and code blocks, as offsets into the file's text.</summary>
    private static List<(int Start, int End)> UnpublishedBodyRanges(ParsedDocument doc, int bodyOffset) =>
        doc.Body.Descendants<LeafBlock>()
            .Where(b => b is CodeBlock or HtmlBlock { Type: HtmlBlockType.Comment })
            .Select(b => (bodyOffset + b.Span.Start, bodyOffset + b.Span.End + 1))
            .ToList();
}
