using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Pipeline;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Deploy;

/// <summary>Every built page against the Content-Security-Policy in netlify.toml, and proof that the check bites.</summary>
public sealed class PagePolicyTests
{
    [Fact]
    public void The_real_site_builds_for_production_with_only_the_allowed_warnings()
    {
        Assert.True(ProductionBuild.Result.Succeeded, string.Join("\n", ProductionBuild.Result.Diagnostics));
        var warnings = ProductionBuild.Result.Diagnostics.Where(d => d.Severity == Severity.Warning).ToList();
        Assert.NotEmpty(warnings);
        Assert.All(warnings, w => Assert.Contains(w.Code, ProductionBuild.AllowedWarnings));
    }

    [Fact]
    public void Every_built_page_keeps_to_the_policy_and_finds_its_files()
    {
        var pages = Directory.GetFiles(ProductionBuild.Output, "*.html", SearchOption.AllDirectories);
        Assert.True(pages.Length > 40, $"only {pages.Length} pages were built");

        var findings = ProductionBuild.Checker().CheckSite();

        Assert.True(findings.Count == 0, string.Join("\n", findings));
    }

    [Fact]
    public void An_inline_script_in_a_layout_fails_the_check()
    {
        using var site = TempSite.CopyOf("valid");
        var theme = Path.Combine(site.Root, "theme");
        TempSite.CopyDirectory(Repository.Theme, theme);
        var layout = Path.Combine(theme, "layouts", "base.sbn");
        File.WriteAllText(layout, File.ReadAllText(layout).Replace("</body>", "<script>document.body.dataset.js = 'ja';</script>\n</body>", StringComparison.Ordinal));

        // Not about search: built without the index; on the fixture's today, as its meetings are in 2030.
        var result = new BuildPipeline(ProductionBuild.Options(site, theme) with { BuildSearchIndex = false, Today = TempSite.Today }).Run();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var findings = new PagePolicyChecker(Netlify.Policy, site.Output, new Uri(ProductionBuild.BaseUrl)).CheckSite();

        var pages = PagePolicyChecker.SitePages(site.Output).Count;
        var inline = findings.Where(f => f.Problem.StartsWith("inline <script> \"document.body.dataset.js = 'ja';\"", StringComparison.Ordinal)).ToList();
        Assert.Equal(pages, inline.Count);
        Assert.Contains(inline, f => f.Page == "index.html");
        Assert.Contains(inline, f => f.Page == "404.html");
    }

    [Fact]
    public void A_script_whose_hash_the_policy_names_may_stay_inline()
    {
        const string Code = "document.body.dataset.js = 'ja';";
        var html = $"<!DOCTYPE html><html><head></head><body><script>{Code}</script></body></html>";
        var withHash = ContentSecurityPolicy.Parse($"default-src 'self'; script-src 'self' {ContentSecurityPolicy.HashSource(Code)}");

        Assert.Empty(Check(withHash, html));
        Assert.Single(Check(withHash, html.Replace("'ja'", "'nej'", StringComparison.Ordinal)));
        Assert.Single(Check(Netlify.Policy, html));
    }

    [Theory]
    [InlineData("<button onclick=\"go()\">Sök</button>", "event handler onclick=")]
    [InlineData("<a href=\"javascript:go()\">Sök</a>", "javascript: URL in href")]
    [InlineData("<p style=\"color: red\">Text</p>", "style=\"color: red\" on <p>")]
    [InlineData("<style>p { color: red }</style>", "inline <style>")]
    [InlineData("<script src=\"https://cdn.example.com/lib.js\"></script>", "requests https://cdn.example.com/lib.js from another origin")]
    [InlineData("<link rel=\"stylesheet\" href=\"//fonts.example.com/a.css\">", "from another origin")]
    [InlineData("<img src=\"https://images.example.com/a.png\" alt=\"\">", "from another origin")]
    [InlineData("<iframe src=\"https://video.example.com/embed/1\"></iframe>", "from another origin")]
    [InlineData("<script src=\"data:text/javascript,go()\"></script>", "which script-src-elem does not allow")]
    [InlineData("<script src=\"/assets/saknas.js\"></script>", "names /assets/saknas.js, which is not in output/")]
    [InlineData("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/flode/saknas.xml\">", "names /flode/saknas.xml, which is not in output/")]
    [InlineData("<form action=\"https://forms.example.com/send\"></form>", "from another origin")]
    public void The_checker_reports_what_the_policy_blocks(string markup, string problem)
    {
        var findings = Check(Netlify.Policy, $"<!DOCTYPE html><html><head></head><body>{markup}</body></html>");
        Assert.Contains(findings, f => f.Problem.Contains(problem, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("<a href=\"https://www.botkyrka.se/\">Botkyrka</a>")]
    [InlineData("<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"\">")]
    [InlineData("<link rel=\"canonical\" href=\"https://sodertorn.example/\">")]
    [InlineData("<script type=\"application/ld+json\">{\"@type\": \"Organization\"}</script>")]
    [InlineData("<link rel=\"stylesheet\" href=\"/sida.css\"><script src=\"sida.js\"></script>")]
    public void The_checker_accepts_what_the_policy_allows(string markup)
    {
        var findings = Check(Netlify.Policy, $"<!DOCTYPE html><html><head></head><body>{markup}</body></html>");
        Assert.True(findings.Count == 0, string.Join("\n", findings));
    }

    /// <summary>One page checked in a small output folder that holds /index.html, /sida.css and /sida.js.</summary>
    private static IReadOnlyList<PolicyFinding> Check(ContentSecurityPolicy policy, string html)
    {
        var root = Path.Combine(Path.GetTempPath(), "sodertorn-csp-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        try
        {
            foreach (var file in new[] { "index.html", "sida.css", "sida.js" }) File.WriteAllText(Path.Combine(root, file), "");
            return new PagePolicyChecker(policy, root, new Uri(ProductionBuild.BaseUrl)).CheckPage("index.html", html);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
