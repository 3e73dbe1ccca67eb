namespace Sodertorn.Site.Content;

/// <summary>The two parts of a Markdown file: YAML between '---' fences, then the body.</summary>
/// <param name="Yaml">The YAML text, or null when the file has no front matter.</param>
/// <param name="YamlFirstLine">1-based line in the file where the YAML starts.</param>
/// <param name="BodyFirstLine">1-based line in the file where the body starts.</param>
/// <param name="Unterminated">True when the opening fence has no closing fence.</param>
public sealed record SplitFile(string? Yaml, int YamlFirstLine, string Body, int BodyFirstLine, bool Unterminated);

public static class FrontMatterSplitter
{
    /// <summary>
    /// Finds the closing fence line by line without cutting the text into lines: the YAML and the body are each one
    /// substring of the file (splitting into lines and joining them again copied every file twice).
    /// </summary>
    public static SplitFile Split(string text)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal) && text.TrimEnd() != "---")
            return new SplitFile(null, 0, text, 1, false);

        var newline = text.IndexOf('\n');
        var yamlStart = newline < 0 ? text.Length : newline + 1;
        var lineStart = yamlStart;
        // Line 0 is the opening fence; the loop visits lines 1, 2, … as the file's '\n' delimit them.
        for (var line = 1; newline >= 0; line++)
        {
            newline = text.IndexOf('\n', lineStart);
            var lineEnd = newline < 0 ? text.Length : newline;
            if (text.AsSpan(lineStart, lineEnd - lineStart).TrimEnd() is "---" or "...")
            {
                var yaml = line == 1 ? "" : text[yamlStart..(lineStart - 1)];
                var body = newline < 0 ? "" : text[(newline + 1)..];
                return new SplitFile(yaml, 2, body, line + 2, false);
            }
            if (newline < 0) return new SplitFile(text[yamlStart..], 2, string.Empty, line + 2, true);
            lineStart = newline + 1;
        }
        // The file is the opening fence alone, without a line break.
        return new SplitFile("", 2, string.Empty, 2, true);
    }
}
