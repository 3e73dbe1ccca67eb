using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using Sodertorn.Site.Reporting;
using Sodertorn.Site.Tests.Browser;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Reporting;

/// <summary>lankrapport.json against the schema docs/link-report.md documents, so the document and the file never drift apart.</summary>
public sealed partial class ReportSchemaTests
{
    private static readonly string Document = File.ReadAllText(Path.Combine(Repository.Root, "docs", "link-report.md"));

    /// <summary>The first ```json block after a heading of docs/link-report.md.</summary>
    private static string Block(string heading)
    {
        var from = Document.IndexOf("\n## " + heading, StringComparison.Ordinal);
        Assert.True(from >= 0, $"docs/link-report.md has no section '{heading}'");
        return JsonBlock().Match(Document, from).Groups[1].Value;
    }

    private static readonly JsonSchema Schema = JsonSchema.FromText(Block("Schema"));

    private static void AssertValid(string json)
    {
        using var document = JsonDocument.Parse(json);
        var result = Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        var errors = (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
        Assert.True(result.IsValid, "not valid against docs/link-report.md:\n" + string.Join("\n", errors));
    }

    [Fact]
    public void The_documented_example_follows_the_documented_schema()
    {
        Assert.Contains($"\"version\": {JsonLinkReport.Version}", Block("Example"));
        AssertValid(Block("Example"));
    }

    [Fact]
    public void A_compared_report_with_every_kind_of_finding_follows_the_schema()
    {
        using var site = TempSite.CopyOf("valid");
        string published;
        using (var first = ReportBuild.Of(site)) published = first.Text;
        AssertValid(published);
        var folder = Path.Combine(site.Root, "publicerad", "lankrapport");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "lankrapport.json"), published);
        using var server = LoopbackServer.ForSite(Path.GetDirectoryName(folder)!, _ => []);
        site.Write("data/kvitterade.yml", "- id: minutes-missing-00000000\n");
        site.Write("sidor/kontakt.md", "---\ntyp: sida\nid: kontakt\ntitel: Kontakt\n---\nSe [planen](xref:vp-2003).\n");

        using var report = ReportBuild.Of(site, new ReportSettings
        {
            Context = "deploy-preview",
            CompareWith = server.BaseUrl,
            EditUrl = "https://git.example/edit/main/{path}",
            PublishReportOnFailure = true,
        });

        Assert.Equal("compared", report.Json.RootElement.GetProperty("comparison").GetProperty("status").GetString());
        Assert.Equal(["action", "declared", "note"], report.Findings.Select(f => f.GetProperty("category").GetString()!).Distinct().Order());
        AssertValid(report.Text);
        AssertValid(site.ReadOutput("lankrapport/lankrapport.json"));
    }

    [Fact]
    public void The_real_sites_report_follows_the_schema()
    {
        using var site = TempSite.CopyOf(null);
        using var report = ReportBuild.Of(site, new ReportSettings { CompareWith = $"http://127.0.0.1:{LoopbackServer.FreePort()}" });
        AssertValid(report.Text);
    }

    [Fact]
    public void The_schema_rejects_a_finding_without_its_id()
    {
        var example = JsonNode.Parse(Block("Example"))!;
        example["findings"]![0]!.AsObject().Remove("id");
        using var document = JsonDocument.Parse(example.ToJsonString());
        Assert.False(Schema.Evaluate(document.RootElement).IsValid);
    }

    [GeneratedRegex("```json\n(.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();
}
