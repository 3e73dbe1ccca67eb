using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.PostProcessing;

namespace Sodertorn.Site.LinkChecking;

/// <summary>
/// Checks every internal href/src of the rendered pages: the page or file must be written by this build,
/// and a '#fragment' must be an id on that page. External links are only collected.
/// </summary>
public sealed class InternalLinkChecker(DiagnosticBag diagnostics)
{
    public IReadOnlyList<string> Check(IReadOnlyList<PageLinks> pages, IReadOnlySet<string> files)
    {
        var anchorsByFile = pages.ToDictionary(p => FileOf(p.Url), p => p.Anchors, StringComparer.Ordinal);
        var external = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            foreach (var href in page.Hrefs.Distinct(StringComparer.Ordinal))
            {
                if (href.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || href.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
                {
                    external.Add(href);
                    continue;
                }
                if (href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || href.StartsWith("tel:", StringComparison.OrdinalIgnoreCase) || href.Length == 0)
                    continue;
                CheckInternal(page, href, files, anchorsByFile);
            }
        }
        return external.ToList();
    }

    private void CheckInternal(PageLinks page, string href, IReadOnlySet<string> files, Dictionary<string, IReadOnlySet<string>> anchors)
    {
        var hash = href.IndexOf('#');
        var path = hash >= 0 ? href[..hash] : href;
        var fragment = hash >= 0 ? Uri.UnescapeDataString(href[(hash + 1)..]) : null;
        var query = path.IndexOf('?');
        if (query >= 0) path = path[..query];

        var absolute = path.Length == 0 ? page.Url : path.StartsWith('/') ? path : Combine(page.Url, path);
        var file = FileOf(Uri.UnescapeDataString(absolute));
        var location = new SourceLocation(page.SourceFile ?? $"(genererad sida {page.Url})");
        if (!files.Contains(file))
        {
            diagnostics.Error("link-broken", location, $"sidan {page.Url} länkar till {href}, som inte finns på webbplatsen",
                "rätta länken; använd xref:ID för att länka till protokoll, beslut, aktiviteter och mål");
            return;
        }
        if (fragment is { Length: > 0 } && anchors.TryGetValue(file, out var ids) && !ids.Contains(fragment))
            diagnostics.Error("anchor-broken", location, $"sidan {page.Url} länkar till {href}, men ankaret #{fragment} finns inte på {absolute}",
                "rätta ankaret efter '#' så att det matchar ett id på sidan");
    }

    private static string Combine(string pageUrl, string relative)
    {
        var baseUri = new Uri("http://site" + pageUrl);
        return new Uri(baseUri, relative).AbsolutePath;
    }

    public static string FileOf(string url) =>
        url.EndsWith('/') ? url.TrimStart('/') + "index.html" : url.TrimStart('/');
}
