using System.Buffers;
using System.Net;
using Sodertorn.Site.Content;

namespace Sodertorn.Site.PostProcessing;

/// <summary>What one pass over a page's tags found: ids, followed links, and headings in main without an id.</summary>
public sealed record TagScan(HashSet<string> Anchors, List<string> Duplicates, List<string> Hrefs, int HeadingsWithoutId);

/// <summary>
/// Reads the start tags of a finished page — ids, href and src of followed links, headings without an id —
/// the way an HTML tokenizer does: comments, doctype, and the raw text of script, style, title and textarea
/// are skipped; attribute values may be double-quoted, single-quoted or bare, and character references in
/// them are decoded. Why not AngleSharp's tokenizer, which this replaced: it builds a token with its
/// attribute list for every tag, which made the scan a large part of the render stage (docs/benchmarks.md);
/// this one only looks at the attributes it needs. Every page of the site's own test builds is scanned by both
/// and must agree (HtmlTagScannerTests). Strings repeated across pages (menu links, anchor names) are shared
/// through <see cref="StringPool"/>, so the link check's lists cost little memory.
/// </summary>
public sealed class HtmlTagScanner
{
    private static readonly SearchValues<char> TagNameEnd = SearchValues.Create(" \t\n\f\r/>");
    private static readonly SearchValues<char> AttributeNameEnd = SearchValues.Create(" \t\n\f\r/>=");
    private static readonly SearchValues<char> BareValueEnd = SearchValues.Create(" \t\n\f\r>");

    // Ids and links: most are the same on many pages (the menu, the footer, links between meetings), long ones too.
    private readonly TextPool pool = new(maxLength: int.MaxValue);

    /// <summary>Safe to call from several threads at once.</summary>
    public TagScan Scan(ReadOnlySpan<char> text)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var duplicates = new List<string>();
        var hrefs = new List<string>();
        var seenHrefs = new HashSet<string>(StringComparer.Ordinal);
        var headingsWithoutId = 0;
        var inMain = false;
        var at = 0;
        while (true)
        {
            var open = text[at..].IndexOf('<');
            if (open < 0 || at + open + 1 >= text.Length) break;
            at += open + 1;
            var next = text[at];
            if (text[at..].StartsWith("!--")) { at = SkipPast(text, at + 3, "-->"); continue; }
            if (next is '!' or '?') { at = SkipPast(text, at, ">"); continue; }
            var end = next == '/';
            if (end) at++;
            if (at >= text.Length || !char.IsAsciiLetter(text[at])) continue;
            var nameLength = text[at..].IndexOfAny(TagNameEnd);
            if (nameLength < 0) break;
            var name = text.Slice(at, nameLength);
            at += nameLength;
            var main = name.Equals("main", StringComparison.OrdinalIgnoreCase);
            if (end)
            {
                if (main) inMain = false;
                at = SkipPast(text, at, ">");
                continue;
            }
            if (main) inMain = true;
            var tag = new TagAttributes();
            at = ReadAttributes(text, at, ref tag);
            if (!string.IsNullOrEmpty(tag.Id) && !anchors.Add(tag.Id)) duplicates.Add(tag.Id);
            if (inMain && string.IsNullOrEmpty(tag.Id) && IsSectionHeading(name)) headingsWithoutId++;
            if (IsFollowedLink(name, tag.Rel))
            {
                if (tag.Href is { Length: > 0 } href && seenHrefs.Add(href)) hrefs.Add(href);
                if (tag.Src is { Length: > 0 } src && seenHrefs.Add(src)) hrefs.Add(src);
            }
            if (RawTextEnd(name) is { } closing) at = SkipRawText(text, at, closing);
        }
        return new TagScan(anchors, duplicates, hrefs, headingsWithoutId);
    }

    /// <summary>The attributes the link check reads; the first of each name counts, as in HTML.</summary>
    private struct TagAttributes
    {
        public string? Id;
        public string? Href;
        public string? Src;
        public string? Rel;
    }

    private int ReadAttributes(ReadOnlySpan<char> text, int at, ref TagAttributes tag)
    {
        while (at < text.Length)
        {
            var c = text[at];
            if (c == '>') return at + 1;
            if (c is ' ' or '\t' or '\n' or '\f' or '\r' or '/') { at++; continue; }
            // An attribute name runs to whitespace, '/', '>' or '='; a leading '=' belongs to the name.
            var nameLength = text[(at + 1)..].IndexOfAny(AttributeNameEnd);
            if (nameLength < 0) return text.Length;
            var name = text.Slice(at, nameLength + 1);
            at += nameLength + 1;
            while (at < text.Length && char.IsWhiteSpace(text[at])) at++;
            ReadOnlySpan<char> value = [];
            if (at < text.Length && text[at] == '=')
            {
                at++;
                while (at < text.Length && char.IsWhiteSpace(text[at])) at++;
                if (at >= text.Length) return at;
                if (text[at] is '"' or '\'')
                {
                    var quote = text[at];
                    var close = text[(at + 1)..].IndexOf(quote);
                    if (close < 0) return text.Length;
                    value = text.Slice(at + 1, close);
                    at += close + 2;
                }
                else
                {
                    var length = text[at..].IndexOfAny(BareValueEnd);
                    if (length < 0) length = text.Length - at;
                    value = text.Slice(at, length);
                    at += length;
                }
            }
            if (name.Equals("id", StringComparison.OrdinalIgnoreCase)) tag.Id ??= Decode(value);
            else if (name.Equals("href", StringComparison.OrdinalIgnoreCase)) tag.Href ??= Decode(value);
            else if (name.Equals("src", StringComparison.OrdinalIgnoreCase)) tag.Src ??= Decode(value);
            else if (name.Equals("rel", StringComparison.OrdinalIgnoreCase)) tag.Rel ??= Decode(value);
        }
        return at;
    }

    private string Decode(ReadOnlySpan<char> value) =>
        value.Contains('&') ? pool.Share(WebUtility.HtmlDecode(value.ToString())) : pool.Share(value);

    /// <summary>Links a reader or browser follows; canonical and alternate links name this site under --base-url.</summary>
    private static bool IsFollowedLink(ReadOnlySpan<char> name, string? rel) =>
        Is(name, "a") || Is(name, "img") || Is(name, "script") || Is(name, "source")
        || (Is(name, "link") && rel is "stylesheet" or "icon");

    private static bool IsSectionHeading(ReadOnlySpan<char> name) => Is(name, "h2") || Is(name, "h3") || Is(name, "h4");

    /// <summary>Elements whose content is text, not tags: nothing inside them is a tag until their end tag.</summary>
    private static string? RawTextEnd(ReadOnlySpan<char> name) =>
        Is(name, "script") ? "</script" : Is(name, "style") ? "</style" : Is(name, "title") ? "</title" : Is(name, "textarea") ? "</textarea" : null;

    private static bool Is(ReadOnlySpan<char> name, string html) => name.Equals(html, StringComparison.OrdinalIgnoreCase);

    private static int SkipRawText(ReadOnlySpan<char> text, int at, string closing)
    {
        var found = text[at..].IndexOf(closing, StringComparison.OrdinalIgnoreCase);
        return found < 0 ? text.Length : at + found;
    }

    private static int SkipPast(ReadOnlySpan<char> text, int at, string marker)
    {
        var found = text[at..].IndexOf(marker, StringComparison.Ordinal);
        return found < 0 ? text.Length : at + found + marker.Length;
    }
}
