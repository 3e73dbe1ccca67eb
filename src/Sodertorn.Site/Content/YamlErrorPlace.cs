using System.Text.RegularExpressions;

namespace Sodertorn.Site.Content;

/// <summary>
/// Two YAML mistakes that YamlDotNet reports somewhere else than where they are, found in the front matter's text
/// (only on the error path): a tab in a line's indentation, which it reports at the top of the front matter, and a value
/// that starts with '*' or '&amp;' (an alias or anchor to YAML, emphasis to an author), which it reports as a missing key.
/// </summary>
public static partial class YamlErrorPlace
{
    public const string AliasExplanation = "tecknet '*' eller '&' i början av ett värde (sätt värdet inom citattecken)";

    public const string TabExplanation = "tabbtecken i indrag";

    /// <summary>The explanation and place (1-based, within the front matter) of such a mistake, or null.</summary>
    /// <param name="noticedAt">The line YamlDotNet noticed the error at: a '*' or '&amp;' value counts only on it or the line above.</param>
    /// <param name="explained">What YamlDotNet's message was taken to mean: a tab is looked for only when it said tab.</param>
    public static (string Explanation, int Line, int Column)? Find(string yaml, int noticedAt, string explained)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length && explained == TabExplanation; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', 0, indent);
            if (tab >= 0) return (TabExplanation, i + 1, tab + 1);
        }
        for (var line = Math.Max(1, noticedAt - 1); line <= Math.Min(noticedAt, lines.Length); line++)
            if (AliasLikeValue().Match(lines[line - 1]) is { Success: true } match)
                return (AliasExplanation, line, match.Groups["mark"].Index + 1);
        return null;
    }

    // "namn: *…", "- *…", "- namn: &…": a value (or a list item) that starts with '*' or '&'.
    [GeneratedRegex(@"^\s*(?:-\s+)?(?:[^\s:#'""][^:#]*:\s+)?(?<mark>[*&])")]
    private static partial Regex AliasLikeValue();
}
