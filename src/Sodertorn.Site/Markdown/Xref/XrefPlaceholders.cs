using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using Markdig.Renderers;

namespace Sodertorn.Site.Markdown.Xref;

/// <summary>
/// Bodies are rendered to HTML once, where they are parsed, before the identifier index exists. Each xref link
/// is then written as placeholders, which <see cref="Fill"/> replaces once the index is known, with exactly
/// what <see cref="HtmlXrefRenderer"/> and the decisions' "Avser" line write with the index at hand. Why: parsing
/// each body a second time when its page is rendered was the largest single cost of rendering a meeting page.
/// A placeholder is U+0001, a kind letter, the identifier, for an opening one optionally U+0002 and the link's
/// escaped title, and U+0003. Texts that contain these control characters are rendered the old way
/// (<see cref="CanDefer"/>), so no author's text can be mistaken for a placeholder.
/// </summary>
public sealed class XrefPlaceholders(IXrefResolver resolver)
{
    private const char Mark = '\u0001';
    private const char TitleSeparator = '\u0002';
    private const char End = '\u0003';
    private const char OpenKind = 'O';
    private const char CloseKind = 'C';
    private const char TextKind = 'T';

    /// <summary>The resolver the renderers are given while a body is rendered ahead of linking.</summary>
    public static IXrefResolver Deferred { get; } = new DeferredResolver();

    // Each identifier resolved once per build, found again by span (see Resolve).
    private readonly ConcurrentDictionary<string, Target>.AlternateLookup<ReadOnlySpan<char>> resolved =
        new ConcurrentDictionary<string, Target>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private sealed record Target(string? EscapedUrl, string Open, string Close, string Text);

    public static bool IsDeferred(IXrefResolver? resolver) => resolver is DeferredResolver;

    public static bool CanDefer(string text) => text.AsSpan().IndexOfAny(Mark, TitleSeparator, End) < 0;

    /// <summary>Where the link opens: an &lt;a&gt; with the target's address, or the start of "not published here".</summary>
    public static void WriteOpen(HtmlRenderer renderer, string id, string? title)
    {
        renderer.Write(Mark).Write(OpenKind).Write(id);
        if (!string.IsNullOrEmpty(title)) renderer.Write(TitleSeparator).WriteEscape(title);
        renderer.Write(End);
    }

    public static void WriteClose(HtmlRenderer renderer, string id) => renderer.Write(Mark).Write(CloseKind).Write(id).Write(End);

    /// <summary>The target's title as the link text, for a link written without text.</summary>
    public static void WriteTitle(HtmlRenderer renderer, string id) => renderer.Write(Mark).Write(TextKind).Write(id).Write(End);

    /// <summary>The HTML, from its UTF-8 bytes as entities keep it, with every placeholder replaced.</summary>
    public string Fill(ReadOnlySpan<byte> utf8)
    {
        if (utf8.IndexOf((byte)Mark) < 0) return Encoding.UTF8.GetString(utf8);
        var chars = new ArrayBufferWriter<char>(utf8.Length);
        Fill(utf8, chars);
        return new string(chars.WrittenSpan);
    }

    /// <summary>Writes the HTML with every placeholder replaced into <paramref name="writer"/>, decoding each part once.</summary>
    private void Fill(ReadOnlySpan<byte> utf8, IBufferWriter<char> writer)
    {
        // Identifiers and titles are short: each is decoded into this buffer, not into a string of its own.
        Span<char> buffer = stackalloc char[256];
        for (var at = utf8.IndexOf((byte)Mark); at >= 0; at = utf8.IndexOf((byte)Mark))
        {
            var length = utf8[at..].IndexOf((byte)End);
            if (length < 0) break;
            // Placeholders are ASCII control characters, so the text before one holds whole UTF-8 sequences.
            Encoding.UTF8.GetChars(utf8[..at], writer);
            var token = utf8.Slice(at + 1, length - 1);
            writer.Write(Resolved(token.Length <= buffer.Length ? buffer[..Encoding.UTF8.GetChars(token, buffer)] : Encoding.UTF8.GetString(token)));
            utf8 = utf8[(at + length + 1)..];
        }
        Encoding.UTF8.GetChars(utf8, writer);
    }

    /// <summary>What one placeholder (kind letter, identifier, optional title) stands for.</summary>
    private string Resolved(ReadOnlySpan<char> token)
    {
        var payload = token[1..];
        var separator = payload.IndexOf(TitleSeparator);
        var target = Resolve(separator < 0 ? payload : payload[..separator]);
        return token[0] switch
        {
            OpenKind when separator >= 0 && target.EscapedUrl is not null =>
                string.Concat("<a href=\"", target.EscapedUrl, "\" title=\"", payload[(separator + 1)..].ToString(), "\">"),
            OpenKind => target.Open,
            CloseKind => target.Close,
            _ => target.Text,
        };
    }

    /// <summary>Each identifier is resolved once per build; looked up by span, so a page's placeholders allocate nothing.</summary>
    private Target Resolve(ReadOnlySpan<char> id) =>
        resolved.TryGetValue(id, out var known) ? known : resolved.Dictionary.GetOrAdd(id.ToString(), Create);

    private Target Create(string key)
    {
        var target = resolver.Resolve(key);
        var text = Escaped(r => r.WriteEscape(target?.Title ?? key));
        if (target?.Url is not { } url) return new Target(null, UnpublishedReference.Start, UnpublishedReference.End, text);
        var escapedUrl = Escaped(r => r.WriteEscapeUrl(url));
        return new Target(escapedUrl, $"<a href=\"{escapedUrl}\">", "</a>", text);
    }

    /// <summary>Escaped by Markdig's own renderer, so that the result is what rendering with the index wrote.</summary>
    private static string Escaped(Action<HtmlRenderer> write)
    {
        using var writer = new StringWriter();
        write(new HtmlRenderer(writer));
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>Marks a render ahead of linking; it resolves nothing, the renderers write placeholders instead.</summary>
    private sealed class DeferredResolver : IXrefResolver
    {
        public XrefTarget? Resolve(string id) => null;
    }
}
