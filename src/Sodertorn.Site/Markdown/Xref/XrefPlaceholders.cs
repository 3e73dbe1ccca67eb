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

    private readonly ConcurrentDictionary<string, Resolved> resolved = new(StringComparer.Ordinal);

    private sealed record Resolved(string? EscapedUrl, string Open, string Close, string Text);

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

    /// <summary>The HTML with every placeholder replaced; the same string when it has none.</summary>
    public string Fill(string html)
    {
        var at = html.IndexOf(Mark);
        if (at < 0) return html;
        var result = new StringBuilder(html.Length + 512);
        var copied = 0;
        while (at >= 0)
        {
            var end = html.IndexOf(End, at);
            if (end < 0) break;
            result.Append(html, copied, at - copied);
            var token = html.AsSpan(at + 2, end - at - 2);
            var separator = token.IndexOf(TitleSeparator);
            var target = Resolve((separator < 0 ? token : token[..separator]).ToString());
            switch (html[at + 1])
            {
                case OpenKind when separator >= 0 && target.EscapedUrl is not null:
                    result.Append("<a href=\"").Append(target.EscapedUrl).Append("\" title=\"").Append(token[(separator + 1)..]).Append("\">");
                    break;
                case OpenKind: result.Append(target.Open); break;
                case CloseKind: result.Append(target.Close); break;
                default: result.Append(target.Text); break;
            }
            copied = end + 1;
            at = html.IndexOf(Mark, copied);
        }
        return result.Append(html, copied, html.Length - copied).ToString();
    }

    private Resolved Resolve(string id) => resolved.GetOrAdd(id, key =>
    {
        var target = resolver.Resolve(key);
        var text = Escaped(r => r.WriteEscape(target?.Title ?? key));
        if (target?.Url is not { } url) return new Resolved(null, UnpublishedReference.Start, UnpublishedReference.End, text);
        var escapedUrl = Escaped(r => r.WriteEscapeUrl(url));
        return new Resolved(escapedUrl, $"<a href=\"{escapedUrl}\">", "</a>", text);
    });

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
