using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Sodertorn.Site.Linking;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Rendering;

/// <summary>The real site's pages that every reader needs: register, breadcrumbs, accessibility statement, budget chart, reach.</summary>
public sealed class RealSitePagesTests
{
    private const string StatementUrl = "/tillganglighetsredogorelse/";

    private static readonly HtmlParser Parser = new();

    [Fact]
    public void The_register_lists_every_decision_of_every_meeting_once()
    {
        var expected = SharedSites.RealLinked.Graph.Decisions.Values
            .Select(d => UrlScheme.For(d.Meeting) + "#" + d.Decision.LocalId).Order(StringComparer.Ordinal).ToList();
        var listed = Directory.GetFiles(Path.Combine(SharedSites.Real.Output, "beslut"), "index.html", SearchOption.AllDirectories)
            .SelectMany(f => Parser.ParseDocument(File.ReadAllText(f)).QuerySelectorAll("main .beslutslista li .metadata a"))
            .Select(a => a.GetAttribute("href")!).Order(StringComparer.Ordinal).ToList();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, listed);
    }

    [Fact]
    public void Every_breadcrumb_link_leads_to_a_page_of_the_site()
    {
        var pages = 0;
        foreach (var (url, page) in Pages())
        {
            var crumbs = page.QuerySelector("nav.brodsmulor");
            if (url == "/")
            {
                Assert.Null(crumbs);
                continue;
            }
            Assert.True(crumbs is not null, $"{url} has no breadcrumbs");
            pages++;
            foreach (var href in crumbs.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!))
                Assert.True(File.Exists(FileOf(href)), $"{url}: the breadcrumb {href} leads nowhere");
            Assert.NotNull(crumbs.QuerySelector("li:last-child [aria-current='page']"));
        }
        Assert.True(pages > 40, $"only {pages} pages checked");
    }

    [Fact]
    public void Every_page_links_to_the_accessibility_statement_in_its_footer()
    {
        foreach (var (url, page) in Pages())
        {
            var link = page.QuerySelector($"footer a[href='{StatementUrl}']");
            Assert.True(link is not null, $"{url} has no footer link to the accessibility statement");
            Assert.Equal("Tillgänglighetsredogörelse", link.TextContent);
        }
    }

    [Fact]
    public void The_accessibility_statement_has_every_element_digg_requires()
    {
        var page = Page(StatementUrl);
        var text = page.QuerySelector("main")!.TextContent;

        // 1. Who stands behind which service.
        Assert.Contains("Södertörnskommunerna står bakom den här webbplatsen", text, StringComparison.Ordinal);
        // 2. How far it complies with the law.
        Assert.Contains("delvis förenlig", text, StringComparison.Ordinal);
        Assert.Contains("lagen (2018:1937)", text, StringComparison.Ordinal);
        // 3. What is not accessible, and why.
        Assert.True(Section(page, "brister").Count(e => e.LocalName == "ul") >= 1 && Section(page, "brister").SelectMany(e => e.QuerySelectorAll("li")).Count() >= 2);
        // 4. Disproportionate burden: stated, even when none is claimed.
        Assert.Contains("oskäligt betungande", text, StringComparison.Ordinal);
        // 5. Content outside the law's scope, with the 23 September 2018 rule for office files.
        Assert.Contains("23 september 2018", string.Concat(Section(page, "utanfor-lagen").Select(e => e.TextContent)), StringComparison.Ordinal);
        // 6. How the site was assessed.
        Assert.Contains("självskattning", string.Concat(Section(page, "testmetod").Select(e => e.TextContent)), StringComparison.Ordinal);
        // 7. Dates of the assessment and of the last update.
        Assert.Contains("Bedömningen gjordes senast den 23 november 2026", text, StringComparison.Ordinal);
        Assert.Contains("uppdaterades senast den 5 december 2026", text, StringComparison.Ordinal);
        // What it says of the site's own rendering is what the site renders: an unpublished document's name with the
        // words every reader sees, and the archives the search page without JavaScript links to.
        Assert.Contains("”(publiceras inte här)”", text, StringComparison.Ordinal);
        Assert.Contains("(publiceras inte här)", Sodertorn.Site.Markdown.Xref.UnpublishedReference.End, StringComparison.Ordinal);
        var noScript = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(Page("/sok/").QuerySelector("noscript")!.InnerHtml);
        var archives = noScript.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        var searchItem = Section(page, "brister").SelectMany(e => e.QuerySelectorAll("li")).Single(li => li.TextContent.Contains("JavaScript", StringComparison.Ordinal));
        Assert.Equal(archives, searchItem.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).Where(h => h != "/sok/").ToList());
        // 8. How to give feedback: the same address as the contact page, not another.
        var contact = Page("/kontakt/").QuerySelector("main a[href^='mailto:']")!.GetAttribute("href");
        Assert.Contains(Section(page, "kontakt"), e => e.QuerySelector($"a[href='{contact}']") is not null);
        // 9. Digg's supervision and its complaint form.
        Assert.NotNull(page.QuerySelector("main a[href='https://www.digg.se/tdosanmalan']"));
    }

    [Fact]
    public void The_budget_charts_bars_match_the_tables_cost_lines()
    {
        var plan = Page("/planer/vp-2024/");
        var table = plan.QuerySelector("table.budget")!;
        var costs = table.QuerySelectorAll("tbody tr")
            .SkipWhile(r => r.TextContent.Trim() != "Kostnader").Skip(1)
            .TakeWhile(r => !r.ClassList.Contains("summa"))
            .Select(r => (Label: r.QuerySelector("td")!.ChildNodes[0].TextContent.Trim(), Amount: r.QuerySelector("td.belopp")!.TextContent))
            .ToList();
        var svg = plan.QuerySelector("svg.stapeldiagram")!;
        var bars = svg.QuerySelectorAll("rect.stapel").ToList();
        var texts = svg.QuerySelectorAll("text").Select(t => t.TextContent).ToList();

        Assert.Equal("true", svg.GetAttribute("aria-hidden"));
        Assert.Equal(4, costs.Count);
        Assert.Equal(costs.Count, bars.Count);
        Assert.Equal(costs.SelectMany(c => new[] { c.Label, c.Amount }), texts);
        // Each bar's length is its amount on one scale: the longest bar is the largest amount, the others in proportion.
        Assert.Equal(costs.Select(c => Amount(c.Amount)), bars.Select(Amount));
        var widths = bars.Select(b => double.Parse(b.GetAttribute("width")!, CultureInfo.InvariantCulture)).ToList();
        var largest = bars.Max(Amount);
        foreach (var (bar, width) in bars.Zip(widths))
            Assert.Equal(widths.Max() * Amount(bar) / largest, width, 0.1);
    }

    [Fact]
    public void The_plan_names_the_fee_per_inhabitant_and_says_that_no_municipalitys_population_is_given()
    {
        var plan = Page("/planer/vp-2024/");
        Assert.NotNull(plan.QuerySelector("main a[href='/samarbetsavtal/#paragraf-8']"));
        Assert.Null(plan.QuerySelector("table.avgifter"));
        Assert.Contains(plan.QuerySelectorAll("main p"), p => p.TextContent.Contains("4 kronor per invånare", StringComparison.Ordinal));
        Assert.Contains(plan.QuerySelectorAll("main p"), p => p.TextContent.Contains("men inte för varje kommun", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_page_is_at_most_three_clicks_from_the_start_page()
    {
        var distance = new Dictionary<string, int>(StringComparer.Ordinal) { ["/"] = 0 };
        var queue = new Queue<string>(["/"]);
        while (queue.TryDequeue(out var url))
        {
            if (distance[url] == 3) continue;
            foreach (var next in Page(url).QuerySelectorAll("a[href^='/']").Select(a => a.GetAttribute("href")!.Split('#')[0]))
                if (next.EndsWith('/') && File.Exists(FileOf(next)) && distance.TryAdd(next, distance[url] + 1))
                    queue.Enqueue(next);
        }
        // The link report is for comms, not readers; the 404 page is where no link leads.
        var unreached = Pages().Select(p => p.Url).Where(u => u is not ("/lankrapport/" or "/404.html") && !distance.ContainsKey(u)).ToList();

        Assert.Empty(unreached);
        // And the walk itself reached a page of each kind (the search stops at three clicks, so reached is within three).
        foreach (var kind in new[] { "/protokoll/lg-2023-02-10/", "/beslut/ledningsgruppen/2023/", "/planer/vp-2024/", "/mal/", "/sok/", StatementUrl, "/samarbetsavtal/" })
            Assert.True(distance.ContainsKey(kind), $"{kind} is not within three clicks of the start page");
    }

    private static long Amount(IElement bar) => long.Parse(bar.GetAttribute("data-belopp")!, CultureInfo.InvariantCulture);

    private static long Amount(string shown) => long.Parse(new string(shown.Where(char.IsAsciiDigit).ToArray()), CultureInfo.InvariantCulture);

    /// <summary>The elements after the heading with this id, up to the next heading of its level.</summary>
    private static List<IElement> Section(IDocument page, string id)
    {
        var heading = page.GetElementById(id)!;
        var elements = new List<IElement>();
        for (var e = heading.NextElementSibling; e is not null && e.LocalName != heading.LocalName; e = e.NextElementSibling) elements.Add(e);
        return elements;
    }

    private IEnumerable<(string Url, IDocument Page)> Pages() =>
        Directory.GetFiles(SharedSites.Real.Output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(SharedSites.Real.Output, f).Replace('\\', '/'))
            // Not the search index's files, nor the CMS at /admin/: neither is a page of the site.
            .Where(f => !f.StartsWith("pagefind/", StringComparison.Ordinal) && !f.StartsWith("admin/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => (f == "404.html" ? "/404.html" : "/" + f[..^"index.html".Length], (IDocument)Parser.ParseDocument(File.ReadAllText(Path.Combine(SharedSites.Real.Output, f)))));

    private IDocument Page(string url) => Parser.ParseDocument(File.ReadAllText(FileOf(url)));

    private string FileOf(string url) => Path.Combine(SharedSites.Real.Output, url == "/404.html" ? "404.html" : UrlScheme.FileFor(url));
}
