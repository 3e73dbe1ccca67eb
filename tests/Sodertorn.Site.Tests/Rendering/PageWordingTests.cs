using AngleSharp.Html.Parser;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Rendering;

/// <summary>
/// The documents are minnesanteckningar, and the site calls them so wherever a reader sees a name for them: the menu,
/// headings and the search filters (the addresses stay /protokoll/, which are permanent).
/// </summary>
public sealed class PageWordingTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void Menu_heading_and_search_filter_say_minnesanteckningar()
    {
        var list = Parser.ParseDocument(SharedSites.Real.Read("protokoll/index.html"));
        var search = Parser.ParseDocument(SharedSites.Real.Read("sok/index.html"));

        Assert.Equal("Minnesanteckningar", list.QuerySelector("nav[aria-label='Huvudmeny'] a[href='/protokoll/']")!.TextContent.Trim());
        Assert.Equal("Minnesanteckningar", list.QuerySelector("main h1")!.TextContent.Trim());
        Assert.Equal("Minnesanteckningar", search.QuerySelector("#sok-typ option[value='protokoll']")!.TextContent.Trim());
        foreach (var file in Directory.GetFiles(SharedSites.Real.Output, "index.html", SearchOption.AllDirectories)
                     .Where(f => !f.Contains("/admin/", StringComparison.Ordinal) && !f.Contains("/pagefind", StringComparison.Ordinal)))
        {
            var page = Parser.ParseDocument(File.ReadAllText(file));
            var named = page.QuerySelectorAll("nav a, h1, h2, h3, option").Select(e => e.TextContent.Trim()).Where(t => t.StartsWith("Protokoll", StringComparison.Ordinal));
            Assert.True(!named.Any(), $"{file}: {string.Join(", ", named)}");
        }
    }
}

/// <summary>Every page's head: a meta description of its own, and Open Graph tags for a shared link's preview.</summary>
public sealed class PageHeadTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void Every_page_has_a_description_and_open_graph_tags_with_an_absolute_address()
    {
        var pages = Directory.GetFiles(SharedSites.Real.Output, "*.html", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(SharedSites.Real.Output, f).StartsWith("admin", StringComparison.Ordinal)
                && !Path.GetRelativePath(SharedSites.Real.Output, f).StartsWith("pagefind", StringComparison.Ordinal))
            .ToList();
        Assert.True(pages.Count > 50, $"{pages.Count} pages");
        foreach (var file in pages)
        {
            var page = Parser.ParseDocument(File.ReadAllText(file));
            string? Meta(string selector) => page.QuerySelector($"head meta[{selector}]")?.GetAttribute("content");
            var description = Meta("name='description'");

            Assert.False(string.IsNullOrWhiteSpace(description), file);
            Assert.InRange(description!.Length, 20, Site.Rendering.PageDescriptions.MaxLength);
            Assert.Equal(description, Meta("property='og:description'"));
            Assert.False(string.IsNullOrWhiteSpace(Meta("property='og:title'")), file);
            Assert.Contains(Meta("property='og:type'"), new[] { "website", "article" });
            Assert.Equal("sv_SE", Meta("property='og:locale'"));
            Assert.Equal("Södertörnskommunerna", Meta("property='og:site_name'"));
            if (file.EndsWith("404.html", StringComparison.Ordinal)) continue;
            var url = Meta("property='og:url'");
            Assert.True(Uri.TryCreate(url, UriKind.Absolute, out _), $"{file}: og:url {url}");
            Assert.Equal(page.QuerySelector("link[rel='canonical']")!.GetAttribute("href"), url);
        }
    }

    [Fact]
    public void A_description_is_the_summary_or_the_first_paragraph_shortened_at_a_word()
    {
        Assert.Equal("Första stycket med en länk.", Site.Rendering.PageDescriptions.FirstParagraph("# Rubrik\n\n- punkt\n\nFörsta *stycket* med\nen [länk](/x/).\n\nAndra.", new Site.Markdown.PlainText(_ => null)));
        // A cross-reference without text reads as its target's title, as on the page.
        Assert.Equal("Enligt Verksamhetsplan 2024.", Site.Rendering.PageDescriptions.FirstParagraph("Enligt [](xref:vp-2024).", new Site.Markdown.PlainText(id => id == "vp-2024" ? "Verksamhetsplan 2024" : null)));
        var longText = string.Join(' ', Enumerable.Repeat("ordet", 60));
        var shortened = Site.Rendering.PageDescriptions.Shorten(longText);
        Assert.True(shortened.Length <= Site.Rendering.PageDescriptions.MaxLength);
        Assert.EndsWith("ordet…", shortened, StringComparison.Ordinal);
    }
}
