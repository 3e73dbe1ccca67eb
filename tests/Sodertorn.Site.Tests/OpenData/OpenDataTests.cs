using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Sodertorn.Site.Calendars;
using Sodertorn.Site.Domain;
using Sodertorn.Site.LinkChecking;
using Sodertorn.Site.Linking;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.OpenData;

/// <summary>The open data of the valid fixture, read back with JsonDocument: every id and url leads somewhere real.</summary>
public sealed class OpenDataTests
{
    private static SharedSite Built => SharedSites.Valid;

    private const string BaseUrl = "https://example.test";
    private static readonly string[] Names = ["moten", "beslut", "uppdrag", "planer", "aktiviteter", "mal", "organisationer"];

    /// <summary>Types whose objects are identified things with their own id.</summary>
    private static readonly HashSet<string> IdentifiedTypes =
    [
        "oparl:Meeting", "oparl:AgendaItem", "popolo:Motion", "popolo:Organization", "sodertorn:Assignment", "sodertorn:Plan",
        "sodertorn:KansliAssignment", "sodertorn:CommunicationActivity", "sodertorn:Activity", "sodertorn:Goal",
        "sodertorn:Dataset", "sodertorn:Catalog",
    ];

    private readonly LinkedSite linked = ContentFixture.Link(ContentFixture.ValidInput).Site;

    public static TheoryData<string> Files() => new() { "index", "moten", "beslut", "uppdrag", "planer", "aktiviteter", "mal", "organisationer" };

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_file_is_compact_utf8_json_on_one_line_without_a_byte_order_mark(string name)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Built.Output, "data", name + ".json"));
        Assert.NotEqual(0xEF, bytes[0]);
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        Assert.StartsWith("{\"id\":", text, StringComparison.Ordinal);
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
        // One line: the only line break is the last character.
        Assert.Equal(text.Length - 1, text.IndexOf('\n', StringComparison.Ordinal));
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(bytes);
        Assert.Equal(name, document.RootElement.GetProperty("id").GetString());
        Assert.Equal($"{BaseUrl}/data/{name}.json", document.RootElement.GetProperty("url").GetString());
    }

    [Fact]
    public void The_index_lists_every_file_with_its_count_and_the_licence()
    {
        using var index = Read("index");
        var root = index.RootElement;
        Assert.Equal("CC0 1.0 Universell (CC0 1.0)", root.GetProperty("license").GetProperty("name").GetString());
        var files = root.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(Names, files.Select(f => f.GetProperty("id").GetString()));
        // And nothing in data/ that the index does not list.
        Assert.Equal(Names.Append("index").Select(n => n + ".json").Order(StringComparer.Ordinal),
            Directory.GetFiles(Path.Combine(Built.Output, "data")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var file in files)
        {
            using var data = Read(file.GetProperty("id").GetString()!);
            Assert.Equal(JsonWalk.Data(data).Count, file.GetProperty("count").GetInt32());
            Assert.All(JsonWalk.Data(data), item => Assert.Equal(file.GetProperty("itemType").GetString(), JsonWalk.String(item, "type")));
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_identified_object_carries_its_id_and_the_url_of_its_page(string name)
    {
        using var document = Read(name);
        foreach (var (path, obj) in JsonWalk.Objects(document.RootElement).Where(o => o.Object.TryGetProperty("type", out _)))
        {
            var type = JsonWalk.String(obj, "type")!;
            var url = JsonWalk.String(obj, "url");
            Assert.True(url is not null, $"{path} ({type}) has no url");
            if (!IdentifiedTypes.Contains(type)) continue;
            var id = JsonWalk.String(obj, "id");
            Assert.True(id is not null, $"{path} ({type}) has no id");
            if (type.StartsWith("sodertorn:Data", StringComparison.Ordinal) || type == "sodertorn:Catalog") continue;
            // The id is the hand-written one, and the url is the permanent address the site gives it.
            var entry = linked.Index.Find(id);
            Assert.True(entry is not null, $"{path}: '{id}' is not an identifier of the site");
            Assert.Equal(BaseUrl + entry.Url, url);
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_url_resolves_to_a_file_and_anchor_in_the_output(string name)
    {
        using var document = Read(name);
        var parser = new HtmlParser();
        foreach (var (path, obj) in JsonWalk.Objects(document.RootElement))
            foreach (var property in obj.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String))
            {
                var value = property.Value.GetString()!;
                if (!value.StartsWith(BaseUrl + "/", StringComparison.Ordinal)) continue;
                var local = value[BaseUrl.Length..];
                var hash = local.IndexOf('#');
                var file = Path.Combine(Built.Output, InternalLinkChecker.FileOf(hash < 0 ? local : local[..hash]));
                Assert.True(File.Exists(file), $"{path}.{property.Name}: {value} is not in output/");
                if (hash < 0) continue;
                var anchor = local[(hash + 1)..];
                Assert.True(parser.ParseDocument(File.ReadAllText(file)).GetElementById(anchor) is not null, $"{path}.{property.Name}: #{anchor} is not on {local[..hash]}");
            }
    }

    [Fact]
    public void A_meeting_has_its_times_people_items_decisions_and_assignments()
    {
        using var document = Read("moten");
        var meeting = Assert.Single(JsonWalk.Data(document));
        Assert.Equal("lg-2030-03-01", JsonWalk.String(meeting, "id"));
        Assert.Equal("ledningsgruppen", JsonWalk.String(meeting, "organization"));
        Assert.Equal("2030-03-01T08:30:00+01:00", JsonWalk.String(meeting, "startDate"));
        Assert.Equal("2030-03-01T10:00:00+01:00", JsonWalk.String(meeting, "endDate"));
        Assert.Equal("hybrid", JsonWalk.String(meeting, "meetingForm"));
        Assert.Equal(CalendarMeetings.Uid("ledningsgruppen", new DateOnly(2030, 3, 1)), JsonWalk.String(meeting, "icalUid"));
        var chair = meeting.GetProperty("participants")[0];
        Assert.Equal(("Anna Exempel", "exempelby", "ordförande"), (JsonWalk.String(chair, "name"), JsonWalk.String(chair, "municipality"), JsonWalk.String(chair, "note")));
        Assert.Equal("Södertörnskommunerna", JsonWalk.String(meeting.GetProperty("participants")[1], "organisation"));
        Assert.Equal("frånvarande", JsonWalk.String(meeting.GetProperty("absentees")[0], "role"));

        var items = meeting.GetProperty("agendaItem").EnumerateArray().ToList();
        Assert.Equal(["lg-2030-03-01/laddplatser", "lg-2030-03-01/ovriga-fragor"], items.Select(i => JsonWalk.String(i, "id")));
        Assert.Equal([1, 2], items.Select(i => i.GetProperty("order").GetInt32()));
        var decisions = items[0].GetProperty("decisions").EnumerateArray().ToList();
        Assert.Equal(["vp-2030-laddplatser"], JsonWalk.Strings(decisions[0], "actsOn"));
        Assert.Equal("Kartan godkänns.", JsonWalk.String(decisions[0], "text"));
        Assert.Equal("pass", JsonWalk.String(decisions[0], "result"));
        Assert.Equal("Bo Kansli", JsonWalk.String(decisions[1], "owner"));
        var assignment = Assert.Single(items[1].GetProperty("assignments").EnumerateArray());
        Assert.Equal(("lg-2030-03-01/aterkoppla", "Anna Exempel"), (JsonWalk.String(assignment, "id"), JsonWalk.String(assignment, "owner")));
    }

    [Fact]
    public void The_flat_list_of_decisions_is_the_decisions_of_the_meetings()
    {
        using var meetings = Read("moten");
        using var decisions = Read("beslut");
        var nested = JsonWalk.Objects(meetings.RootElement).Where(o => JsonWalk.String(o.Object, "type") == "popolo:Motion").Select(o => JsonSerializer.Serialize(o.Object));
        Assert.Equal(nested, JsonWalk.Data(decisions).Select(d => JsonSerializer.Serialize(d)));
    }

    [Fact]
    public void A_plan_carries_its_calendar_with_the_calendar_uid_and_its_parts()
    {
        using var document = Read("planer");
        var plan = Assert.Single(JsonWalk.Data(document));
        var entry = Assert.Single(plan.GetProperty("calendar").EnumerateArray());
        Assert.Equal("2030-02-15T09:00:00+01:00", JsonWalk.String(entry, "startDate"));
        var uid = JsonWalk.String(entry, "icalUid")!;
        Assert.Contains($"UID:{uid}\r\n", Built.Read("kalender/alla.ics"), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, entry.GetProperty("meeting").ValueKind);
        Assert.Equal(49380, plan.GetProperty("budget").GetProperty("costTotal").GetInt64());
        Assert.Equal(["ssk-2030-01-15/vp-2030-antas"], JsonWalk.Strings(plan, "adoptingDecisions"));
        Assert.Equal(["vp-2030-laddplatser"], JsonWalk.Strings(plan.GetProperty("communicationActivities")[0], "activities"));
    }

    [Fact]
    public void Activities_and_goals_point_both_ways()
    {
        using var activities = Read("aktiviteter");
        using var goals = Read("mal");
        var activity = Assert.Single(JsonWalk.Data(activities));
        Assert.Equal(("klimat", "klimatnatverket", "pågår"), (JsonWalk.String(activity, "goal"), JsonWalk.String(activity, "responsible"), JsonWalk.String(activity, "status")));
        Assert.Equal(["lg-2030-03-01/kartan-godkands"], JsonWalk.Strings(activity, "decisions"));
        Assert.Equal(["vp-2030/konferens"], JsonWalk.Strings(activity, "communicationActivities"));
        Assert.Equal("Nätverket tar fram en karta. Se Exempelregionen leder omställningen.", JsonWalk.String(activity, "description"));

        var byId = JsonWalk.Data(goals).ToDictionary(g => JsonWalk.String(g, "id")!);
        Assert.Equal(["vision", "klimat"], byId.Keys);
        foreach (var goal in byId.Values)
        {
            Assert.Equal(Goal.Levels.ToList().IndexOf(JsonWalk.String(goal, "level")!), goal.GetProperty("depth").GetInt32());
            if (JsonWalk.String(goal, "parent") is not { } parent) continue;
            Assert.True(byId[parent].GetProperty("depth").GetInt32() < goal.GetProperty("depth").GetInt32());
            Assert.Contains(JsonWalk.String(goal, "id"), JsonWalk.Strings(byId[parent], "children"));
        }
        Assert.Equal(["vp-2030-laddplatser"], JsonWalk.Strings(byId["klimat"], "activities"));
    }

    [Fact]
    public void Organisations_are_organs_networks_and_municipalities()
    {
        using var document = Read("organisationer");
        var items = JsonWalk.Data(document);
        Assert.Equal(["ledningsgruppen:organ", "samarbetskommitten:organ", "klimatnatverket:nätverk", "exempelby:kommun"],
            items.Select(o => $"{JsonWalk.String(o, "id")}:{JsonWalk.String(o, "classification")}"));
        Assert.Equal($"{BaseUrl}/kalender/ledningsgruppen.ics", JsonWalk.String(items[0], "icalUrl"));
        Assert.Equal(["klimat"], JsonWalk.Strings(items[2], "goals"));
        Assert.Equal(12345, items[3].GetProperty("inhabitants").GetInt64());
        Assert.Equal("2029-12-31", JsonWalk.String(items[3], "inhabitantsDate"));
    }

    private JsonDocument Read(string name) => JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Built.Output, "data", name + ".json")));
}
