using Sodertorn.Site.Content;
using Sodertorn.Site.Linking;

namespace Sodertorn.Site.Authoring.Scaffolding;

/// <summary>What 'new' did: the file it wrote, or why it wrote nothing; and notes for the author.</summary>
public sealed record ScaffoldResult(string? WrittenPath, string? Error, IReadOnlyList<string> Notes)
{
    public static ScaffoldResult Failed(string error) => new(null, error, []);
}

/// <summary>
/// The 'new' command's work: chooses the file the guide prescribes for the document, fills it in from what
/// the site already holds, and writes it, never over an existing file and never under an id already in use.
/// Arguments are expected valid (ids and dates are checked where the command line is parsed).
/// </summary>
public sealed class Scaffolder(string inputRoot)
{
    private readonly Lazy<SiteFacts> facts = new(() => SiteFacts.Load(inputRoot));

    public ScaffoldResult NewMinutes(string organ, DateOnly date)
    {
        var notes = new List<string>();
        if (facts.Value.Organ(organ) is null)
            notes.Add($"Organet '{organ}' finns inte i input/organisation/; bygget kommer att rapportera det. Organens id: {KnownOrgans()}.");
        var id = MinutesTemplate.MeetingId(facts.Value, organ, date);
        var (text, filled) = MinutesTemplate.Create(facts.Value, organ, date);
        notes.AddRange(filled);
        return Write(Path.Combine("protokoll", organ, $"{date:yyyy-MM-dd}.md"), id, text, notes);
    }

    public ScaffoldResult NewActivity(string plan, string? id, string? title, string? goal)
    {
        var (existing, planId, year) = facts.Value.FindPlan(plan);
        if (year is null)
            return ScaffoldResult.Failed($"planen '{plan}' har inget år — ange planen som år, t.ex. --plan 2025, eller som id, t.ex. --plan vp-2025");
        var activityId = id ?? ActivityId(planId, title!);
        var notes = new List<string>();
        if (existing is null)
            notes.Add($"Planen {planId} finns inte ännu (input/planer/{year}/verksamhetsplan.md). Bygget rapporterar det tills planen är skriven.");
        if (goal is not null && facts.Value.ById(goal) is not Domain.Goal)
            notes.Add($"Målet '{goal}' finns inte i input/mal/; bygget kommer att rapportera det.");
        var text = DocumentTemplates.Activity(facts.Value, activityId, planId, title, goal);
        return Write(Path.Combine("planer", year.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), "aktiviteter", $"{activityId}.md"),
            activityId, text, notes);
    }

    public ScaffoldResult NewPage(string id, string? title)
    {
        if (UrlScheme.Sections.Values.Contains(id) && id != "organisation")
            return ScaffoldResult.Failed($"id '{id}' är reserverat för webbplatsens listsida /{id}/ — välj ett annat id, t.ex. '{id}-info'");
        return Write(Path.Combine("sidor", $"{id}.md"), id, DocumentTemplates.Page(id, title), []);
    }

    /// <summary>"vp-2025" + "Ett gemensamt yttrande om RUFS" → "vp-2025-ett-gemensamt-yttrande-om-rufs" (at most six words).</summary>
    public static string ActivityId(string planId, string title)
    {
        var words = Identifier.Suggest(title).Split('-').Take(6);
        var slug = string.Join('-', words);
        return slug.StartsWith(planId + "-", StringComparison.Ordinal) || !Identifier.IsValid(planId) ? slug : $"{planId}-{slug}";
    }

    private ScaffoldResult Write(string relative, string id, string text, List<string> notes)
    {
        var path = Path.Combine(inputRoot, relative);
        var shown = path.Replace('\\', '/');
        if (File.Exists(path))
            return ScaffoldResult.Failed($"filen {shown} finns redan och skrivs inte över — öppna den och skriv i den, eller ta bort den först");
        if (facts.Value.ById(id) is { } taken)
            return ScaffoldResult.Failed($"id '{id}' används redan i {taken.Source.File} — välj ett annat id");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            // CreateNew, so a file that appeared since the check above is still not overwritten.
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            writer.Write(text);
        }
        catch (IOException) when (File.Exists(path))
        {
            return ScaffoldResult.Failed($"filen {shown} finns redan och skrivs inte över");
        }
        notes.Add("Bygget stoppar med felet placeholder-left, med rad och kolumn, tills allt som börjar med \"Skriv\" eller \"skriv-\" är utbytt.");
        return new ScaffoldResult(shown, null, notes);
    }

    private string KnownOrgans() =>
        string.Join(", ", facts.Value.Entities.OfType<Domain.Organ>().Select(o => o.Id).Order(StringComparer.Ordinal));
}
