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
