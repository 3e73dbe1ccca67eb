using AngleSharp.Dom;

namespace Sodertorn.Site.Tests.Integration;

/// <summary>
/// What a screen reader user relies on in every page's markup: the language, one h1 and headings that do not skip
/// a level going down, a text alternative for every image, and no svg that is announced without a name.
/// Each check returns the problems it finds, in words, empty when the page is right.
/// </summary>
public static class PageStructure
{
    public static IEnumerable<string> Language(IDocument page)
    {
        var lang = page.DocumentElement.GetAttribute("lang");
        if (lang != "sv") yield return $"<html lang=\"{lang}\">, not sv";
    }

    public static IEnumerable<string> Headings(IDocument page)
    {
        var headings = page.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => (Level: h.LocalName[1] - '0', Text: h.TextContent.Trim())).ToList();
        var h1 = headings.Count(h => h.Level == 1);
        if (h1 != 1) yield return $"{h1} h1 elements, not one";
        if (headings.Count > 0 && headings[0].Level != 1) yield return $"the first heading is h{headings[0].Level} \"{headings[0].Text}\", not h1";
        for (var i = 1; i < headings.Count; i++)
            if (headings[i].Level > headings[i - 1].Level + 1)
                yield return $"h{headings[i - 1].Level} \"{headings[i - 1].Text}\" is followed by h{headings[i].Level} \"{headings[i].Text}\"";
    }

    public static IEnumerable<string> Images(IDocument page)
    {
        foreach (var img in page.QuerySelectorAll("img").Where(i => !i.HasAttribute("alt")))
            yield return $"<img src=\"{img.GetAttribute("src")}\"> has no alt";
        foreach (var svg in page.QuerySelectorAll("svg").Where(s => s.ParentElement?.Closest("svg") is null))
        {
            if (svg.GetAttribute("aria-hidden") == "true") continue;
            var named = !string.IsNullOrWhiteSpace(svg.GetAttribute("aria-label"))
                || (svg.GetAttribute("aria-labelledby") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } ids
                    && ids.All(id => !string.IsNullOrWhiteSpace(page.GetElementById(id)?.TextContent))
                || !string.IsNullOrWhiteSpace(svg.Children.FirstOrDefault(c => c.LocalName == "title")?.TextContent);
            if (!named) yield return $"<svg{(svg.Id is { } id2 ? " id=" + id2 : "")}> is neither aria-hidden nor named (aria-label, aria-labelledby or <title>)";
            else if (svg.GetAttribute("role") != "img") yield return $"<svg{(svg.Id is { } id3 ? " id=" + id3 : "")}> has a name but no role=\"img\"";
        }
    }

    public static IEnumerable<string> TitleAndSkipLink(IDocument page)
    {
        if (string.IsNullOrWhiteSpace(page.Title)) yield return "no <title>";
        var first = page.Body?.QuerySelector("a[href]");
        if (first?.GetAttribute("href") != "#innehall") yield return "the first link is not the skip link to #innehall";
        if (page.QuerySelector("main#innehall") is null) yield return "no main#innehall";
    }
}
