using System.Text.Json;
using System.Text.RegularExpressions;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.OpenData;

/// <summary>The real content's open data, and the page that documents it: its examples are real output.</summary>
public sealed partial class RealOpenDataTests
{
    private const string ExampleBase = "https://sodertornskommunerna.se";
    private const string BuildBase = "https://example.test";

    [Fact]
    public void The_data_holds_every_published_thing_of_the_real_content()
    {
        var site = SharedSites.RealLinked;
        Assert.Equal(site.Meetings.Select(m => m.Id), Ids("moten"));
        Assert.Equal(site.Plans.Select(p => p.Id), Ids("planer"));
        Assert.Equal(site.Activities.Select(a => a.Id), Ids("aktiviteter"));
        Assert.Equal(site.Goals.Select(g => g.Id), Ids("mal"));
        Assert.Equal(site.Organs.Select(o => o.Id).Concat(site.Networks.Select(n => n.Id)).Concat(site.Municipalities.Select(m => m.Id)), Ids("organisationer"));
        Assert.Equal(site.Meetings.SelectMany(m => m.AgendaItems.SelectMany(i => i.Decisions.Select(d => $"{m.Id}/{d.LocalId}"))), Ids("beslut"));

        using var plans = Read("planer");
        var plan = JsonWalk.Data(plans)[0];
        Assert.Equal(11, plan.GetProperty("calendar").GetArrayLength());
        Assert.Equal(4, plan.GetProperty("kansliAssignments").GetArrayLength());
        Assert.Equal(9, plan.GetProperty("communicationActivities").GetArrayLength());
    }

    [Fact]
    public void The_documentation_page_is_published_and_named_in_the_index()
    {
        using var index = Read("index");
        Assert.Equal($"{BuildBase}/oppna-data/", JsonWalk.String(index.RootElement, "documentation"));
        var page = SharedSites.Real.Read("oppna-data/index.html");
        foreach (var name in new[] { "index", "moten", "beslut", "uppdrag", "planer", "aktiviteter", "mal", "organisationer" })
            Assert.Contains($"href=\"/data/{name}.json\"", page, StringComparison.Ordinal);
        Assert.Contains("CC0 1.0 Universell (CC0 1.0) – fri att använda utan villkor", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_example_on_the_documentation_page_is_real_output()
    {
        var page = File.ReadAllText(Path.Combine(Repository.Input, "sidor", "oppna-data.md"));
        var examples = Example().Matches(page).Select(m => (File: m.Groups["file"].Value, Json: m.Groups["json"].Value)).ToList();
        Assert.Equal(["index", "moten", "beslut", "uppdrag", "planer", "aktiviteter", "mal", "organisationer"], examples.Select(e => e.File));
        foreach (var (file, json) in examples)
        {
            using var example = JsonDocument.Parse(json);
            using var real = Read(file);
            var id = JsonWalk.String(example.RootElement, "id");
            var match = file == "index" ? real.RootElement : JsonWalk.Data(real).Single(o => JsonWalk.String(o, "id") == id);
            Assert.True(JsonWalk.Matches(example.RootElement, match, ExampleBase, BuildBase), $"the example of {file}.json ({id}) is not what the build writes");
        }
    }

    // The first json block after each "## <file>.json" heading.
    [GeneratedRegex(@"^## (?<file>[a-z]+)\.json .*?^```json\n(?<json>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Example();

    private IReadOnlyList<string> Ids(string name)
    {
        using var document = Read(name);
        return JsonWalk.Data(document).Select(o => JsonWalk.String(o, "id")!).ToList();
    }

    private JsonDocument Read(string name) => JsonDocument.Parse(File.ReadAllBytes(Path.Combine(SharedSites.Real.Output, "data", name + ".json")));
}
