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
        Current = parser.Current is Scalar { Value.Length: > 0 } scalar && scalar.Value.Length <= pool.MaxLength
            ? new Scalar(scalar.Anchor, scalar.Tag, pool.Share(scalar.Value), scalar.Style, scalar.IsPlainImplicit, scalar.IsQuotedImplicit, scalar.Start, scalar.End)
            : parser.Current;
        return true;
    }
}
