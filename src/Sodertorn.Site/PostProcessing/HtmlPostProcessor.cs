using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Rendering;

namespace Sodertorn.Site.PostProcessing;

/// <summary>What a finished page offers (anchors) and asks for (links), for the link check.</summary>
public sealed record PageLinks(string Url, string? SourceFile, IReadOnlySet<string> Anchors, IReadOnlyList<string> Hrefs);

public sealed record PostProcessed(IReadOnlyList<RenderedPage> Pages, IReadOnlyList<PageLinks> Links);

/// <summary>
/// Post-process stage (AngleSharp): gives every section heading an id so each can be linked to, and
/// records each page's anchors and outgoing links for the link check. Parallel over pages.
/// </summary>
public sealed class HtmlPostProcessor
{
    private static readonly HtmlParser Parser = new();

    public PostProcessed Process(IReadOnlyList<RenderedPage> pages, DiagnosticBag diagnostics)
    {
        var duplicates = new System.Collections.Concurrent.ConcurrentBag<(RenderedPage Page, string Id)>();
        var results = pages.AsParallel().AsOrdered().Select(p => ProcessPage(p, duplicates)).ToList();
        // Two elements with one id make an anchor ambiguous and the HTML invalid (WCAG 4.1.1).
        foreach (var (page, id) in duplicates)
            diagnostics.Error("anchor-duplicate", new SourceLocation(page.SourceFile ?? $"theme/ (sidan {page.Url})"),
                $"id '{id}' förekommer mer än en gång på sidan {page.Url}",
                $"byt {{#{id}}} i texten mot ett id som inte redan används på sidan", id);
        return new PostProcessed(results.Select(r => r.Page).ToList(), results.Select(r => r.Links).ToList());
    }

    private static (RenderedPage Page, PageLinks Links) ProcessPage(RenderedPage page, System.Collections.Concurrent.ConcurrentBag<(RenderedPage, string)> duplicates)
    {
        var document = Parser.ParseDocument(page.Html);
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in document.QuerySelectorAll("[id]"))
        {
            if (!anchors.Add(element.Id!))
                duplicates.Add((page, element.Id!));
        }
        foreach (var heading in document.QuerySelectorAll("main h2, main h3, main h4").Where(h => string.IsNullOrEmpty(h.Id)))
        {
            var id = UniqueId(Slug(heading.TextContent), anchors);
            heading.Id = id;
            anchors.Add(id);
        }
        var hrefs = document.QuerySelectorAll("a[href], link[rel=stylesheet][href], link[rel=icon][href], script[src], img[src], source[src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src") ?? "")
            .ToList();
        return (page with { Html = document.ToHtml() }, new PageLinks(page.Url, page.SourceFile, anchors, hrefs));
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
