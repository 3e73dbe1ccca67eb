using System.Text.RegularExpressions;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Sodertorn.Site.Content;
using Sodertorn.Site.Diagnostics;

namespace Sodertorn.Site.Domain.Reading;

/// <summary>
/// Headings written so that the page gets something else than the author meant, without a word from Markdown:
/// <list type="bullet">
/// <item>'# Rubrik' is a second main heading: every layout shows the title as the page's only h1, and a screen reader
/// user who jumps between headings meets two. In minutes it also ends no agenda item, so the decisions under it belong
/// to the item above.</item>
/// <item>'##Rubrik' without a space is a paragraph that shows its '##'; in minutes the agenda item is lost.</item>
/// </list>
/// </summary>
public static partial class HeadingMarks
{
    public const string MainHeadingCode = "heading-one";
    public const string SpaceCode = "heading-space";

    [GeneratedRegex(@"^(?<marks>#{2,6})(?=[\p{L}\p{N}])")]
    private static partial Regex WithoutSpace();

    public static void Report(ParsedDocument doc, DiagnosticBag diagnostics)
    {
        var minutes = doc.Kind == "protokoll";
        foreach (var block in doc.Body.Descendants())
        {
            if (block is HeadingBlock { Level: 1 } heading)
                diagnostics.Error(MainHeadingCode, doc.LocationOf(heading),
                    "en rubrik med en '#' blir en andra huvudrubrik på sidan: sidans huvudrubrik är dess titel",
                    minutes ? "skriv '##' för en dagordningspunkt, eller '###' för en underrubrik i en punkt"
                        : "skriv '##' för en rubrik, eller '###' för en underrubrik");
            // A table cell's text is not a line of its own.
            else if (block is ParagraphBlock { Inline: { } inline, Parent: not TableCell })
                foreach (var (first, text) in ParagraphLines.Starts(inline))
                {
                    if (WithoutSpace().Match(text) is not { Success: true } match) continue;
                    var marks = match.Groups["marks"].Value;
                    diagnostics.Error(SpaceCode, doc.LocationOf(first),
                        $"'{marks}' följs inte av ett mellanslag, så raden blir vanlig text och ingen rubrik{(minutes && marks.Length == 2 ? " (och ingen dagordningspunkt)" : "")}",
                        $"skriv ett mellanslag efter '{marks}'");
                }
        }
    }
}
