using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Sodertorn.Site.Tests.Deploy;

public sealed record PolicyFinding(string Page, string Problem)
{
    public override string ToString() => $"{Page}: {Problem}";
}

/// <summary>
/// Reads built pages as a browser would load them under the site's Content-Security-Policy and lists what the
/// policy would block (inline script and style, event handler attributes, javascript: URLs, requests it does not
/// allow), every request to another origin (the site makes no third-party requests; plain links to other sites
/// are fine), and every local file that a page loads or names in a &lt;link&gt; but that output/ lacks.
/// </summary>
public sealed class PagePolicyChecker(ContentSecurityPolicy policy, string outputRoot, Uri origin)
{
    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "data", "poster", "xlink:href", "background"];

    private readonly HtmlParser parser = new();

    /// <summary>Every page under the site's policy: all but those in folders with a policy of their own (/admin/).</summary>
    public IReadOnlyList<PolicyFinding> CheckSite() =>
        SitePages(outputRoot).SelectMany(file => CheckPage(file, File.ReadAllText(Path.Combine(outputRoot, file)))).ToList();

    /// <summary>The site's pages relative to the output folder ("om/index.html"), without /admin/ (Hosting/HeadersFile.OwnPolicy).</summary>
    public static IReadOnlyList<string> SitePages(string outputRoot) =>
        Directory.GetFiles(outputRoot, "*.html", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(outputRoot, file).Replace('\\', '/'))
            .Where(page => !Sodertorn.Site.Hosting.HeadersFile.OwnPolicy.Any(folder => page.StartsWith(folder + "/", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <param name="page">The page's file, relative to output/ ("om/index.html").</param>
    public IReadOnlyList<PolicyFinding> CheckPage(string page, string html)
    {
        var findings = new List<PolicyFinding>();
        void Report(string problem) => findings.Add(new PolicyFinding(page, problem));
        var pageUrl = new Uri(origin, PageUrl(page));
        foreach (var element in parser.ParseDocument(html).All)
        {
            CheckAttributes(element, Report);
            CheckInlineCode(element, Report);
            foreach (var (directive, value) in Requests(element))
                CheckRequest(element, directive, value, pageUrl, Report);
        }
        return findings;
    }

    private void CheckAttributes(IElement element, Action<string> report)
    {
        foreach (var attribute in element.Attributes)
        {
            var name = attribute.Name.ToLowerInvariant();
            if (name.StartsWith("on", StringComparison.Ordinal) && !policy.AllowsInlineAttribute("script-src-attr", attribute.Value))
                report($"event handler {name}=\"{Short(attribute.Value)}\" on <{element.LocalName}>: the policy blocks it; attach the handler from a script file");
            else if (name == "style" && !policy.AllowsInlineAttribute("style-src-attr", attribute.Value))
                report($"style=\"{Short(attribute.Value)}\" on <{element.LocalName}>: style-src has no 'unsafe-inline'; move the rule into theme/assets/ CSS");
            if (UrlAttributes.Contains(name) && IsJavascriptUrl(attribute.Value) && SourcesLack("script-src-elem", "'unsafe-inline'"))
                report($"javascript: URL in {name} on <{element.LocalName}>: the policy blocks it");
        }
    }

    private void CheckInlineCode(IElement element, Action<string> report)
    {
        if (element is IHtmlScriptElement script && string.IsNullOrEmpty(script.Source) && IsExecutable(script)
            && !policy.AllowsInlineElement("script-src-elem", script.Text))
            report($"inline <script> \"{Short(script.Text)}\": script-src allows neither it nor its hash {ContentSecurityPolicy.HashSource(script.Text)}; put it in a file under theme/assets/");
        if (element is IHtmlStyleElement && !policy.AllowsInlineElement("style-src-elem", element.TextContent))
            report($"inline <style> \"{Short(element.TextContent)}\": style-src has no 'unsafe-inline'; move it into theme/assets/ CSS");
    }

    private void CheckRequest(IElement element, string directive, string value, Uri pageUrl, Action<string> report)
    {
        if (IsJavascriptUrl(value) || value.Trim().Length == 0) return;
        if (!Uri.TryCreate(pageUrl, value.Trim(), out var url))
        {
            report($"<{element.LocalName}> names '{value}', which is not a URL");
            return;
        }
        var sameOrigin = ContentSecurityPolicy.SameOrigin(url, origin);
        if (!sameOrigin && url.Scheme is "http" or "https")
            report($"<{element.LocalName}> requests {url} from another origin: the site makes no third-party requests");
        else if (directive != "none" && !policy.AllowsUrl(directive, url, origin))
            report($"<{element.LocalName}> requests {url}, which {directive} does not allow");
        if (sameOrigin && directive is not ("form-action" or "base-uri") && !LocalFileExists(url))
            report($"<{element.LocalName}> names {url.AbsolutePath}, which is not in output/");
    }

    /// <summary>What an element makes the browser fetch, with the directive that governs it ("none": a link that only names a file).</summary>
    private static IEnumerable<(string Directive, string Url)> Requests(IElement element)
    {
        string? Attr(string name) => element.GetAttribute(name);
        IEnumerable<(string, string)> One(string directive, string? url) => url is null ? [] : [(directive, url)];
        IEnumerable<(string, string)> Set(string directive, string? srcset) =>
            (srcset ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(candidate => (directive, candidate.Split(' ', 2)[0]));

        return element.LocalName switch
        {
            "script" => One("script-src-elem", Attr("src")),
            "link" => One(LinkDirective(element), Attr("href")),
            "img" => One("img-src", Attr("src")).Concat(Set("img-src", Attr("srcset"))),
            "source" when element.ParentElement?.LocalName == "picture" => Set("img-src", Attr("srcset")).Concat(One("img-src", Attr("src"))),
            "source" or "track" or "audio" => One("media-src", Attr("src")),
            "video" => One("media-src", Attr("src")).Concat(One("img-src", Attr("poster"))),
            "iframe" or "frame" => One("frame-src", Attr("src")),
            "embed" => One("object-src", Attr("src")),
            "object" => One("object-src", Attr("data")),
            "input" when string.Equals(Attr("type"), "image", StringComparison.OrdinalIgnoreCase) => One("img-src", Attr("src")),
            "form" => One("form-action", Attr("action")),
            "button" or "input" => One("form-action", Attr("formaction")),
            "base" => One("base-uri", Attr("href")),
            _ => [],
        };
    }

    private static string LinkDirective(IElement link)
    {
        var rel = (link.GetAttribute("rel") ?? "").ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (rel.Contains("stylesheet")) return "style-src-elem";
        if (rel.Contains("modulepreload")) return "script-src-elem";
        if (rel.Contains("manifest")) return "manifest-src";
        if (rel.Intersect(["icon", "apple-touch-icon", "mask-icon"]).Any()) return "img-src";
        if (rel.Contains("preload") || rel.Contains("prefetch"))
            return link.GetAttribute("as") switch
            {
                "script" => "script-src-elem", "style" => "style-src-elem", "font" => "font-src",
                "image" => "img-src", "fetch" => "connect-src", _ => "default-src",
            };
        return "none";
    }

    private bool LocalFileExists(Uri url)
    {
        var path = Uri.UnescapeDataString(url.AbsolutePath).TrimStart('/');
        var full = Path.Combine(outputRoot, path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path);
        return File.Exists(full) || File.Exists(Path.Combine(full, "index.html"));
    }

    private bool SourcesLack(string directive, string source) => policy.SourcesFor(directive) is { } sources && !sources.Contains(source);

    /// <summary>Data blocks (JSON-LD and the like) do not run, so the policy does not apply to them.</summary>
    private static bool IsExecutable(IHtmlScriptElement script)
    {
        var type = (script.Type ?? "").Trim().ToLowerInvariant();
        return type is "" or "module" or "importmap" or "speculationrules" || type.Contains("javascript") || type.Contains("ecmascript");
    }

    private static bool IsJavascriptUrl(string value) =>
        new string(value.Where(c => c > ' ').ToArray()).StartsWith("javascript:", StringComparison.OrdinalIgnoreCase);

    private static string PageUrl(string page) =>
        "/" + (page == "index.html" ? "" : page.EndsWith("/index.html", StringComparison.Ordinal) ? page[..^"index.html".Length] : page);

    private static string Short(string text)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= 60 ? flat : flat[..57] + "...";
    }
}
