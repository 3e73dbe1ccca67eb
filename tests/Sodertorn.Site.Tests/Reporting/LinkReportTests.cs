using System.Text.Json;
using AngleSharp.Html.Parser;
using Sodertorn.Site.Diagnostics;
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
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        Assert.True(root.GetProperty("succeeded").GetBoolean());
        Assert.Equal(result.Diagnostics.Count(d => d.Severity == Severity.Warning), root.GetProperty("counts").GetProperty("warning").GetInt32());
        var finding = root.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("code").GetString() == "ref-unpublished");
        Assert.Equal(("planer/2030/verksamhetsplan.md", 8, "ssk-2030-01-15/vp-2030-antas"),
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
            Assert.Contains(finding.Message, text);
            if (finding.Suggestion is not null) Assert.Contains(finding.Suggestion, text);
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
    public void The_report_page_links_each_source_file_to_its_page()
    {
        using var site = TempSite.CopyOf("valid");
        site.Build();
        var page = Parser.ParseDocument(site.ReadOutput("lankrapport/index.html"));
        var heading = page.QuerySelectorAll("h3").First(h => h.TextContent.Contains("planer/2030/verksamhetsplan.md"));
        Assert.Equal("/planer/vp-2030/", heading.QuerySelector("a")?.GetAttribute("href"));
    }
}
