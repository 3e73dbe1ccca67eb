using AngleSharp;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;
using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Rendering;

namespace Sodertorn.Site.PostProcessing;

/// <summary>What a finished page offers (anchors) and asks for (links), for the link check.</summary>
public sealed record PageLinks(string Url, string? SourceFile, IReadOnlySet<string> Anchors, IReadOnlyList<string> Hrefs);

/// <summary>
/// Post-process stage (AngleSharp): records each page's anchors and outgoing links for the link check,
/// reports ids used twice, and gives a section heading without an id one, so every section can be linked.
/// Reading uses AngleSharp's tokenizer, which is much cheaper than building a DOM; only a page with a
/// heading that lacks an id is parsed and written again.
/// </summary>
public sealed class HtmlPostProcessor(DiagnosticBag diagnostics)
{
    private static readonly HtmlParser Parser = new();
    private static readonly string[] LinkAttributes = ["href", "src"];

    public (RenderedPage Page, PageLinks Links) Process(RenderedPage page)
    {
        var scan = Scan(page.Html);
        if (scan.HeadingsWithoutId > 0) (page, scan) = AddHeadingIds(page);
        foreach (var id in scan.Duplicates)
            diagnostics.Error("anchor-duplicate", new SourceLocation(page.SourceFile ?? $"theme/ (sidan {page.Url})"),
                $"id '{id}' förekommer mer än en gång på sidan {page.Url}",
                $"byt {{#{id}}} i texten mot ett id som inte redan används på sidan", id);
        return (page, new PageLinks(page.Url, page.SourceFile, scan.Anchors, scan.Hrefs));
    }

    private sealed record ScanResult(HashSet<string> Anchors, List<string> Duplicates, List<string> Hrefs, int HeadingsWithoutId);

    private static ScanResult Scan(string html)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var duplicates = new List<string>();
        var hrefs = new List<string>();
        var headingsWithoutId = 0;
        var inMain = false;
        // Only tags matter here: skipping text and comments saves building a string for each of them.
        var tokenizer = new HtmlTokenizer(new TextSource(html), HtmlEntityProvider.Resolver)
        {
            SkipDataText = true,
            SkipComments = true,
            SkipRawText = true,
            SkipScriptText = true,
            SkipRCDataText = true,
            SkipPlaintext = true,
            SkipCDATA = true,
            SkipProcessingInstructions = true,
        };
        for (var token = tokenizer.Get(); token.Type != HtmlTokenType.EndOfFile; token = tokenizer.Get())
        {
            if (token is not HtmlTagToken tag) continue;
            if (tag.Name == "main") inMain = tag.Type == HtmlTokenType.StartTag;
            if (tag.Type != HtmlTokenType.StartTag) continue;
            var id = tag.GetAttribute("id");
            if (!string.IsNullOrEmpty(id) && !anchors.Add(id)) duplicates.Add(id);
            if (inMain && string.IsNullOrEmpty(id) && tag.Name is "h2" or "h3" or "h4") headingsWithoutId++;
            if (IsFollowedLink(tag))
                foreach (var name in LinkAttributes)
                    if (tag.GetAttribute(name) is { Length: > 0 } value) hrefs.Add(value);
        }
        return new ScanResult(anchors, duplicates, hrefs, headingsWithoutId);
    }

    /// <summary>Links a reader or browser follows; canonical and alternate links name this site under --base-url.</summary>
    private static bool IsFollowedLink(HtmlTagToken tag) => tag.Name switch
    {
        "a" or "img" or "script" or "source" => true,
        "link" => tag.GetAttribute("rel") is "stylesheet" or "icon",
        _ => false,
    };

    private static (RenderedPage, ScanResult) AddHeadingIds(RenderedPage page)
    {
        var document = Parser.ParseDocument(page.Html);
        var taken = new HashSet<string>(document.QuerySelectorAll("[id]").Select(e => e.Id!), StringComparer.Ordinal);
        foreach (var heading in document.QuerySelectorAll("main h2, main h3, main h4").Where(h => string.IsNullOrEmpty(h.Id)))
        {
            var id = UniqueId(Slug(heading.TextContent), taken);
            heading.Id = id;
            taken.Add(id);
        }
        var html = document.ToHtml();
        return (page with { Html = html }, Scan(html));
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
