using System.Buffers;
using System.Text.RegularExpressions;
using Sodertorn.Site.Diagnostics;

namespace Sodertorn.Site.Content;

/// <summary>
/// The read stage's guard against invisible control characters in a Markdown or data file. Nobody types one, but text
/// pasted from Word brings its line break inside a paragraph (U+000B) and page break (U+000C), a file once decoded in
/// the wrong encoding holds C1 codes where its dashes and quotes were (U+0096 for '–'), and none of them can be
/// published: XML forbids most of them, so a feed, calendar or the open data would fail to be written, and the rest are
/// errors in HTML that a screen reader may read out. Reported at its line and column, as the author cannot see it;
/// never removed by the build, since only the author knows whether a space or a new line was meant.
/// </summary>
public static partial class ControlCharacters
{
    public const string Code = "input-control-character";

    // C0 codes but tab and the line ends, DEL, the C1 codes, and the two noncharacters XML forbids as well.
    private static readonly SearchValues<char> Forbidden = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n' or '\r')).Select(c => (char)c))
        + string.Concat(Enumerable.Range(0x7F, 0x9F - 0x7F + 1).Select(c => (char)c))
        + "\uFFFE\uFFFF");

    public static bool Any(string text) => text.AsSpan().ContainsAny(Forbidden) || References(text).Any();

    /// <summary>Whether a value decoded from an escape (a YAML "\a") holds such a character, and the first one.</summary>
    public static char? FirstIn(string value) => value.AsSpan().IndexOfAny(Forbidden) is >= 0 and var at ? value[at] : null;

    /// <summary>
    /// Reports the first such character of each line that holds one: written as itself, or as a numeric character reference
    /// (&amp;#7;, &amp;#x1B;) that Markdig and the HTML of a page decode into it — in a decision's text one ended the build with
    /// an internal fault while the Atom feeds were written (found by hand through the fuzz target, docs/fuzzing.md).
    /// </summary>
    public static void Check(SourceFile file, DiagnosticBag diagnostics)
    {
        var text = file.Text;
        var found = new List<(int Index, char Character, string? Written)>();
        for (var at = text.AsSpan().IndexOfAny(Forbidden); at >= 0;)
        {
            found.Add((at, text[at], null));
            var next = text.AsSpan(at + 1).IndexOfAny(Forbidden);
            at = next < 0 ? -1 : at + 1 + next;
        }
        found.AddRange(References(text));
        if (found.Count == 0) return;

        int line = 1, lineStart = 0, reportedLine = 0;
        foreach (var (index, c, written) in found.OrderBy(f => f.Index))
        {
            for (var nl = text.IndexOf('\n', lineStart); nl >= 0 && nl < index; nl = text.IndexOf('\n', lineStart))
            {
                line++;
                lineStart = nl + 1;
            }
            if (line == reportedLine) continue;
            reportedLine = line;
            var what = $"U+{(int)c:X4}, {Describe(c)}";
            if (written is null)
                diagnostics.Error(Code, new SourceLocation(file.RelativePath, line, index - lineStart + 1),
                    $"här står ett osynligt tecken ({what}) som inte kan publiceras", Advice(c));
            else
                diagnostics.Error(Code, new SourceLocation(file.RelativePath, line, index - lineStart + 1),
                    $"'{written}' skriver ett osynligt tecken ({what}) som inte kan publiceras", $"ta bort '{written}'");
        }
    }

    /// <summary>Numeric character references (CommonMark: up to 7 decimal or 6 hexadecimal digits) to such a character.</summary>
    private static IEnumerable<(int Index, char Character, string? Written)> References(string text)
    {
        if (!text.Contains("&#", StringComparison.Ordinal)) yield break;
        foreach (Match match in Reference().Matches(text))
        {
            var hex = match.Groups["hex"];
            var value = hex.Success
                ? int.Parse(hex.Value, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture)
                : int.Parse(match.Groups["dec"].Value, System.Globalization.CultureInfo.InvariantCulture);
            // &#0; is decoded as U+FFFD, a character a page may hold.
            if (value is > 0 and < 0x10000 && Forbidden.Contains((char)value)) yield return (match.Index, (char)value, match.Value);
        }
    }

    [GeneratedRegex("&#(?:[xX](?<hex>[0-9a-fA-F]{1,6})|(?<dec>[0-9]{1,7}));")]
    private static partial Regex Reference();

    private static string Describe(char c) => c switch
    {
        '\u000B' => "Words radbrytning inom ett stycke",
        '\u000C' => "en sidbrytning",
        '\0' => "ett nolltecken",
        >= '\u0080' and <= '\u009F' => "troligen ett tankstreck eller citattecken i fel teckenkodning",
        '\uFFFE' or '\uFFFF' => "inget tecken alls i Unicode",
        _ => "ett styrtecken",
    };

    private static string Advice(char c) => c switch
    {
        '\u000B' or '\u000C' => "ta bort tecknet och skriv ett mellanslag, eller en tom rad om ett nytt stycke ska börja där; klistra in text från Word som oformaterad text",
        >= '\u0080' and <= '\u009F' => "skriv om tecknet vid kolumnen (oftast ett tankstreck –, ett citattecken ” eller tre punkter …) och spara filen som UTF-8",
        _ => "ta bort tecknet: ställ markören vid kolumnen och radera det, eller skriv om ordet där; klistra in kopierad text som oformaterad text",
    };
}
