using System.Text;
using Scriban.Runtime;

namespace Sodertorn.Site.Rendering;

/// <summary>
/// A page's output that puts a space after each &lt;/dt&gt;, &lt;/dd&gt; and &lt;/th&gt; as it is written. The search index
/// (Pagefind) separates words only where p, li, td, div, headings … end, and would join "År" and "2024"; a space there
/// changes nothing on screen. Done while writing, so no page is copied to do it.
/// </summary>
public sealed class WordBreakingOutput : IScriptOutput
{
    public StringBuilder Builder { get; } = new(1 << 15);

    public override string ToString() => Builder.ToString();

    public void Write(string text, int offset, int count)
    {
        var chunk = text.AsSpan(offset, count);
        var copied = 0;
        for (var at = chunk.IndexOf('>'); at >= 0;)
        {
            if (EndsBreakingTag(chunk, at))
            {
                Builder.Append(chunk[copied..(at + 1)]).Append(' ');
                copied = at + 1;
            }
            var next = chunk[(at + 1)..].IndexOf('>');
            at = next < 0 ? -1 : at + 1 + next;
        }
        Builder.Append(chunk[copied..]);
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>Whether the '&gt;' at <paramref name="at"/> closes &lt;/dt&gt;, &lt;/dd&gt; or &lt;/th&gt;, begun in this chunk or the text before it.</summary>
    private bool EndsBreakingTag(ReadOnlySpan<char> chunk, int at)
    {
        Span<char> tag = stackalloc char[5];
        var fromChunk = Math.Min(at + 1, 5);
        var fromBefore = 5 - fromChunk;
        if (fromBefore > Builder.Length) return false;
        for (var i = 0; i < fromBefore; i++) tag[i] = Builder[Builder.Length - fromBefore + i];
        chunk.Slice(at + 1 - fromChunk, fromChunk).CopyTo(tag[fromBefore..]);
        return tag is "</dt>" or "</dd>" or "</th>";
    }
}
