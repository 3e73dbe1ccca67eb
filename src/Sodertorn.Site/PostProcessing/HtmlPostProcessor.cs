using AngleSharp;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using Sodertorn.Site.Diagnostics;

namespace Sodertorn.Site.PostProcessing;

/// <summary>What a finished page offers (anchors) and asks for (links, each once, in the order the page has them), for the link check.</summary>
public sealed record PageLinks(string Url, string? SourceFile, IReadOnlySet<string> Anchors, IReadOnlyList<string> Hrefs);

/// <summary>
/// Post-process stage: records each page's anchors and outgoing links for the link check, reports ids used
/// twice, and gives a section heading without an id one, so every section can be linked. Reading is one
/// pass of <see cref="HtmlTagScanner"/> over the tags; only a page with a heading that lacks an id is parsed
/// into a DOM (AngleSharp) and written again.
/// </summary>
public sealed class HtmlPostProcessor(DiagnosticBag diagnostics)
{
    private static readonly HtmlParser Parser = new();
    private readonly HtmlTagScanner scanner = new();

    /// <summary>
    /// Reads one page's anchors and links. Returns the page's HTML again only when it had to be changed (a section
    /// heading got an id); null means the HTML is written as it was given.
    /// </summary>
    public (PageLinks Links, string? Changed) Process(ReadOnlySpan<char> html, string url, string? sourceFile)
    {
        var scan = scanner.Scan(html);
        string? changed = null;
        if (scan.HeadingsWithoutId > 0)
        {
            changed = AddHeadingIds(html.ToString());
            scan = scanner.Scan(changed);
        }
        foreach (var id in scan.Duplicates)
            diagnostics.Error("anchor-duplicate", new SourceLocation(sourceFile ?? $"theme/ (sidan {url})"),
                $"id '{id}' förekommer mer än en gång på sidan {url}",
                $"byt {{#{id}}} i texten mot ett id som inte redan används på sidan", id);
        return (new PageLinks(url, sourceFile, scan.Anchors, scan.Hrefs), changed);
    }

    private static string AddHeadingIds(string html)
    {
        var document = Parser.ParseDocument(html);
        var taken = new HashSet<string>(document.QuerySelectorAll("[id]").Select(e => e.Id!), StringComparer.Ordinal);
        foreach (var heading in document.QuerySelectorAll("main h2, main h3, main h4").Where(h => string.IsNullOrEmpty(h.Id)))
        {
            var id = UniqueId(Slug(heading.TextContent), taken);
            heading.Id = id;
            taken.Add(id);
        }
        return document.ToHtml();
    }

    private static string UniqueId(string baseId, HashSet<string> taken)
    {
        var id = baseId;
        for (var n = 2; taken.Contains(id); n++) id = $"{baseId}-{n}";
        return id;
    }

    public static string Slug(string text)
    {
        var slug = Content.Identifier.Suggest(text);
        return slug == "mitt-id" ? "rubrik" : slug;
    }
}
