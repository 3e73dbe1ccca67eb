using Sodertorn.Site.Hosting;
using Sodertorn.Site.Pipeline;
using Sodertorn.Site.Tests.Deploy;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Cms;

/// <summary>
/// The policies the site is served with now that /admin/ has its own: netlify.toml's rule for /admin/*, and the _headers
/// the build writes with the site's policy for everything else. Netlify applies every rule that matches a path, and a
/// browser enforces every policy it gets, so each served path must be matched by exactly one policy.
/// </summary>
public sealed class AdminHeadersTests
{
    /// <summary>What Decap CMS needs beyond the site's policy, and nothing more (netlify.toml says why for each).</summary>
    public const string AdminPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https://avatars.githubusercontent.com; " +
        "font-src 'self'; connect-src 'self' https://api.github.com https://www.githubstatus.com; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    private static readonly Lazy<TempSite> RealSite = new(() =>
    {
        var site = TempSite.CopyOf(null);
        var result = new BuildPipeline(CmsSite.Options(site.Input, site.Output) with { BuildSearchIndex = true }).Run();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return site;
    });

    public static HeaderRule AdminRule => Netlify.Toml.Headers.Single(r => r.For == "/admin/*");

    [Fact]
    public void Admin_has_its_own_rule_with_exactly_the_policy_decap_needs()
    {
        var policy = ContentSecurityPolicy.Parse(AdminRule.Header("Content-Security-Policy")!);
        var expected = ContentSecurityPolicy.Parse(AdminPolicy);

        Assert.Equal(expected.Directives.Keys.Order(), policy.Directives.Keys.Order());
        foreach (var (name, sources) in expected.Directives) Assert.Equal(sources.Order(), policy.Directives[name].Order());
        // Scripts only from the site itself, never inline: the CMS's own scripts are files (Cms/admin/).
        Assert.Equal(["'self'", "'unsafe-eval'"], policy.SourcesFor("script-src-elem")!.Order());
        Assert.Equal("noindex, nofollow", AdminRule.Header("X-Robots-Tag"));
    }

    [Fact]
    public void The_site_policy_is_as_strict_as_before_and_not_set_for_every_path()
    {
        Assert.Null(Netlify.SiteWide.Header("Content-Security-Policy"));
        Assert.Equal(
            "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
            SecurityPolicy.Site);
        var written = Netlify.HeadersFile(RealSite.Value.Output);
        Assert.All(written, rule => Assert.Equal(SecurityPolicy.Site, rule.Header("Content-Security-Policy")));
    }

    [Fact]
    public void Every_built_file_is_served_with_exactly_one_policy_and_admin_with_its_own()
    {
        var output = RealSite.Value.Output;
        var rules = Netlify.Toml.Headers.Concat(Netlify.HeadersFile(output)).Where(r => r.Header("Content-Security-Policy") is not null).ToList();
        var urls = BuiltUrls(output);
        Assert.Contains("/admin/", urls);
        Assert.Contains("/pagefind/pagefind.js", urls);

        // A path with no file in a folder of the site: Netlify answers it with 404.html, under the site's policy.
        foreach (var url in urls.Append("/protokoll/saknas/"))
        {
            var matching = rules.Where(r => r.Matches(url)).ToList();
            Assert.True(matching.Count == 1, $"{url}: {string.Join(", ", matching.Select(r => r.For))}");
            var expected = url.StartsWith("/admin/", StringComparison.Ordinal) ? AdminRule.Header("Content-Security-Policy") : SecurityPolicy.Site;
            Assert.Equal(expected, matching[0].Header("Content-Security-Policy"));
        }
    }

    [Fact]
    public void The_not_found_page_carries_the_site_policy_for_paths_outside_every_folder()
    {
        // Netlify answers /finns-inte/x with 404.html, and no rule of either file matches that path.
        Assert.DoesNotContain(Netlify.Toml.Headers.Concat(Netlify.HeadersFile(RealSite.Value.Output)), r => r.Matches("/finns-inte/x") && r.Header("Content-Security-Policy") is not null);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(RealSite.Value.Output, "404.html")));
        var meta = page.Head!.QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content")!;
        // All of the site's policy but frame-ancestors, which a policy in a meta element cannot hold.
        var expected = ContentSecurityPolicy.Parse(SecurityPolicy.Site).Directives.Where(d => d.Key != "frame-ancestors").ToDictionary();
        var actual = ContentSecurityPolicy.Parse(meta).Directives;
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        foreach (var (name, sources) in expected) Assert.Equal(sources.Order(), actual[name].Order());
        // Only the not-found page: the others have their header.
        Assert.DoesNotContain("http-equiv", File.ReadAllText(Path.Combine(RealSite.Value.Output, "index.html")));
    }

    [Fact]
    public void A_page_an_author_adds_is_served_with_the_site_policy()
    {
        using var site = TempSite.CopyOf("valid");
        site.Write("sidor/nyheter.md", "---\ntyp: sida\nid: nyheter\ntitel: Nyheter\n---\n\nText.\n");

        var result = new BuildPipeline(CmsSite.Options(site.Input, site.Output)).Run();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var rule = Assert.Single(Netlify.HeadersFile(site.Output), r => r.Matches("/nyheter/"));
        Assert.Equal("/nyheter/*", rule.For);
        Assert.DoesNotContain(Netlify.HeadersFile(site.Output), r => r.Matches("/admin/"));
    }

    [Fact]
    public void A_failed_previews_report_only_site_is_served_with_the_site_policy()
    {
        using var site = TempSite.CopyOf("valid");
        site.Write("sidor/kontakt.md", "---\ntyp: sida\nid: kontakt\ntitel: Kontakt\n---\nSe [planen](xref:finns-inte).\n");

        var result = new BuildPipeline(CmsSite.Options(site.Input, site.Output) with
        {
            Report = new Sodertorn.Site.Reporting.ReportSettings { Context = "deploy-preview", PublishReportOnFailure = true },
        }).Run();

        Assert.True(result.PublishedReportOnly);
        var rules = Netlify.HeadersFile(site.Output);
        foreach (var url in new[] { "/lankrapport/", "/lankrapport/lankrapport.json" }.Concat(BuiltUrls(site.Output).Where(u => u.StartsWith("/assets/", StringComparison.Ordinal))))
            Assert.Equal(SecurityPolicy.Site, Assert.Single(rules, r => r.Matches(url)).Header("Content-Security-Policy"));
    }

    [Fact]
    public void Admin_is_an_id_no_page_may_take()
    {
        using var site = TempSite.CopyOf("valid");
        site.Write("sidor/admin.md", "---\ntyp: sida\nid: admin\ntitel: Admin\n---\n\nText.\n");

        var result = new BuildPipeline(CmsSite.Options(site.Input, site.Output)).Run();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == "id-reserved" && d.Location.File == "sidor/admin.md");
    }

    [Fact]
    public void Admin_is_not_indexed_listed_or_searched()
    {
        var output = RealSite.Value.Output;
        var admin = File.ReadAllText(Path.Combine(output, "admin", "index.html"));
        Assert.Contains("<meta name=\"robots\" content=\"noindex, nofollow\">", admin);
        // Pagefind indexes only what a layout marks with data-pagefind-body; the CMS's page has none.
        Assert.DoesNotContain("data-pagefind", admin);
        Assert.Contains("data-pagefind-body", File.ReadAllText(Path.Combine(output, "protokoll", "lg-2023-02-10", "index.html")));
        Assert.DoesNotContain("/admin", File.ReadAllText(Path.Combine(output, "sitemap.xml")));
        // Nothing from another origin: the CMS is the pinned package, copied into the site.
        Assert.DoesNotContain("https://", string.Join("", admin.Split('\n').Where(l => l.Contains("<script", StringComparison.Ordinal))));
        Assert.True(File.Exists(Path.Combine(output, "admin", "decap-cms.js")));
    }

    private static List<string> BuiltUrls(string output) =>
        Directory.GetFiles(output, "*", SearchOption.AllDirectories)
            .Select(file => "/" + Path.GetRelativePath(output, file).Replace('\\', '/'))
            .SelectMany(url => url.EndsWith("/index.html", StringComparison.Ordinal) ? new[] { url, url[..^"index.html".Length] } : [url])
            .Where(url => url != "/" + Hosting.HeadersFile.File)
            .Order(StringComparer.Ordinal)
            .ToList();
}
