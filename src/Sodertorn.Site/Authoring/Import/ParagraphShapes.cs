using System.Text.RegularExpressions;

namespace Sodertorn.Site.Authoring.Import;

/// <summary>
/// What a Word paragraph looks like to the importer: an agenda item heading ("6. Verksamhetsplan", or Word's
/// own numbering), a "Beslut" label, a list (Word bullets or "- ", "•" typed by hand), a short label line.
/// </summary>
public static partial class ParagraphShapes
{
    private const int MaxTitleLength = 120;

    [GeneratedRegex(@"^(?:§\s*(?<n>\d{1,3})[.)]?|(?<n>\d{1,3})[.)])\s+(?<title>\S.*)$")]
    private static partial Regex NumberedTitle();

    [GeneratedRegex(@"^(?:[-–]\s+|[•·\u2022\u25AA\u25CF\u25E6\uF0A7\uF0B7]\s*)(?<text>\S.*)$")]
    private static partial Regex TypedBullet();

    [GeneratedRegex(@"^(?<n>\d{1,3})[.)]\s+(?<text>\S.*)$")]
    private static partial Regex TypedNumber();

    [GeneratedRegex(@"^beslut\s*(?::\s*(?<text>.*))?$", RegexOptions.IgnoreCase)]
    private static partial Regex DecisionLabel();

    [GeneratedRegex(@"^(?:vid anteckningarna|vid protokollet|justeras|justerare|justerat)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SignatureLabel();

    /// <summary>
    /// An agenda item heading numbered after <paramref name="previous"/> (by up to three, in case one was left out,
    /// so a numbered list inside an item, which starts again at 1, is not taken for items).
    /// </summary>
    public static (int Number, string Title, string? Remainder)? ItemHeading(WordParagraph paragraph, int previous)
    {
        var lines = paragraph.Lines;
        var first = lines[0].Replace('\t', ' ').Trim();
        int number;
        string title;
        if (paragraph is { List: ListKind.Numbered, Level: 0, ListNumber: { } listNumber })
        {
            (number, title) = (listNumber, first);
        }
        else if (paragraph.List == ListKind.None && NumberedTitle().Match(first) is { Success: true } match)
        {
            (number, title) = (int.Parse(match.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture), match.Groups["title"].Value.Trim());
        }
        else return null;
        if (number <= previous || number > previous + 3) return null;
        if (title.Length > MaxTitleLength || title.EndsWith('.') || !char.IsLetterOrDigit(title[0])) return null;
        var rest = string.Join('\n', lines.Skip(1)).Trim();
        return (number, title, rest.Length == 0 ? null : rest);
    }

    /// <summary>"Beslut", "Beslut:" or "Beslut: text"; the text after the colon, or "" when there is none.</summary>
    public static string? DecisionLabelText(WordParagraph paragraph)
    {
        if (paragraph.List != ListKind.None) return null;
        var match = DecisionLabel().Match(paragraph.Flat.Replace("*", ""));
        return match.Success ? match.Groups["text"].Value.Trim() : null;
    }

    public static bool StartsSignatures(WordParagraph paragraph) =>
        paragraph.List == ListKind.None && SignatureLabel().IsMatch(paragraph.Lines[0].Trim());

    /// <summary>A short line without a full stop, or all bold: a sub-heading such as "Diskussion" or "Synpunkter som nämns:".</summary>
    public static bool IsLabel(WordParagraph paragraph)
    {
        var text = paragraph.Flat;
        return paragraph.List == ListKind.None && !paragraph.Text.Contains('\n') &&
               (paragraph.Bold || (text.Length <= 60 && (text.EndsWith(':') || !".!?".Contains(text[^1]))));
    }

    /// <summary>The paragraph as list items, or empty when it is no list. Typed bullets may fill several lines.</summary>
    public static IReadOnlyList<ListItemBlock> ListItems(WordParagraph paragraph)
    {
        if (paragraph.List != ListKind.None)
            return [new ListItemBlock(paragraph.Flat, paragraph.Level, paragraph.List == ListKind.Numbered ? paragraph.ListNumber : null)];
        var lines = paragraph.Lines;
        if (!IsTypedItem(lines[0].Trim(), out _, out _)) return [];
        var items = new List<ListItemBlock>();
        foreach (var line in lines)
        {
            var level = line.TakeWhile(c => c == '\t').Count() + line.TakeWhile(c => c == ' ').Count() / 2;
            if (IsTypedItem(line.Trim(), out var text, out var number))
                items.Add(new ListItemBlock(text, Math.Min(level, 3), number));
            else if (line.Trim().Length > 0)
                items[^1] = items[^1] with { Text = items[^1].Text + " " + line.Trim() };
        }
        return items;
    }

    private static bool IsTypedItem(string line, out string text, out int? number)
    {
        if (TypedBullet().Match(line) is { Success: true } bullet)
        {
            (text, number) = (bullet.Groups["text"].Value.Trim(), null);
            return true;
        }
        if (TypedNumber().Match(line) is { Success: true } numbered)
        {
            (text, number) = (numbered.Groups["text"].Value.Trim(), int.Parse(numbered.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture));
            return true;
        }
        (text, number) = ("", null);
        return false;
    }
}
