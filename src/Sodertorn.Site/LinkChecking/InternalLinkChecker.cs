using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.PostProcessing;

namespace Sodertorn.Site.LinkChecking;

/// <summary>
/// Checks every internal href/src of the rendered pages: the page or file must be written by this build,
/// and a '#fragment' must be an id on that page. External links are only collected.
/// </summary>
/// <param name="linkLocations">Per source file, the line where each link URL is written.</param>
public sealed partial class InternalLinkChecker(DiagnosticBag diagnostics, IReadOnlyDictionary<string, IReadOnlyDictionary<string, SourceLocation>> linkLocations)
{
    /// <summary>Checks every page; returns each external URL with the pages it stands on, sorted.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Check(IReadOnlyList<PageLinks> pages, IReadOnlySet<string> files)
    {
        var anchorsByFile = pages.ToDictionary(p => FileOf(p.Url), p => p.Anchors, StringComparer.Ordinal);
        var external = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            foreach (var href in page.Hrefs)
            {
                if (href.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || href.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
                {
                    // 'https://' alone, or an address no browser can open, goes nowhere whether or not links are checked online.
                    if (!Uri.TryCreate(href, UriKind.Absolute, out var address) || address.Host.Length == 0)
                    {
                        diagnostics.Error("link-broken", Where(page, href), $"sidan {page.Url} länkar till {href}, som är en ofullständig adress",
                            "skriv hela adressen, t.ex. [Botkyrka kommun](https://www.botkyrka.se/)", href);
                        continue;
                    }
                    if (!external.TryGetValue(href, out var onPages)) external[href] = onPages = new SortedSet<string>(StringComparer.Ordinal);
                    onPages.Add(page.Url);
                    continue;
                }
                if (href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)) CheckMailto(page, href);
                // A calendar subscription is the site's address under the webcal scheme (Rendering/TemplateFunctions.Webcal),
                // always written beside the same file's own link, which is checked here.
                else if (href.StartsWith("webcal://", StringComparison.OrdinalIgnoreCase)) continue;
                else if (href.StartsWith("tel:", StringComparison.OrdinalIgnoreCase)) CheckTel(page, href);
                else if (href.Length > 0) CheckInternal(page, href, files, anchorsByFile);
            }
        }
        return external.ToDictionary(e => e.Key, e => (IReadOnlyList<string>)e.Value.ToList(), StringComparer.Ordinal);
    }

    private void CheckMailto(PageLinks page, string href)
    {
        var address = Uri.UnescapeDataString(href["mailto:".Length..].Split('?')[0]);
        if (System.Net.Mail.MailAddress.TryCreate(address, out var parsed) && parsed.Address == address && address.Contains('.', StringComparison.Ordinal)) return;
        diagnostics.Error("mailto-invalid", Where(page, href), $"sidan {page.Url} har en e-postlänk med en ogiltig adress: {href}",
            "skriv adressen som [namn@exempel.se](mailto:namn@exempel.se)", href);
    }

    private void CheckTel(PageLinks page, string href)
    {
        var number = href["tel:".Length..];
        if (System.Text.RegularExpressions.Regex.IsMatch(number, @"^\+?[0-9][0-9\-\s()]{4,}$")) return;
        diagnostics.Error("tel-invalid", Where(page, href), $"sidan {page.Url} har en telefonlänk med ett ogiltigt nummer: {href}",
            "skriv numret med siffror, gärna med landsnummer: [08-123 456](tel:+468123456)", href);
    }

    /// <summary>
    /// The line where the author wrote the link; the page's file when the link came from a layout. The page holds the
    /// address percent-encoded (/%C3%A5/) where the author may have written the letter (/å/): both are looked for.
    /// </summary>
    private SourceLocation Where(PageLinks page, string href) =>
        page.SourceFile is { } file && linkLocations.TryGetValue(file, out var links)
            && (links.TryGetValue(href, out var location) || links.TryGetValue(Uri.UnescapeDataString(href), out location))
            ? location
            : new SourceLocation(page.SourceFile ?? $"(genererad sida {page.Url})");

    private void CheckInternal(PageLinks page, string href, IReadOnlySet<string> files, Dictionary<string, IReadOnlySet<string>> anchors)
    {
        var hash = href.IndexOf('#');
        var path = hash >= 0 ? href[..hash] : href;
        var fragment = hash >= 0 ? Uri.UnescapeDataString(href[(hash + 1)..]) : null;
        var query = path.IndexOf('?');
        if (query >= 0) path = path[..query];

        var absolute = path.Length == 0 ? page.Url : path.StartsWith('/') ? path : Combine(page.Url, path);
        var file = absolute is null ? null : FileOf(Uri.UnescapeDataString(absolute));
        if (file is null || !files.Contains(file))
        {
            // The address as a reader and the author read it: /å/, not /%C3%A5/.
            diagnostics.Error("link-broken", Where(page, href), $"sidan {page.Url} länkar till {Uri.UnescapeDataString(href)}, som inte finns på webbplatsen", Advice(href), href);
            return;
        }
        if (fragment is { Length: > 0 } && anchors.TryGetValue(file, out var ids) && !ids.Contains(fragment))
            diagnostics.Error("anchor-broken", Where(page, href), $"sidan {page.Url} länkar till {href}, men ankaret #{fragment} finns inte på {absolute}",
                "rätta ankaret efter '#' så att det matchar ett id på sidan", href);
    }

    /// <summary>
    /// What to write instead. A link without its scheme ("www.botkyrka.se", as addresses are printed) is read as a page of
    /// this site and is the commonest broken link; a scheme browsers run or no reader can open ("javascript:", "file:")
    /// is no page here either.
    /// </summary>
    private static string Advice(string href)
    {
        if (LocalFile().IsMatch(Uri.UnescapeDataString(href)))
            return "länken pekar på en fil på en dator eller i en delad mapp, som läsarna inte når; lägg filen i input/filer/ och länka till den: [text](/filer/namn.pdf)";
        if (href.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            return $"en adress till en annan webbplats skrivs med https:// först: [text](https://{href})";
        if (Scheme().Match(href) is { Success: true } scheme)
            return $"en länk som börjar med '{scheme.Groups["scheme"].Value}:' går inte att öppna från webbplatsen; länka till en webbsida (https://…), " +
                "en bilaga i input/filer/ eller ett dokument med xref:ID";
        return "rätta länken; använd xref:ID för att länka till protokoll, beslut, aktiviteter och mål";
    }

    [System.Text.RegularExpressions.GeneratedRegex("^(?<scheme>[a-zA-Z][a-zA-Z0-9+.-]+):")]
    private static partial System.Text.RegularExpressions.Regex Scheme();

    /// <summary>A drive letter ("H:/Protokoll/fil.pdf", "C:\…") or a backslash first: a file on the author's computer or network.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:[a-zA-Z]:|\\)")]
    private static partial System.Text.RegularExpressions.Regex LocalFile();

    /// <summary>The site path a relative link leads to, or null when it is no address (Uri reads "H:x" as a DOS path it cannot root).</summary>
    private static string? Combine(string pageUrl, string relative) =>
        Uri.TryCreate(new Uri("http://site" + pageUrl), relative, out var combined) ? combined.AbsolutePath : null;

    public static string FileOf(string url) =>
        url.EndsWith('/') ? url.TrimStart('/') + "index.html" : url.TrimStart('/');
}
