using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Sodertorn.Site.Pipeline;
using Sodertorn.Site.Reporting;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Reporting;

/// <summary>A build of a temporary site with report settings, and its link report as JSON and as a parsed page.</summary>
public sealed class ReportBuild : IDisposable
{
    private static readonly HtmlParser Parser = new();

    private ReportBuild(BuildResult result, string json, string? html)
    {
        Result = result;
        Text = json;
        Json = JsonDocument.Parse(json);
        Page = html is null ? null : Parser.ParseDocument(html);
    }

    public BuildResult Result { get; }

    /// <summary>lankrapport.json as written.</summary>
    public string Text { get; }

    public JsonDocument Json { get; }

    public IDocument? Page { get; }

    public IEnumerable<JsonElement> Findings => Json.RootElement.GetProperty("findings").EnumerateArray();

    public JsonElement Finding(string code) => Findings.Single(f => f.GetProperty("code").GetString() == code);

    public static ReportBuild Of(TempSite site, ReportSettings? settings = null)
    {
        var options = site.Options() with { Report = settings ?? new ReportSettings() };
        var result = new BuildPipeline(options).Run();
        var folder = result.ReportFolder!;
        var html = Path.Combine(folder, "index.html");
        return new ReportBuild(result, File.ReadAllText(Path.Combine(folder, "lankrapport.json")), File.Exists(html) ? File.ReadAllText(html) : null);
    }

    /// <summary>The report's item for a finding id: its box on the page.</summary>
    public IElement Item(string id) => Page!.GetElementById(id) ?? throw new InvalidOperationException($"no item {id} on the page");

    public void Dispose() => Json.Dispose();
}
