using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Sodertorn.Site.Content;

/// <summary>
/// YamlDotNet's events, each short scalar value (a name, an id, a place) replaced by its copy in a <see cref="TextPool"/>,
/// so that the front matter of thousands of meetings holds one "Kansliet", not one per meeting.
/// </summary>
public sealed class SharedScalars(IParser parser, TextPool pool) : IParser
{
    public ParsingEvent? Current { get; private set; }

    public bool MoveNext()
    {
        if (!parser.MoveNext())
        {
            Current = null;
            return false;
        }
        // A new event only when the pool holds another copy: not for the first of a text, nor for one too long to share.
        Current = parser.Current is Scalar scalar && pool.Share(scalar.Value) is var shared && !ReferenceEquals(shared, scalar.Value)
            ? new Scalar(scalar.Anchor, scalar.Tag, shared, scalar.Style, scalar.IsPlainImplicit, scalar.IsQuotedImplicit, scalar.Start, scalar.End)
            : parser.Current;
        return true;
    }
}
