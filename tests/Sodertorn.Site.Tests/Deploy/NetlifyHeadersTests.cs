using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Sodertorn.Site.Tests.Deploy;

/// <summary>netlify.toml: build settings, the security headers every response carries, and cache rules that fit the built files.</summary>
public sealed class NetlifyHeadersTests
{
    private const string Immutable = "public, max-age=31536000, immutable";

    public static TheoryData<string, string> RequiredHeaders() => new()
    {
        { "X-Content-Type-Options", "nosniff" },
        { "Strict-Transport-Security", "max-age=31536000; includeSubDomains" },
    };

    [Fact]
    public void Build_runs_the_script_per_context_and_publishes_output()
    {
        Assert.Equal("output", Netlify.Toml.Get("build", "publish"));
        Assert.Equal("bash .ci/netlify-build preview", Netlify.Toml.Get("build", "command"));
        Assert.Equal("bash .ci/netlify-build production", Netlify.Toml.Get("context.production", "command"));
        Assert.True(File.Exists(Path.Combine(Support.Repository.Root, ".ci", "netlify-build")));
    }

    [Fact]
    public void The_policy_is_exactly_the_required_one()
    {
        var expected = ContentSecurityPolicy.Parse(
            "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
            "connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'");
        var actual = Netlify.Policy;

        Assert.Equal(expected.Directives.Keys.Order(), actual.Directives.Keys.Order());
        foreach (var (name, sources) in expected.Directives)
            Assert.Equal(sources.Order(), actual.Directives[name].Order());
        Assert.DoesNotContain("'unsafe-inline'", actual.SourcesFor("script-src-elem")!);
        Assert.DoesNotContain("'unsafe-eval'", actual.SourcesFor("script-src-elem")!);
        Assert.DoesNotContain("'unsafe-inline'", actual.SourcesFor("style-src-elem")!);
    }

    [Theory]
    [MemberData(nameof(RequiredHeaders))]
    public void Every_response_carries_the_security_header(string name, string value) =>
        Assert.Equal(value, Netlify.SiteWide.Header(name));

    [Fact]
    public void Referrer_and_permissions_policies_are_restrictive()
    {
        Assert.Contains(Netlify.SiteWide.Header("Referrer-Policy"), new[] { "strict-origin-when-cross-origin", "no-referrer" });
        var features = Netlify.SiteWide.Header("Permissions-Policy")!.Split(',', StringSplitOptions.TrimEntries);
        foreach (var feature in new[] { "camera", "microphone", "geolocation", "interest-cohort" })
            Assert.Contains($"{feature}=()", features);
        Assert.All(features, f => Assert.EndsWith("=()", f));
    }

    [Fact]
    public void The_404_page_is_built_for_Netlify_to_serve()
    {
        Assert.True(ProductionBuild.Result.Succeeded, string.Join("\n", ProductionBuild.Result.Diagnostics));
        var page = File.ReadAllText(Path.Combine(ProductionBuild.Output, "404.html"));
        Assert.Contains("Sidan finns inte", page);
    }

    [Fact]
    public void No_two_cache_rules_match_one_built_file()
    {
        // Netlify applies every matching rule; two Cache-Control values for one path would merge into a contradiction.
        var overlaps = BuiltUrls()
            .Select(url => (url, Rules: CacheRules().Where(r => r.Matches(url)).Select(r => r.For).ToList()))
            .Where(x => x.Rules.Count > 1)
            .Select(x => $"{x.url}: {string.Join(", ", x.Rules)}")
            .ToList();
        Assert.True(overlaps.Count == 0, string.Join("\n", overlaps));
    }

    [Fact]
    public void Immutable_files_have_a_content_hash_in_their_names()
    {
        var immutable = BuiltUrls().Where(url => CacheControl(url) == Immutable).ToList();
        Assert.NotEmpty(immutable);
        Assert.All(immutable, url => Assert.Matches("[._][0-9a-f]{7,}\\.[^/]+$", url));
    }

    [Fact]
    public void Theme_assets_are_immutable_and_named_by_the_hash_of_their_bytes()
    {
        var assets = Directory.GetFiles(Path.Combine(ProductionBuild.Output, "assets"), "*", SearchOption.AllDirectories);
        Assert.NotEmpty(assets);
        foreach (var file in assets)
        {
            var url = "/" + Path.GetRelativePath(ProductionBuild.Output, file).Replace('\\', '/');
            Assert.Equal(Immutable, CacheControl(url));
            var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)))[..10];
            Assert.Matches($"\\.{hash}\\.[a-z0-9]+$", url);
        }
    }

    [Fact]
    public void Pages_and_unhashed_files_revalidate()
    {
        var html = BuiltUrls().Where(url => url.EndsWith('/') || url.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.Contains("/", html);
        Assert.Contains("/404.html", html);
        Assert.All(html, url => Assert.Equal(Netlify.DefaultCacheControl, CacheControl(url)));
        foreach (var url in new[] { "/pagefind/pagefind-entry.json", "/pagefind/pagefind.js", "/sitemap.xml", "/flode/alla.xml", "/kalender/alla.ics" })
            Assert.Equal(Netlify.DefaultCacheControl, CacheControl(url));
        // Pagefind's entry points are named explicitly, so that a broader /pagefind/ rule would overlap them and fail above.
        Assert.Equal(Netlify.DefaultCacheControl, CacheRules().Single(r => r.For == "/pagefind/pagefind-entry.json").Header("Cache-Control"));
        Assert.Equal(Netlify.DefaultCacheControl, CacheRules().Single(r => r.For == "/pagefind/pagefind.js").Header("Cache-Control"));
    }

    [Fact]
    public void Hashed_pagefind_files_are_immutable()
    {
        foreach (var url in new[] { "/pagefind/fragment/sv_1e92b1f.pf_fragment", "/pagefind/index/sv_194474e.pf_index", "/pagefind/filter/sv_0a1b2c3.pf_filter" })
            Assert.Equal(Immutable, CacheControl(url));
        var built = BuiltUrls().Where(url => Regex.IsMatch(url, "^/pagefind/(fragment|index|filter)/")).ToList();
        Assert.NotEmpty(built);
        Assert.All(built, url => Assert.Equal(Immutable, CacheControl(url)));
    }

    private static IEnumerable<HeaderRule> CacheRules() => Netlify.Toml.Headers.Where(r => r.Header("Cache-Control") is not null);

    /// <summary>The Cache-Control a URL is served with: its one rule's, or Netlify's default.</summary>
    private static string CacheControl(string url) =>
        CacheRules().SingleOrDefault(r => r.Matches(url))?.Header("Cache-Control") ?? Netlify.DefaultCacheControl;

    /// <summary>Every URL that serves a built file: its path, and for index.html also its folder's URL.</summary>
    private List<string> BuiltUrls() =>
        Directory.GetFiles(ProductionBuild.Output, "*", SearchOption.AllDirectories)
            .Select(file => "/" + Path.GetRelativePath(ProductionBuild.Output, file).Replace('\\', '/'))
            .SelectMany(url => url.EndsWith("/index.html", StringComparison.Ordinal) ? new[] { url, url[..^"index.html".Length] } : [url])
            .Order(StringComparer.Ordinal)
            .ToList();
}
