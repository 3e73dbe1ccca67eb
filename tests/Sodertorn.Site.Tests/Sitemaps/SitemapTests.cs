using System.Xml.Linq;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Sitemaps;

/// <summary>sitemap.xml and robots.txt of the valid fixture site, read back with System.Xml.Linq.</summary>
public sealed class SitemapTests
{
    private static SharedSite Built => SharedSites.Valid;

    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public void The_sitemap_lists_every_content_page_by_absolute_address_in_order()
    {
        var urls = Urls(Built.Read("sitemap.xml"));

        // Every page written, found on disk rather than asked of the generator: index.html files, minus the report.
        var expected = Directory.GetFiles(Built.Output, "index.html", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(Built.Output, Path.GetDirectoryName(f)!).Replace('\\', '/') + "/")
            .Select(u => u == "/./" ? "/" : u)
            .Where(u => u != "/lankrapport/" && u != "/admin/")
            .Select(u => TempSite.BaseUrl + u)
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(expected, urls.Select(u => u.Loc));
        Assert.Contains(TempSite.BaseUrl + "/protokoll/lg-2030-03-01/", expected);
        Assert.Contains(TempSite.BaseUrl + "/", expected);
        Assert.DoesNotContain(urls, u => u.Loc.Contains("404", StringComparison.Ordinal) || u.Loc.Contains("lankrapport", StringComparison.Ordinal));
        // The CMS is not a page of the site.
        Assert.True(File.Exists(Path.Combine(Built.Output, "admin", "index.html")));
        Assert.DoesNotContain(urls, u => u.Loc.Contains("/admin", StringComparison.Ordinal));
        Assert.All(urls, u => Assert.True(Uri.IsWellFormedUriString(u.Loc, UriKind.Absolute), u.Loc));
    }

    [Fact]
    public void Lastmod_is_given_only_where_the_content_has_a_date()
    {
        var lastmod = Urls(Built.Read("sitemap.xml")).Where(u => u.Lastmod is not null).ToDictionary(u => u.Loc, u => u.Lastmod);

        Assert.Equal(new Dictionary<string, string?>
        {
            [TempSite.BaseUrl + "/planer/vp-2030/"] = "2030-01-15",
            [TempSite.BaseUrl + "/protokoll/lg-2030-03-01/"] = "2030-03-01",
        }, lastmod);
    }

    [Fact]
    public void Robots_txt_keeps_crawlers_out_of_the_link_report_and_names_the_sitemap()
    {
        Assert.Equal("User-agent: *\nDisallow: /lankrapport/\n\nSitemap: https://example.test/sitemap.xml\n", Built.Read("robots.txt"));
    }

    [Fact]
    public void The_sitemap_is_utf8_without_byte_order_mark()
    {
        var bytes = File.ReadAllBytes(Path.Combine(Built.Output, "sitemap.xml"));
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Equal("<?xml", System.Text.Encoding.ASCII.GetString(bytes, 0, 5));
    }

    private static List<(string Loc, string? Lastmod)> Urls(string xml)
    {
        var root = XDocument.Parse(xml).Root!;
        Assert.Equal(Sitemap + "urlset", root.Name);
        return root.Elements().Select(url =>
        {
            Assert.Equal(Sitemap + "url", url.Name);
            return (url.Elements(Sitemap + "loc").Single().Value, url.Elements(Sitemap + "lastmod").SingleOrDefault()?.Value);
        }).ToList();
    }
}
