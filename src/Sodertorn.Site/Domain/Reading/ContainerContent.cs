using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using Sodertorn.Site.Content;
using Sodertorn.Site.Diagnostics;

namespace Sodertorn.Site.Domain.Reading;

/// <summary>
/// What a decision or assignment says, where Markdown drops it without a word: text on the opening line (beside
/// '::: beslut' or after its brace) is not shown anywhere, and a block with no text publishes a decision that says
/// nothing — an unfinished one, most often.
/// </summary>
public static class ContainerContent
{
    public const string OpeningTextCode = "container-opening-text";
    public const string EmptyCode = "container-empty";

    /// <param name="openingLine">The line '::: beslut {#id …}' as written.</param>
    public static void Report(ParsedDocument doc, CustomContainer container, string id, string openingLine, DiagnosticBag diagnostics)
    {
        var kind = container.Info ?? "";
        var noun = kind == Markdown.Decisions.DecisionExtension.AssignmentKind ? "uppdraget" : "beslutet";
        var location = doc.LocationOf(container);
        if (TextBesideBrace(openingLine, kind) is { } text)
            diagnostics.Error(OpeningTextCode, location,
                $"texten '{Shorten(text)}' står på raden '::: {kind}' och visas inte: {noun}s text skrivs på raderna under",
                $"flytta texten till raden under, så att raden '::: {kind}' bara har id och uppgifter inom {{ }}");
        else if (!container.Descendants<LeafBlock>().Any(HasText))
            diagnostics.Error(EmptyCode, location, $"{noun} '{id}' har ingen text",
                $"skriv {noun}s text på raderna mellan '::: {kind}' och ':::'");
    }

    /// <summary>An HTML comment is a note to editors (Markdown/AuthorComments) and shows nothing.</summary>
    private static bool HasText(LeafBlock block) =>
        block is not HtmlBlock { Type: HtmlBlockType.Comment } && (block.Lines.Count > 0 || block.Inline?.FirstChild is not null);

    /// <summary>The words on the opening line outside its one brace of attributes, or null when there are none.</summary>
    private static string? TextBesideBrace(string line, string kind)
    {
        var rest = line.TrimStart().TrimStart(':').TrimStart();
        if (rest.StartsWith(kind, StringComparison.Ordinal)) rest = rest[kind.Length..];
        var open = rest.IndexOf('{');
        var close = open < 0 ? -1 : ClosingBrace(rest, open);
        var outside = close < 0 ? rest : rest[..open] + " " + rest[(close + 1)..];
        var words = string.Join(' ', outside.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return words.Length == 0 ? null : words;
    }

    /// <summary>The brace that closes the one at <paramref name="open"/>, past any quoted value.</summary>
    private static int ClosingBrace(string text, int open)
    {
        char? quote = null;
        for (var i = open + 1; i < text.Length; i++)
        {
            if (quote is { } q) { if (text[i] == q) quote = null; }
            else if (text[i] is '"' or '\'') quote = text[i];
            else if (text[i] == '}') return i;
        }
        return -1;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..39] + "…";
}
