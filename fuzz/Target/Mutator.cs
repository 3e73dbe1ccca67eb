using System.Text;

namespace Sodertorn.Site.Fuzz;

/// <summary>
/// A small deterministic mutator for the in-process smoke test (the long runs use AFL++, which mutates with coverage
/// feedback). The same seed gives the same inputs on every machine, so a crash the smoke test finds can be replayed.
/// Its tokens are also AFL++'s dictionary (fuzz/run writes them out), so both speak the content format.
/// </summary>
public sealed class Mutator(int seed)
{
    /// <summary>Pieces of the content format: front matter, fields, containers, attributes, xref links, YAML and Markdown syntax.</summary>
    public static readonly IReadOnlyList<string> Tokens =
    [
        "---\n", "typ: ", "id: ", "titel: ", "datum: ", "organ: ", "plan: ", "mål: ", "ansvar: ", "utkast: true\n",
        "sammanfattning: ", "nästa_möte: ", "justerare: ", "närvarande: ", "kortnamn: ", "nivå: ", "år: ", "kalender:\n",
        "protokoll", "verksamhetsplan", "aktivitet", "sida", "nätverk", "organ", "kommun",
        "::: beslut {#b avser=\"vp-2030-laddplatser\"}\n", "::: uppdrag {#u}\n", ":::\n", "::: ", "{#", "}", "avser=\"", "\"",
        "[t](xref:", "](xref:", "xref:", ")", "lg-2030-03-01", "vp-2030", "klimat", "ledningsgruppen", "/",
        "\n- ", "\n  - ", "- id: ", "  titel: ", "[", "]", "{", ":", "&a ", "*a", "!!", "? ", "'", "|", "> ", "#", "## ",
        "```\n", "<div>", "</div>", "<!--", "\t", "\r\n", "\uFEFF", "2030-02-30", "25:61", "0", "-1", "99999999999",
        // Escapes that decode to a character the read stage refuses where it stands (crashes 6 and 7, docs/fuzzing.md).
        "&#7;", "&#x1B;", "&#xFFFE;", "\"\\a\"", "\\x07", "\\u0007", "\\uFFFF",
        // Marks Markdown reads as something else than meant (Domain/Reading: StrayDecisionMarks, HeadingMarks, LinksAndImages,
        // PageContainers, ContainerContent): a decision in a table cell, indented, with two colons; headings; images.
        "| a | b |\n|---|---|\n| 1 | ", "    ", ":: beslut ", "::: anm\n", "::: info\n", "# ", "##x", "![", "](/filer/", "![](",
    ];

    private readonly Random random = new(seed);

    /// <summary>A mutation of the input: one to four edits, sometimes with a piece of another input spliced in.</summary>
    public byte[] Mutate(byte[] input, IReadOnlyList<byte[]> others)
    {
        var bytes = new List<byte>(input);
        var edits = 1 + random.Next(4);
        for (var i = 0; i < edits; i++) Edit(bytes, others);
        return [.. bytes];
    }

    private void Edit(List<byte> bytes, IReadOnlyList<byte[]> others)
    {
        var at = bytes.Count == 0 ? 0 : random.Next(bytes.Count + 1);
        switch (random.Next(9))
        {
            case 0 when bytes.Count > 0: // a bit flipped
                bytes[Math.Min(at, bytes.Count - 1)] ^= (byte)(1 << random.Next(8));
                break;
            case 1 when bytes.Count > 1: // a range deleted
                bytes.RemoveRange(Math.Min(at, bytes.Count - 1), Math.Min(1 + random.Next(32), bytes.Count - Math.Min(at, bytes.Count - 1)));
                break;
            case 2: // a token inserted, at a line start or anywhere
                bytes.InsertRange(random.Next(2) == 0 ? LineStart(bytes, at) : at, Encoding.UTF8.GetBytes(Pick(Tokens)));
                break;
            case 3 when bytes.Count > 0: // a range repeated, sometimes many times (deep nesting, long lines)
                var start = Math.Min(at, bytes.Count - 1);
                var range = bytes.GetRange(start, Math.Min(1 + random.Next(8), bytes.Count - start));
                var times = random.Next(4) == 0 ? 50 + random.Next(500) : 2;
                for (var t = 0; t < times; t++) bytes.InsertRange(start, range);
                break;
            case 4 when others.Count > 0: // a piece of another input spliced in
                var other = Pick(others);
                if (other.Length < 2) break;
                var from = 1 + random.Next(other.Length - 1);
                bytes.InsertRange(at, other.AsSpan(from, Math.Min(1 + random.Next(200), other.Length - from)).ToArray());
                break;
            case 5 when bytes.Count > 0: // the slot changed
                bytes[0] = (byte)random.Next(256);
                break;
            case 6 when bytes.Count > 0: // a byte that is not text: invalid UTF-8, a control character, a NUL
                bytes[Math.Min(at, bytes.Count - 1)] = Pick([(byte)0x00, (byte)0xC3, (byte)0xFF, (byte)0x0B, (byte)0x80, (byte)'\r']);
                break;
            case 7 when bytes.Count > 0: // a line moved to another place (a field into the body, a closing ':::' away)
                var lineStart = LineStart(bytes, at);
                var lineEnd = bytes.IndexOf((byte)'\n', Math.Min(lineStart, bytes.Count - 1));
                if (lineEnd < 0) break;
                var line = bytes.GetRange(lineStart, lineEnd - lineStart + 1);
                bytes.RemoveRange(lineStart, line.Count);
                bytes.InsertRange(LineStart(bytes, random.Next(bytes.Count + 1)), line);
                break;
            default: // digits changed (dates, times, years, numbers)
                var digit = bytes.FindIndex(Math.Min(at, bytes.Count), b => b is >= (byte)'0' and <= (byte)'9');
                if (digit >= 0) bytes[digit] = (byte)('0' + random.Next(10));
                break;
        }
    }

    /// <summary>The start of the line that holds position at (never the slot byte).</summary>
    private static int LineStart(List<byte> bytes, int at)
    {
        var i = Math.Min(at, bytes.Count);
        while (i > 1 && bytes[i - 1] != (byte)'\n') i--;
        return Math.Max(i, Math.Min(1, bytes.Count));
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>The tokens as an AFL++ dictionary file: one quoted value a line, with non-printable bytes escaped.</summary>
    public static string AflDictionary()
    {
        var text = new StringBuilder("# Written by fuzz/run from Mutator.Tokens: pieces of the content format.\n");
        foreach (var (token, i) in Tokens.Select((t, i) => (t, i)))
        {
            text.Append("t").Append(i).Append("=\"");
            foreach (var b in Encoding.UTF8.GetBytes(token))
                text.Append(b is >= 0x20 and < 0x7F and not (byte)'"' and not (byte)'\\' ? ((char)b).ToString() : $"\\x{b:X2}");
            text.Append("\"\n");
        }
        return text.ToString();
    }
}
