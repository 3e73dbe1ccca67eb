namespace Sodertorn.Site.Content;

/// <summary>
/// Finds the flow collection ('[' or '{') a YAML text opens and never closes, for an error message that names
/// its line: the parser reports some of these without a position. Quotes and comments are skipped.
/// </summary>
public static class YamlBrackets
{
    /// <returns>1-based line and column within <paramref name="yaml"/> of the first unclosed bracket, or null.</returns>
    public static (int Line, int Column)? FirstUnclosed(string yaml)
    {
        var open = new Stack<(int Line, int Column)>();
        var lines = yaml.Split('\n');
        for (var l = 0; l < lines.Length; l++)
        {
            var text = lines[l];
            char? quote = null;
            for (var c = 0; c < text.Length; c++)
            {
                var ch = text[c];
                if (quote is { } q)
                {
                    if (ch == q) quote = null;
                    continue;
                }
                if (ch is '"' or '\'') quote = ch;
                else if (ch == '#' && (c == 0 || char.IsWhiteSpace(text[c - 1]))) break;
                else if (ch is '[' or '{') open.Push((l + 1, c + 1));
                else if (ch is ']' or '}' && open.Count > 0) open.Pop();
            }
        }
        return open.Count == 0 ? null : open.Last();
    }
}
