using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Sodertorn.Site.Content;

/// <summary>
/// YamlDotNet's events, stopped at an anchor ('&amp;namn') or an explicit tag ('!namn'). Both are valid YAML and
/// nobody writing front matter means them: '&amp;Kort om sidan' is read as the anchor "Kort" and the value "om sidan",
/// '!!Viktigt!!' as a tag and an empty value, so the author's words vanish from the page without an error (found
/// while fuzzing, docs/fuzzing.md). The exception thrown names where, and <see cref="Refused"/> which mark it was.
/// </summary>
public sealed class YamlMarkupGuard(IParser parser) : IParser
{
    /// <summary>'&amp;' for an anchor, '!' for a tag; null while neither has been met.</summary>
    public char? Refused { get; private set; }

    public ParsingEvent? Current => parser.Current;

    public bool MoveNext()
    {
        if (!parser.MoveNext()) return false;
        Refused = parser.Current switch
        {
            NodeEvent { Anchor.IsEmpty: false } => '&',
            NodeEvent { Tag.IsEmpty: false } => '!',
            _ => null,
        };
        if (Refused is not null)
            throw new YamlException(parser.Current!.Start, parser.Current.End, Refused == '&' ? "anchor" : "tag");
        return true;
    }
}
