using System.Text.RegularExpressions;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Sodertorn.Site.Content;
using Sodertorn.Site.Diagnostics;

namespace Sodertorn.Site.Domain.Reading;

/// <summary>
/// A line that opens a decision or an assignment where Markdown does not read one: in a table cell, indented as code,
/// or with two colons. The page would show the line as text (its {#id} on the table or the paragraph) and the minutes
/// would lose the decision without a word, so each is an error at its line.
/// </summary>
public static partial class StrayDecisionMarks
{
    public const string Code = "container-misplaced";

    [GeneratedRegex(@"(?<!:)(?<colons>:{2,})\s*(?<kind>beslut|uppdrag)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Mark();

    /// <summary>The mark when it begins the text (after spaces), as the line that opens a block would.</summary>
    private static Match? Opening(string text) =>
        Mark().Match(text) is { Success: true } mark && string.IsNullOrWhiteSpace(text[..mark.Index]) ? mark : null;

    public static void Report(ParsedDocument doc, DiagnosticBag diagnostics)
    {
        foreach (var block in doc.Body.Descendants())
        {
            switch (block)
            {
                // A fenced code block shows the mark on purpose; only indentation makes code of it by accident.
                case CodeBlock code and not FencedCodeBlock:
                    ReportIndented(doc, code, diagnostics);
                    break;
                case ParagraphBlock { Inline: { } inline } paragraph:
                    foreach (var (literal, text) in ParagraphLines.Starts(inline))
                        if (Opening(text) is { } match)
                            diagnostics.Error(Code, At(doc, literal), Message(match, paragraph), Suggestion(match, paragraph));
                    break;
            }
        }
    }

    private static void ReportIndented(ParsedDocument doc, CodeBlock code, DiagnosticBag diagnostics)
    {
        var lines = code.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines.Lines[i];
            if (Opening(line.Slice.ToString()) is not { } match) continue;
            var kind = Kind(match);
            diagnostics.Error(Code, At(new SourceLocation(doc.File.RelativePath, doc.BodyFirstLine + line.Line, line.Column + 1), match),
                $"'::: {kind}' är indraget med fyra mellanslag eller mer, så raden visas som kod och blir inget {kind}",
                "ta bort mellanslagen före ':::', på den raden och på den avslutande raden ':::'");
        }
    }

    /// <summary>Where the colons are, not the spaces before them.</summary>
    private static SourceLocation At(SourceLocation start, Match match) =>
        start with { Column = start.Column + match.Groups["colons"].Index };

    /// <summary>
    /// Where the colons are on the literal's line (Markdig gives inlines a line but no column to trust in a table cell).
    /// </summary>
    private static SourceLocation At(ParsedDocument doc, LiteralInline literal)
    {
        var mark = Mark().Match(Line(doc.BodyText, literal.Line));
        return doc.LocationOf(literal) with { Column = (mark.Success ? mark.Index : 0) + 1 };
    }

    private static string Line(string text, int number)
    {
        var start = 0;
        for (var i = 0; i < number && start >= 0; i++)
            start = text.IndexOf('\n', start) is var end and >= 0 ? end + 1 : -1;
        if (start < 0) return "";
        var stop = text.IndexOf('\n', start);
        return text[start..(stop < 0 ? text.Length : stop)];
    }

    private static string Message(Match match, ParagraphBlock paragraph)
    {
        var kind = Kind(match);
        return InTable(paragraph)
            ? $"'::: {kind}' står i en tabellcell och blir inget {kind}: ett {kind} kan inte stå i en tabell"
            : $"'{match.Groups["colons"].Value} {kind}' blir inget {kind}: ett {kind} börjar med tre kolon, ':::'";
    }

    private static string Suggestion(Match match, ParagraphBlock paragraph)
    {
        var kind = Kind(match);
        return InTable(paragraph)
            ? $"skriv {kind}et under tabellen, på egna rader: '::: {kind} {{#id}}', texten, och en rad med bara ':::'"
            : $"skriv '::: {kind} {{#id}}' och avsluta med en rad med bara ':::'";
    }

    /// <summary>"beslut" or "uppdrag", which are also the nouns the messages use.</summary>
    private static string Kind(Match match) => match.Groups["kind"].Value.ToLowerInvariant();

    private static bool InTable(Block block) => block.Parent is TableCell;
}
