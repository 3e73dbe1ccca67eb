using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Sodertorn.Site.Content;

/// <summary>What YAML's syntax makes of a value that no author of front matter means.</summary>
public enum YamlRefusal
{
    /// <summary>'&amp;Kort om sidan': the anchor "Kort" and the value "om sidan".</summary>
    Anchor,

    /// <summary>'!!Viktigt!!': a tag and an empty value.</summary>
    Tag,

    /// <summary>"Möte\a" in double quotes: an escape that decodes to a control character (<see cref="ControlCharacters"/>).</summary>
    ControlCharacter,
}

/// <summary>
/// YamlDotNet's events, stopped at a value YAML reads otherwise than its author wrote it. An anchor or an explicit tag is
/// valid YAML, and the word after the mark vanished from the page without an error (found while fuzzing,
/// docs/fuzzing.md). An escape in double quotes ("\a", "\x07", "\uFFFE") decodes to a character the read stage refuses
/// where it stands in the file, and one in a title ended the build with an internal fault while the Atom feeds were
/// written. The exception thrown names where; <see cref="Refused"/> says why.
/// </summary>
/// <param name="escapesOnly">True when the text holds no such character as itself: then one in a value came from an escape.
/// Otherwise the read stage has reported it at its column (ControlCharacters.Check), and values are not checked again.</param>
public sealed class YamlValueGuard(IParser parser, bool escapesOnly) : IParser
{
    /// <summary>Why the value was refused; null while none has been.</summary>
    public YamlRefusal? Refused { get; private set; }

    /// <summary>With <see cref="YamlRefusal.ControlCharacter"/>, the character the value decodes to.</summary>
    public char Character { get; private set; }

    public ParsingEvent? Current => parser.Current;

    public bool MoveNext()
    {
        if (!parser.MoveNext()) return false;
        switch (parser.Current)
        {
            case NodeEvent { Anchor.IsEmpty: false }:
                Refused = YamlRefusal.Anchor;
                break;
            case NodeEvent { Tag.IsEmpty: false }:
                Refused = YamlRefusal.Tag;
                break;
            case Scalar scalar when escapesOnly && ControlCharacters.FirstIn(scalar.Value) is { } c:
                Refused = YamlRefusal.ControlCharacter;
                Character = c;
                break;
        }
        if (Refused is { } refused)
            throw new YamlException(parser.Current!.Start, parser.Current.End, refused.ToString());
        return true;
    }
}
