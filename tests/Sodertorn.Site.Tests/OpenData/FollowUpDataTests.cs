using System.Text.Json;
using AngleSharp.Html.Parser;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.OpenData;

/// <summary>uppdrag.json and the activity statuses of aktiviteter.json, on the follow-up fixture (Support/FollowUpSite).</summary>
public sealed class FollowUpDataTests
{
    private JsonDocument Read(string name) => JsonDocument.Parse(FollowUpSite.Built.Read($"data/{name}.json"));

    [Fact]
    public void Every_assignment_has_the_id_of_its_anchor_on_the_pages_and_its_derived_status()
    {
        using var document = Read("uppdrag");
        var assignments = JsonWalk.Data(document).ToDictionary(a => JsonWalk.String(a, "id")!);
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["lg-2030-01-20/utred-laddning"] = "återrapporterat",
                ["lg-2030-01-20/fraga-kommunen"] = "ej rapporterat",
                ["lg-2030-01-20/cykelstallen"] = "ej rapporterat",
                ["lg-2030-03-01/komplettera"] = "slutfört",
                ["lg-2030-03-01/aterkoppla"] = "återkallat",
            },
            assignments.ToDictionary(a => a.Key, a => JsonWalk.String(a.Value, "status")!));
        var list = new HtmlParser().ParseDocument(FollowUpSite.Built.Read("uppdrag/2030/index.html"));
        foreach (var (id, assignment) in assignments)
        {
            Assert.NotNull(list.GetElementById(id));
            Assert.Equal($"https://example.test/uppdrag/2030/#{id}", JsonWalk.String(assignment, "listUrl"));
            Assert.Equal($"https://example.test/protokoll/{id.Replace("/", "/#", StringComparison.Ordinal)}", JsonWalk.String(assignment, "url"));
        }
    }

    [Fact]
    public void An_assignment_lists_each_step_with_the_block_that_took_it()
    {
        using var document = Read("uppdrag");
        var done = JsonWalk.Data(document).Single(a => JsonWalk.String(a, "id") == "lg-2030-03-01/komplettera");
        var steps = done.GetProperty("statusHistory").EnumerateArray()
            .Select(s => (JsonWalk.String(s, "status"), JsonWalk.String(s, "date"), JsonWalk.String(s, "by"))).ToList();
        Assert.Equal([("givet", "2030-03-01", "lg-2030-03-01/komplettera"), ("slutfört", "2030-04-12", "lg-2030-04-12/kartan-klar")], steps);
        Assert.Equal(("beslut", "Bo Kansli", JsonValueKind.Null), (JsonWalk.String(done, "kind"), JsonWalk.String(done, "owner"), done.GetProperty("deadline").ValueKind));

        var overdue = JsonWalk.Data(document).Single(a => JsonWalk.String(a, "id") == "lg-2030-01-20/fraga-kommunen");
        Assert.Equal(("uppdrag", "2030-04-30"), (JsonWalk.String(overdue, "kind"), JsonWalk.String(overdue, "deadline")));
        Assert.Equal(["exempelby"], JsonWalk.Strings(overdue, "municipalities"));
    }

    [Fact]
    public void An_activity_gives_its_latest_status_and_every_report_with_the_address_of_its_anchor()
    {
        using var document = Read("aktiviteter");
        var activity = JsonWalk.Data(document).Single(a => JsonWalk.String(a, "id") == "vp-2030-laddkarta");
        Assert.Equal(("genomförd", "2030-05-20", "exempelby"), (JsonWalk.String(activity, "status"), JsonWalk.String(activity, "statusDate"), JsonWalk.String(activity, "responsible")));
        var reports = activity.GetProperty("statusHistory").EnumerateArray().ToList();
        Assert.Equal(["pågår", "genomförd"], reports.Select(r => JsonWalk.String(r, "status")));
        Assert.Equal("Kartan finns på kommunens webbplats.", JsonWalk.String(reports[1], "comment"));
        Assert.Equal("https://example.test/aktiviteter/vp-2030-laddkarta/#status-2030-05-20", JsonWalk.String(reports[1], "url"));
    }
}
