using System.Text.Json;
using AngleSharp.Html.Parser;
using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Pipeline;
using Sodertorn.Site.Reporting;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Reporting;

public sealed class LinkReportTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void A_successful_build_publishes_the_report_as_json_and_as_a_page_that_search_engines_skip()
    {
        using var site = TempSite.CopyOf("valid");
        var result = site.Build();
        Assert.True(result.Succeeded);

        using var json = JsonDocument.Parse(site.ReadOutput("lankrapport/lankrapport.json"));
        var root = json.RootElement;
        Assert.Equal(2, root.GetProperty("version").GetInt32());
        Assert.True(root.GetProperty("succeeded").GetBoolean());
        Assert.Equal(result.Diagnostics.Count(d => d.Severity == Severity.Warning), root.GetProperty("counts").GetProperty("warning").GetInt32());
        var finding = root.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("code").GetString() == "ref-unpublished");
        Assert.Equal(("input/planer/2030/verksamhetsplan.md", 8, "ssk-2030-01-15/vp-2030-antas"),
            (finding.GetProperty("file").GetString(), finding.GetProperty("line").GetInt32(), finding.GetProperty("target").GetString()));
        Assert.Equal(result.Diagnostics.Count, root.GetProperty("findings").GetArrayLength());
        // mailto: links are checked for form, not listed as links to other sites.
        Assert.DoesNotContain(root.GetProperty("externalLinks").EnumerateArray(), e => e.GetProperty("url").GetString()!.StartsWith("mailto:", StringComparison.Ordinal));

        var page = Parser.ParseDocument(site.ReadOutput("lankrapport/index.html"));
        Assert.Equal("noindex, nofollow", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Equal("sv", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public void The_html_report_lists_what_the_console_lists()
    {
        using var site = TempSite.CopyOf("valid");
        site.Write("sidor/kontakt.md", "---\ntyp: sida\nid: kontakt\ntitel: Kontakt\n---\nSe [planen](xref:vp-2003) och [om](xref:om).\n");
        var result = site.Build();
        Assert.False(result.Succeeded);

        var text = Parser.ParseDocument(File.ReadAllText(Path.Combine(result.ReportFolder!, "index.html"))).Body!.TextContent;
        Assert.Contains("Bygget misslyckades", text);
        foreach (var finding in result.Diagnostics)
        {
            // On the page each message and suggestion is a sentence: capital first letter, full stop.
            Assert.Contains(finding.Message, text, StringComparison.OrdinalIgnoreCase);
            if (finding.Suggestion is not null) Assert.Contains(finding.Suggestion, text, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("input/" + finding.Location.File, text);
        }
    }

    [Fact]
    public void A_failed_build_writes_the_report_beside_the_untouched_output()
    {
        using var site = TempSite.CopyOf("valid");
        Assert.True(site.Build().Succeeded);
        var before = site.ReadOutput("lankrapport/lankrapport.json");

        site.Write("sidor/om.md", "---\ntyp: sida\nid: om\ntitel: Om\n---\n[trasig](xref:finns-inte)\n");
        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Equal(before, site.ReadOutput("lankrapport/lankrapport.json"));
        Assert.Equal(site.Output + ".lankrapport", result.ReportFolder);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(result.ReportFolder!, "lankrapport.json")));
        Assert.False(json.RootElement.GetProperty("succeeded").GetBoolean());
        Assert.Equal(1, json.RootElement.GetProperty("counts").GetProperty("error").GetInt32());
    }

    [Fact]
    public void The_report_page_links_each_finding_to_its_page()
    {
        using var site = TempSite.CopyOf("valid");
        site.Build();
        var page = Parser.ParseDocument(site.ReadOutput("lankrapport/index.html"));
        var item = page.QuerySelectorAll("li.fynd").First(h => h.TextContent.Contains("input/planer/2030/verksamhetsplan.md"));
        Assert.StartsWith("/planer/vp-2030/", item.QuerySelector("a")?.GetAttribute("href"));
    }

    [Fact]
    public void A_failed_build_asked_to_publish_its_report_leaves_a_site_that_is_only_the_report()
    {
        using var site = TempSite.CopyOf("valid");
        Assert.True(site.Build().Succeeded);
        site.Write("sidor/om.md", "---\ntyp: sida\nid: om\ntitel: Om\n---\n[trasig](xref:finns-inte)\n");
        var options = new BuildOptions(site.Input, Repository.Theme, site.Output, "https://example.test", false, new DateOnly(2030, 6, 1))
        {
            BuildSearchIndex = false,
            Report = new ReportSettings { Context = "deploy-preview", PublishReportOnFailure = true },
        };
        var result = new BuildPipeline(options).Run();

        Assert.False(result.Succeeded);
        Assert.True(result.PublishedReportOnly);
        Assert.False(File.Exists(Path.Combine(site.Output, "index.html")), "the last good site's pages are not published with a failed build");
        using var json = JsonDocument.Parse(site.ReadOutput("lankrapport/lankrapport.json"));
        Assert.False(json.RootElement.GetProperty("succeeded").GetBoolean());
        Assert.Equal("/*  /lankrapport/  302", site.ReadOutput("_redirects").Trim());
        var page = Parser.ParseDocument(site.ReadOutput("lankrapport/index.html"));
        Assert.Contains("Förhandsversionen visar bara den här rapporten", page.QuerySelector(".status")!.TextContent);
        // The page is styled: every asset it names is in the folder.
        var assets = page.QuerySelectorAll("link[href^='/assets/']").Select(l => l.GetAttribute("href")!).ToList();
        Assert.NotEmpty(assets);
        Assert.All(assets, a => Assert.True(File.Exists(Path.Combine(site.Output, a.TrimStart('/'))), a));
        Assert.True(File.Exists(Path.Combine(result.ReportFolder!, "lankrapport.json")), "the report is also beside output/, as for every failed build");
    }

    [Fact]
    public void The_report_gives_the_commit_and_its_date_so_two_builds_of_a_commit_agree()
    {
        using var site = TempSite.CopyOf("valid");
        TestGit.Run(site.Root, "init", "-q");
        TestGit.Run(site.Root, "add", ".");
        TestGit.Run(site.Root, "commit", "-q", "-m", "Minnesanteckningar");
        var commit = TestGit.Run(site.Root, "rev-parse", "HEAD").Trim();
        var settings = new ReportSettings { Context = "deploy-preview" };

        string first;
        using (var report = ReportBuild.Of(site, settings)) first = report.Text;
        using var again = ReportBuild.Of(site, settings);

        Assert.Equal(first, again.Text);
        var build = again.Json.RootElement.GetProperty("build");
        Assert.Equal((commit, "2024-03-12T14:03:00+01:00", "deploy-preview"),
            (build.GetProperty("commit").GetString(), build.GetProperty("date").GetString(), build.GetProperty("context").GetString()));
        var facts = again.Page!.QuerySelector(".fakta")!.TextContent;
        Assert.Contains("12 mars 2024 kl. 14.03", facts);
        Assert.Contains(commit[..7], facts);
        Assert.Contains("förhandsversion", facts);
    }

    [Fact]
    public void A_build_outside_git_says_that_commit_and_date_are_unknown()
    {
        using var site = TempSite.CopyOf("valid");
        using var report = ReportBuild.Of(site);

        var build = report.Json.RootElement.GetProperty("build");
        Assert.Equal(JsonValueKind.Null, build.GetProperty("date").ValueKind);
        Assert.Contains("utanför git", build.GetProperty("problem").GetString());
        Assert.Contains("Okänt: bygget gjordes utanför git", report.Page!.QuerySelector(".fakta")!.TextContent);
        Assert.Contains("ett lokalt bygge", report.Page.QuerySelector(".fakta")!.TextContent);
    }
}
