using Sodertorn.Site.Domain;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Sodertorn.Site.Calendars;
using Sodertorn.Site.Output;

namespace Sodertorn.Site.OpenData;

/// <summary>
/// The open data under /data/: one JSON file per kind of thing and index.json listing them. The addresses
/// are permanent: users' programs fetch them. Documented for users on the page with id "oppna-data".
/// </summary>
public sealed class OpenDataGenerator : IOutputGenerator
{
    public const string Folder = "data";
    public const string DocumentationPageId = "oppna-data";
    public const string LicenseName = "CC0 1.0 Universell (CC0 1.0)";
    public const string LicenseUrl = "https://creativecommons.org/publicdomain/zero/1.0/deed.sv";
    public const string DatasetType = "sodertorn:Dataset";

    private static readonly JsonSerializerOptions Options = new()
    {
        // Compact: the files are for programs, and indentation made them half as large again, for every download and
        // every build that writes them (docs/benchmarks.md).
        WriteIndented = false,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        // Swedish letters as themselves (the files are UTF-8), not as \u escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = OpenDataJson.Default,
    };

    public string Root => Folder;

    public IEnumerable<OutputFile> Generate(GeneratorContext context)
    {
        var site = context.Site;
        var baseUrl = context.BaseUrl.TrimEnd('/');
        var calendar = CalendarMeetings.From(site);
        var meetings = new MeetingMapper(site, baseUrl, calendar);
        var plans = new PlanMapper(site, baseUrl, calendar);

        // Each dataset is mapped and serialized straight into its file when it is written, one at a time:
        // with thousands of meetings, holding them all as JSON text would cost more memory than the site.
        var decisionCount = site.Meetings.Sum(m => m.AgendaItems.Sum(i => i.Decisions.Count));
        var files = new List<(OutputFile File, CatalogEntry Entry)>
        {
            File(baseUrl, "moten", "Möten med publicerade minnesanteckningar", MeetingMapper.MeetingType, site.Meetings.Count, () => site.Meetings.Select(meetings.Meeting)),
            File(baseUrl, "beslut", "Beslut", MeetingMapper.MotionType, decisionCount, meetings.Decisions),
            File(baseUrl, "uppdrag", "Uppdrag och hur de har följts upp", FollowUpMapper.AssignmentType, site.Graph.Assignments.All.Count,
                new FollowUpMapper(site, baseUrl).Assignments),
            File(baseUrl, "planer", "Verksamhetsplaner", PlanMapper.PlanType, site.Plans.Count, () => site.Plans.Select(plans.Plan)),
            File(baseUrl, "aktiviteter", "Aktiviteter", PlanMapper.ActivityType, site.Activities.Count, () => site.Activities.Select(plans.Activity)),
            File(baseUrl, "mal", "Mål", PlanMapper.GoalType, site.Goals.Count, () => site.Goals.Select(plans.Goal)),
            File(baseUrl, "organisationer", "Organ, nätverk och kommuner", PlanMapper.OrganizationType,
                site.Organs.Count + site.Networks.Count + site.Municipalities.Count, plans.Organizations),
        };
        foreach (var (file, _) in files) yield return file;

        var documentation = site.Find<Domain.Page>(DocumentationPageId);
        var catalog = new Catalog(
            "index",
            "sodertorn:Catalog",
            FileUrl(baseUrl, "index"),
            $"{Publisher.Name} – öppna data",
            documentation is null ? null : baseUrl + Linking.UrlScheme.For(documentation),
            new LicenseInfo(LicenseName, LicenseUrl),
            files.Select(f => f.Entry).ToList());
        yield return new OutputFile(PathOf("index"), Serialize(catalog));
    }

    public static string PathOf(string name) => $"{Folder}/{name}.json";

    private static string FileUrl(string baseUrl, string name) => $"{baseUrl}/{PathOf(name)}";

    private static (OutputFile, CatalogEntry) File<T>(string baseUrl, string name, string title, string itemType, int count, Func<IEnumerable<T>> items)
    {
        var url = FileUrl(baseUrl, name);
        var file = OutputFile.Streamed(PathOf(name), stream =>
        {
            JsonSerializer.Serialize(stream, new DataFile<T>(name, DatasetType, url, title, LicenseUrl, items()), Contract<DataFile<T>>());
            stream.WriteByte((byte)'\n');
        });
        return (file, new CatalogEntry(name, DatasetType, url, title, itemType, count));
    }

    private static string Serialize(Catalog catalog) => JsonSerializer.Serialize(catalog, Contract<Catalog>()) + "\n";

    // The generated contract (OpenDataJson) under the options above; every type written is listed there.
    private static JsonTypeInfo<TValue> Contract<TValue>() => (JsonTypeInfo<TValue>)Options.GetTypeInfo(typeof(TValue));
}
