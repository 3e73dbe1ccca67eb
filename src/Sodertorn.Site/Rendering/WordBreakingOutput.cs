using System.Buffers;
using Scriban.Runtime;

namespace Sodertorn.Site.Rendering;

/// <summary>
/// A page's output that puts a space after each &lt;/dt&gt;, &lt;/dd&gt; and &lt;/th&gt; as it is written. The search index
/// (Pagefind) separates words only where p, li, td, div, headings … end, and would join "År" and "2024"; a space there
/// changes nothing on screen. Done while writing, so no page is copied to do it.
/// The page is kept in one array that keeps its size from page to page (<see cref="Written"/>): a StringBuilder grew
/// anew in blocks for every page after Clear, and each page was copied once more into a string.
/// </summary>
public sealed class WordBreakingOutput : IScriptOutput, IBufferWriter<char>
{
    private static readonly string[] Tags = ["</dt>", "</dd>", "</th>"];

    // The last characters of "<", "</", "</d", "</t", "</dt", "</dd", "</th".
    private static readonly SearchValues<char> TagPrefixEnds = SearchValues.Create("</dth");

    private char[] buffer = new char[1 << 15];
    private int length;

    /// <summary>What was written since <see cref="Clear"/>; valid until the next write or Clear.</summary>
    public ReadOnlyMemory<char> Written => buffer.AsMemory(0, length);

    public override string ToString() => new(buffer, 0, length);

    private void Append(ReadOnlySpan<char> text)
    {
        if (length + text.Length > buffer.Length)
            Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + text.Length));
        text.CopyTo(buffer.AsSpan(length));
        length += text.Length;
    }

    public void Write(string text, int offset, int count) => Write(text.AsSpan(offset, count));

    // As a buffer writer (a page's body, Markdown/Xref/XrefPlaceholders.Fill): text is decoded into a scratch array and
    // written from there when it is committed, as if the template had written it.
    private char[] scratch = [];

    public Span<char> GetSpan(int sizeHint = 0)
    {
        if (scratch.Length < Math.Max(sizeHint, 1)) scratch = new char[Math.Max(sizeHint, 1 << 12)];
        return scratch;
    }

    public Memory<char> GetMemory(int sizeHint = 0)
    {
        GetSpan(sizeHint);
        return scratch;
    }

    public void Advance(int count) => Write(scratch.AsSpan(0, count));

    private void Write(ReadOnlySpan<char> chunk)
    {
        var count = chunk.Length;
        var copied = 0;
        // A tag begun at the end of the text written before: "<", "</", "</d" … and its rest at the start of this one.
        if (pending > 0 && count > 0)
        {
            Span<char> tag = stackalloc char[5];
            var rest = Math.Min(5 - pending, count);
            tail.AsSpan(4 - pending, pending).CopyTo(tag);
            chunk[..rest].CopyTo(tag[pending..]);
            if (pending + rest == 5 && IsBreakingTag(tag))
            {
                Append(chunk[..rest]);
                Append(" ");
                copied = rest;
            }
        }
        // Each "</" in turn, searched from just after the previous one (or after the last tag a space followed).
        for (var from = copied; chunk[from..].IndexOf("</") is var found and >= 0;)
        {
            var at = from + found;
            if (at + 5 <= chunk.Length && IsBreakingTag(chunk.Slice(at, 5)))
            {
                Append(chunk[copied..(at + 5)]);
                Append(" ");
                copied = from = at + 5;
            }
            else from = at + 2;
        }
        Append(chunk[copied..]);
        Remember(chunk);
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    private static bool IsBreakingTag(ReadOnlySpan<char> tag)
    {
        foreach (var t in Tags) if (tag.SequenceEqual(t)) return true;
        return false;
    }

    // The last four characters written, and how many of them could begin one of the tags ("<", "</", "</d", "</dd" …).
    private readonly char[] tail = new char[4];
    private int pending;

    private void Remember(ReadOnlySpan<char> chunk)
    {
        if (chunk.Length >= 4) chunk[^4..].CopyTo(tail);
        else if (chunk.Length > 0)
        {
            tail.AsSpan(chunk.Length).CopyTo(tail);
            chunk.CopyTo(tail.AsSpan(4 - chunk.Length));
        }
        pending = 0;
        // Most writes end in a letter, '>' or '"': a tag's beginning can only end in one of these.
        if (chunk.Length > 0 && !TagPrefixEnds.Contains(chunk[^1])) return;
        for (var length = 4; length >= 1; length--)
        {
            var end = tail.AsSpan(4 - length);
            foreach (var t in Tags)
                if (t.AsSpan().StartsWith(end))
                {
                    pending = length;
                    return;
                }
        }
    }

    /// <summary>Empties the output for the next page.</summary>
    public void Clear()
    {
        length = 0;
        pending = 0;
    }
}
