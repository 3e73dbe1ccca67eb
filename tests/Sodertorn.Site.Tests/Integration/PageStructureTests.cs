using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Integration;

/// <summary>
/// The markup of every HTML file of the real site (built once, shared with the browser tests) read with AngleSharp:
/// faster than a browser and covers every page, including those added later. The checks are first shown to find
/// what they look for in small samples.
/// </summary>
public sealed class PageStructureTests
{
    private static readonly HtmlParser Parser = new();

    public static TheoryData<string, string> BadSamples => new()
    {
        { "<html lang=\"en\"><body><h1>A</h1></body></html>", "not sv" },
        { "<html lang=\"sv\"><body><h1>A</h1><h2>B</h2><h4>C</h4></body></html>", "is followed by h4" },
        { "<html lang=\"sv\"><body><h2>A</h2><h1>B</h1></body></html>", "not h1" },
        { "<html lang=\"sv\"><body><h1>A</h1><h1>B</h1></body></html>", "2 h1" },
        { "<html lang=\"sv\"><body><h1>A</h1><img src=\"x.png\"></body></html>", "has no alt" },
        { "<html lang=\"sv\"><body><h1>A</h1><svg viewBox=\"0 0 1 1\"><rect/></svg></body></html>", "neither aria-hidden nor named" },
        { "<html lang=\"sv\"><body><h1>A</h1><svg aria-labelledby=\"saknas\"></svg></body></html>", "neither aria-hidden nor named" },
        { "<html lang=\"sv\"><body><h1>A</h1><svg aria-label=\"Budget\"></svg></body></html>", "no role" },
    };

    [Theory]
    [MemberData(nameof(BadSamples))]
    public void The_checks_find_what_they_look_for(string html, string problem)
    {
        var page = Parser.ParseDocument(html);
        Assert.Contains(All(page), p => p.Contains(problem, StringComparison.Ordinal));
    }

    [Fact]
    public void A_right_sample_passes()
    {
        var page = Parser.ParseDocument("""
            <html lang="sv"><head><title>T</title></head><body><a href="#innehall">Hoppa</a><main id="innehall">
            <h1>A</h1><h2>B</h2><h3>C</h3><h2>D</h2><img src="x.png" alt=""><svg aria-hidden="true"></svg>
            <svg role="img" aria-labelledby="t"><title id="t">Budget 2024</title></svg><svg role="img"><title>Diagram</title></svg></main></body></html>
            """);
        Assert.Empty(All(page));
    }

    [Fact]
    public void Every_built_page_passes_every_check()
    {
        // The site's pages: not /admin/, the CMS's own page, which Decap CMS fills (its axe scan is in Cms/).
        var files = Deploy.PagePolicyChecker.SitePages(SharedSites.Real.Output).Select(f => Path.Combine(SharedSites.Real.Output, f)).ToArray();
        Assert.True(files.Length >= 50, $"only {files.Length} pages");
        var problems = files.Order(StringComparer.Ordinal)
            .SelectMany(f => All(Parser.ParseDocument(File.ReadAllText(f))).Select(p => $"{Path.GetRelativePath(SharedSites.Real.Output, f)}: {p}"))
            .ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static List<string> All(IDocument page) =>
    [
        .. PageStructure.Language(page), .. PageStructure.Headings(page), .. PageStructure.Images(page), .. PageStructure.TitleAndSkipLink(page),
    ];
}
