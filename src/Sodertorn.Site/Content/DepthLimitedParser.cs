using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Sodertorn.Site.Content;

/// <summary>
/// YamlDotNet's events, stopped at a nesting depth no front matter or data file needs. YamlDotNet's parser is a state
/// machine, but its node model (YamlStream.Load) builds nested lists and mappings by recursion: a value such as
/// <c>x: [[[[…</c> a hundred thousand levels deep ended the build with a stack overflow, which no handler can catch
/// (found with a hand-made input to the fuzz target: AFL++ does not grow inputs that deep; docs/fuzzing.md). Past <see cref="MaxDepth"/> this throws a YamlException at the opening bracket.
/// </summary>
public sealed class DepthLimitedParser(IParser parser) : IParser
{
    /// <summary>Far above what content needs (a plan's budget is four levels deep), far below what the stack holds.</summary>
    public const int MaxDepth = 64;

    private int depth;

    /// <summary>Whether the input was refused for its depth (the YamlException thrown says so too).</summary>
    public bool TooDeep { get; private set; }

    public ParsingEvent? Current => parser.Current;

    public bool MoveNext()
    {
        if (!parser.MoveNext()) return false;
        switch (parser.Current)
        {
            case MappingStart or SequenceStart when ++depth > MaxDepth:
                TooDeep = true;
                throw new YamlException(parser.Current.Start, parser.Current.End, $"nested deeper than {MaxDepth} levels");
            case MappingEnd or SequenceEnd:
                depth--;
                break;
        }
        return true;
    }
}
