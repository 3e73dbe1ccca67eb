using Sodertorn.Site.Output;
using Sodertorn.Site.Pipeline;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Pipeline;

/// <summary>Generators that run beside the page stage must not need the pages: they have none yet.</summary>
public sealed class GeneratorsTests
{
    private const string BaseUrl = "https://example.test";

    [Fact]
    public void Every_generator_that_runs_beside_the_pages_makes_its_files_without_them()
    {
        var (site, _) = ContentFixture.Link(ContentFixture.ValidInput);
        var context = new GeneratorContext(site, BaseUrl);
        foreach (var generator in Generators.All.Where(g => !g.ReadsPages))
            Assert.NotEmpty(generator.Generate(context).Select(f => f.Path).ToList());
    }

    [Fact]
    public void Reading_the_pages_without_declaring_it_fails_and_says_what_to_declare()
    {
        var (site, _) = ContentFixture.Link(ContentFixture.ValidInput);
        var sitemap = Generators.All.Single(g => g is Sodertorn.Site.Sitemaps.SitemapGenerator);
        Assert.True(sitemap.ReadsPages);
        // The sitemap reads the pages; handed a context without them, as a generator that forgot ReadsPages would be.
        var error = Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var file in sitemap.Generate(new GeneratorContext(site, BaseUrl))) file.WriteTo(Stream.Null);
        });
        Assert.Contains("ReadsPages", error.Message, StringComparison.Ordinal);
    }
}
