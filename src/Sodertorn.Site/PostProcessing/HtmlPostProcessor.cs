using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
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

    public PostProcessed Process(IReadOnlyList<RenderedPage> pages)
    {
        var results = pages.AsParallel().AsOrdered().Select(ProcessPage).ToList();
        return new PostProcessed(results.Select(r => r.Page).ToList(), results.Select(r => r.Links).ToList());
    }

    private static (RenderedPage Page, PageLinks Links) ProcessPage(RenderedPage page)
    {
        var document = Parser.ParseDocument(page.Html);
        var anchors = new HashSet<string>(document.QuerySelectorAll("[id]").Select(e => e.Id!), StringComparer.Ordinal);
        foreach (var heading in document.QuerySelectorAll("main h2, main h3, main h4").Where(h => string.IsNullOrEmpty(h.Id)))
        {
            var id = UniqueId(Slug(heading.TextContent), anchors);
            heading.Id = id;
            anchors.Add(id);
        }
        var hrefs = document.QuerySelectorAll("a[href], link[href], script[src], img[src]")
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
