using System.Text;
using System.Text.RegularExpressions;

namespace Sodertorn.Site.Content;

/// <summary>
/// The rule for hand-written identifiers: lowercase ASCII letters, digits and single hyphens, at least two
/// characters (Markdig does not read a one-character {#x}) and at most <see cref="MaxLength"/>, so that each one is a
/// readable, permanent URL segment or anchor. Parts of a document are "document/part".
/// </summary>
public static partial class Identifier
{
    /// <summary>
    /// A document's id names its folder and files in the output ("&lt;id&gt;/index.html", "kalender/mote/&lt;id&gt;.ics"), and
    /// a file name has at most 255 bytes: a 300-character id stopped the build with an error that said nothing of the id.
    /// The longest real id has 36 characters.
    /// </summary>
    public const int MaxLength = 80;

    /// <summary>
    /// The rule as a regular expression that .NET and JavaScript read alike (the CMS checks ids with it as they are typed).
    /// It ends in "nothing follows", not '$': .NET's '$' also matches before a final line break, so "ab\n" (an id
    /// given on the command line, say) was valid here and not in the CMS; JavaScript has no '\z'.
    /// </summary>
    public const string PatternText = @"^(?=.{2,80}(?![\s\S]))[a-z0-9]+(-[a-z0-9]+)*(?![\s\S])";

    [GeneratedRegex(PatternText)]
    private static partial Regex Pattern();

    public static bool IsValid(string value) => Pattern().IsMatch(value);

    /// <summary>A reference names a document ("lg-2023-02-10") or a part of one ("lg-2023-02-10/vp-2023-till-ssk").</summary>
    public static bool IsReference(string value)
    {
        var slash = value.IndexOf('/');
        return slash < 0 ? IsValid(value) : IsValid(value[..slash]) && IsValid(value[(slash + 1)..]);
    }

    public static string Qualify(string documentId, string localId) => documentId + "/" + localId;

    /// <summary>The valid identifier closest to what the author wrote, for the "write instead" part of an error.</summary>
    public static string Suggest(string written)
    {
        var builder = new StringBuilder();
        foreach (var ch in written.Trim().ToLowerInvariant())
        {
            var mapped = ch switch
            {
                'å' or 'ä' or 'á' or 'à' => 'a',
                'ö' or 'ø' or 'ó' => 'o',
                'é' or 'è' or 'ë' => 'e',
                'ü' => 'u',
                _ => ch,
            };
            if (mapped is (>= 'a' and <= 'z') or (>= '0' and <= '9')) builder.Append(mapped);
            else if (builder.Length > 0 && builder[^1] != '-') builder.Append('-');
        }
        var result = builder.ToString().Trim('-');
        // Too long: cut after the last whole word within the limit, so that the suggestion is itself a valid id.
        if (result.Length > MaxLength)
        {
            var cut = result[..MaxLength];
            result = (result[MaxLength] == '-' ? cut : cut.LastIndexOf('-') is > 1 and var hyphen ? cut[..hyphen] : cut).TrimEnd('-');
        }
        return result.Length == 0 ? "mitt-id" : result;
    }
}
