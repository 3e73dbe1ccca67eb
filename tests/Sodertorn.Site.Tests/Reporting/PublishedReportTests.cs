using System.Text.Json.Nodes;
using Sodertorn.Site.Reporting;
using Sodertorn.Site.Tests.Browser;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Reporting;

/// <summary>
/// "New since the last publication", against a published site served on loopback: an older report of the same site,
/// in this version or in version 1, and the ways the published report can be out of reach.
/// </summary>
public sealed class PublishedReportTests : IDisposable
{
    private readonly string published = Path.Combine(Path.GetTempPath(), "sodertorn-published-" + Guid.NewGuid().ToString("N"));

    /// <summary>Serves <paramref name="json"/> as the published site's lankrapport.json.</summary>
    private LoopbackServer Publish(string json)
    {
        Directory.CreateDirectory(Path.Combine(published, "lankrapport"));
        File.WriteAllText(Path.Combine(published, "lankrapport", "lankrapport.json"), json);
        return LoopbackServer.ForSite(published, _ => []);
    }

    /// <summary>The valid fixture's report as published, then the site changed: the plan's declared reference removed, a new one added.</summary>
    private static (TempSite Site, string PublishedJson) PublishedThenChanged()
    {
        var site = TempSite.CopyOf("valid");
        string json;
        using (var first = ReportBuild.Of(site)) json = first.Text;
        var plan = Path.Combine(site.Input, "planer/2030/verksamhetsplan.md");
        site.Write("planer/2030/verksamhetsplan.md", File.ReadAllText(plan).Replace("beslut: [ssk-2030-01-15/vp-2030-antas]\n", ""));
        var minutes = Path.Combine(site.Input, "protokoll/lg-2030-03-01.md");
        site.Write("protokoll/lg-2030-03-01.md", File.ReadAllText(minutes) + "\nSe [samarbetskommittén](xref:ssk-2030-01-15).\n");
        return (site, json);
    }

    [Fact]
    public void New_and_resolved_findings_are_marked_against_the_published_report()
    {
        var (site, json) = PublishedThenChanged();
        using var _ = site;
        using var server = Publish(json);
        using var report = ReportBuild.Of(site, new ReportSettings { CompareWith = server.BaseUrl });

        var comparison = report.Json.RootElement.GetProperty("comparison");
        Assert.Equal("compared", comparison.GetProperty("status").GetString());
        Assert.Equal(1, comparison.GetProperty("new").GetInt32());
        var added = report.Finding("ref-unpublished");
        Assert.True(added.GetProperty("new").GetBoolean());
        Assert.Equal("input/protokoll/lg-2030-03-01.md", added.GetProperty("file").GetString());
        Assert.False(report.Finding("minutes-missing").GetProperty("new").GetBoolean());
        var resolved = Assert.Single(comparison.GetProperty("resolved").EnumerateArray());
        Assert.Equal("input/planer/2030/verksamhetsplan.md", resolved.GetProperty("file").GetString());

        Assert.Equal("Nytt", report.Item(added.GetProperty("id").GetString()!).QuerySelector(".ny")?.TextContent);
        Assert.Null(report.Item(report.Finding("minutes-missing").GetProperty("id").GetString()!).QuerySelector(".ny"));
        var fixedSection = report.Page!.GetElementById("atgardat")!.ParentElement!;
        Assert.Contains("ssk-2030-01-15/vp-2030-antas", fixedSection.TextContent);
        Assert.Contains("1 är nytt sedan den senaste publiceringen, 1 är åtgärdat", report.Page.QuerySelector(".status")!.TextContent);
    }

    [Fact]
    public void A_published_report_of_version_1_is_compared_by_the_ids_it_would_have_had()
    {
        var (site, json) = PublishedThenChanged();
        using var _ = site;
        // Version 1 as the live site serves it before this change: no ids, no build, paths without input/.
        var old = JsonNode.Parse(json)!.AsObject();
        old["version"] = 1;
        foreach (var name in new[] { "build", "comparison" }) old.Remove(name);
        foreach (var finding in old["findings"]!.AsArray().Select(f => f!.AsObject()))
        {
            foreach (var name in new[] { "id", "category", "who", "new", "pageUrl", "section", "editUrl", "headline" }) finding.Remove(name);
            finding["file"] = finding["file"]!.GetValue<string>()["input/".Length..];
        }
        using var server = Publish(old.ToJsonString());
        using var report = ReportBuild.Of(site, new ReportSettings { CompareWith = server.BaseUrl });

        Assert.Equal("compared", report.Json.RootElement.GetProperty("comparison").GetProperty("status").GetString());
        Assert.False(report.Finding("minutes-missing").GetProperty("new").GetBoolean());
        Assert.True(report.Finding("ref-unpublished").GetProperty("new").GetBoolean());
        Assert.Single(report.Json.RootElement.GetProperty("comparison").GetProperty("resolved").EnumerateArray());
    }

    public static TheoryData<string, string> OutOfReach => new()
    {
        { "closed", "gick inte att nå" },
        { "missing", "svarade 404" },
        { "slow", "svarade inte inom" },
        { "not a report", "har inte det format" },
        { "not json", "inte giltig JSON" },
    };

    [Theory]
    [MemberData(nameof(OutOfReach))]
    public void When_the_published_report_is_out_of_reach_the_page_says_so_and_marks_nothing_new(string how, string words)
    {
        using var site = TempSite.CopyOf("valid");
        using var server = new LoopbackServer();
        string address;
        switch (how)
        {
            case "closed":
                address = $"http://127.0.0.1:{LoopbackServer.FreePort()}";
                break;
            case "slow":
                server.On("/lankrapport/lankrapport.json", (_, _) => new Reply(200, Hold: TimeSpan.FromSeconds(10)));
                address = server.BaseUrl;
                break;
            case "missing":
                address = server.BaseUrl;
                break;
            default:
                address = PublishText(how == "not a report" ? "[1, 2, 3]" : "<html>Välkommen</html>");
                break;
        }
        using var report = ReportBuild.Of(site, new ReportSettings { CompareWith = address, CompareTimeout = TimeSpan.FromSeconds(how == "slow" ? 1 : 10) });

        Assert.True(report.Result.Succeeded);
        var comparison = report.Json.RootElement.GetProperty("comparison");
        Assert.Equal("unavailable", comparison.GetProperty("status").GetString());
        Assert.True(comparison.GetProperty("problem").GetString()!.Contains(words, StringComparison.Ordinal), comparison.GetProperty("problem").GetString());
        Assert.All(report.Findings, f => Assert.Equal(System.Text.Json.JsonValueKind.Null, f.GetProperty("new").ValueKind));
        var text = report.Page!.QuerySelector(".fakta")!.TextContent;
        Assert.Contains("Kunde inte jämföra", text);
        Assert.Contains(words, text);
        Assert.Null(report.Page.GetElementById("atgardat"));
    }

    [Fact]
    public void A_build_without_a_production_address_says_it_did_not_compare()
    {
        using var site = TempSite.CopyOf("valid");
        using var report = ReportBuild.Of(site);

        Assert.Equal("not-requested", report.Json.RootElement.GetProperty("comparison").GetProperty("status").GetString());
        Assert.Contains("ingen adress till den publicerade webbplatsen", report.Page!.QuerySelector(".fakta")!.TextContent);
    }

    private LoopbackServer? textServer;

    private string PublishText(string body)
    {
        textServer = Publish(body);
        return textServer.BaseUrl;
    }

    public void Dispose()
    {
        textServer?.Dispose();
        if (Directory.Exists(published)) Directory.Delete(published, recursive: true);
    }
}
