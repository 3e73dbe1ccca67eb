using System.Buffers;
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
public static class ControlCharacters
{
    public const string Code = "input-control-character";

    // C0 codes but tab and the line ends, DEL, the C1 codes, and the two noncharacters XML forbids as well.
    private static readonly SearchValues<char> Forbidden = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n' or '\r')).Select(c => (char)c))
        + string.Concat(Enumerable.Range(0x7F, 0x9F - 0x7F + 1).Select(c => (char)c))
        + "\uFFFE\uFFFF");

    public static bool Any(string text) => text.AsSpan().ContainsAny(Forbidden);

    /// <summary>Reports the first such character of each line that holds one.</summary>
    public static void Check(SourceFile file, DiagnosticBag diagnostics)
    {
        var text = file.Text.AsSpan();
        var at = text.IndexOfAny(Forbidden);
        if (at < 0) return;
        int line = 1, lineStart = 0;
        while (at >= 0)
        {
            for (var nl = text[lineStart..at].IndexOf('\n'); nl >= 0; nl = text[lineStart..at].IndexOf('\n'))
            {
                line++;
                lineStart += nl + 1;
            }
            var c = text[at];
            diagnostics.Error(Code, new SourceLocation(file.RelativePath, line, at - lineStart + 1),
                $"här står ett osynligt tecken (U+{(int)c:X4}, {Describe(c)}) som inte kan publiceras",
                Advice(c));
            var lineEnd = text[at..].IndexOf('\n');
            if (lineEnd < 0) return;
            var next = text[(at + lineEnd)..].IndexOfAny(Forbidden);
            at = next < 0 ? -1 : at + lineEnd + next;
        }
    }

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
