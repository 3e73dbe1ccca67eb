namespace Sodertorn.Site.Content;

/// <summary>The two parts of a Markdown file: YAML between '---' fences, then the body.</summary>
/// <param name="Yaml">The YAML text, or null when the file has no front matter.</param>
/// <param name="YamlFirstLine">1-based line in the file where the YAML starts.</param>
/// <param name="BodyFirstLine">1-based line in the file where the body starts.</param>
/// <param name="Unterminated">True when the opening fence has no closing fence.</param>
public sealed record SplitFile(string? Yaml, int YamlFirstLine, string Body, int BodyFirstLine, bool Unterminated);

public static class FrontMatterSplitter
{
    public static SplitFile Split(string text)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal) && text.TrimEnd() != "---")
            return new SplitFile(null, 0, text, 1, false);

        var lines = text.Split('\n');
        for (var i = 1; i < lines.Length; i++)
        {
            var trimmed = lines[i].TrimEnd();
            if (trimmed is "---" or "...")
            {
                var yaml = string.Join('\n', lines, 1, i - 1);
                var body = string.Join('\n', lines, i + 1, lines.Length - i - 1);
                return new SplitFile(yaml, 2, body, i + 2, false);
            }
        }
        return new SplitFile(string.Join('\n', lines, 1, lines.Length - 1), 2, string.Empty, lines.Length + 1, true);
    }
}
