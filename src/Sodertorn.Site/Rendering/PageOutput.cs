using Scriban.Runtime;

namespace Sodertorn.Site.Rendering;

/// <summary>
/// Where one page is written while it renders: an array that keeps its size from page to page of its render worker, so
/// a page is neither grown anew in blocks nor copied into a string. It is written by the templates (as Scriban's output)
/// and by a layout's content written in place (LayoutContent).
/// </summary>
public sealed class PageOutput : IScriptOutput
{
    private char[] buffer = new char[1 << 15];
    private int length;

    /// <summary>What was written since <see cref="Clear"/>; valid until the next write or Clear.</summary>
    public ReadOnlySpan<char> Written => buffer.AsSpan(0, length);

    public override string ToString() => new(buffer, 0, length);

    public void Write(string text, int offset, int count) => Write(text.AsSpan(offset, count));

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>Empties the output for the next page.</summary>
    public void Clear() => length = 0;

    public void Write(ReadOnlySpan<char> text)
    {
        if (length + text.Length > buffer.Length)
            Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + text.Length));
        text.CopyTo(buffer.AsSpan(length));
        length += text.Length;
    }
}
