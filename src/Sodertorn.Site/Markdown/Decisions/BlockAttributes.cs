using Markdig.Extensions.CustomContainers;
using Markdig.Renderers.Html;

namespace Sodertorn.Site.Markdown.Decisions;

/// <summary>
/// Reads <c>{#id name="value" …}</c> after <c>::: beslut</c> and <c>::: uppdrag</c> when Markdig could not: its attribute
/// names are ASCII letters only, and the follow-up attributes are Swedish words with å and ö (<c>återrapporterar</c>,
/// <c>slutför</c>, <c>återkallar</c>). Markdig then leaves the whole brace as the container's arguments, with no id and no
/// attributes; this reads them by the same rules, letters of any alphabet allowed in names. Only such a brace is read
/// here, so every other malformed brace still reaches the minutes reader's own errors.
/// </summary>
public static class BlockAttributes
{
    public static void ReadUnread(CustomContainer container)
    {
        if (container.TryGetAttributes() is { Id: not null } || container.Arguments is not { } text) return;
        if (Parse(text.Trim()) is not { } attributes) return;
        if (attributes.Properties?.Any(p => p.Key.Any(c => c > '\u007f')) != true) return;
        container.SetAttributes(attributes);
        container.Arguments = null;
    }

    /// <summary>The attributes of one brace, or null when it is not one.</summary>
    public static HtmlAttributes? Parse(string text)
    {
        if (text.Length < 2 || text[0] != '{' || text[^1] != '}') return null;
        var attributes = new HtmlAttributes();
        var i = 1;
        var end = text.Length - 1;
        while (true)
        {
            while (i < end && char.IsWhiteSpace(text[i])) i++;
            if (i == end) return attributes;
            var start = i;
            switch (text[i])
            {
                case '#' or '.':
                    i++;
                    while (i < end && !char.IsWhiteSpace(text[i])) i++;
                    var word = text[(start + 1)..i];
                    if (word.Length == 0) return null;
                    if (text[start] == '#') attributes.Id = word;
                    else attributes.AddClass(word);
                    continue;
            }
            if (!IsNameStart(text[i])) return null;
            while (i < end && IsName(text[i])) i++;
            var name = text[start..i];
            if (i < end && text[i] == '=')
            {
                i++;
                if (ReadValue(text, ref i, end) is not { } value) return null;
                attributes.AddProperty(name, value);
            }
            else if (i == end || char.IsWhiteSpace(text[i]))
                attributes.AddProperty(name, "");
            else
                return null;
        }
    }

    private static string? ReadValue(string text, ref int i, int end)
    {
        if (i < end && text[i] is '"' or '\'')
        {
            var quote = text[i];
            var close = text.IndexOf(quote, i + 1);
            if (close < 0 || close >= end) return null;
            var quoted = text[(i + 1)..close];
            i = close + 1;
            return i == end || char.IsWhiteSpace(text[i]) ? quoted : null;
        }
        var start = i;
        while (i < end && !char.IsWhiteSpace(text[i]) && text[i] is not ('"' or '\'' or '=')) i++;
        return i > start ? text[start..i] : null;
    }

    private static bool IsNameStart(char c) => char.IsLetter(c) || c is '_' or ':';

    private static bool IsName(char c) => IsNameStart(c) || char.IsDigit(c) || c is '-' or '.';
}
