using Sodertorn.Site.Content;
using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Domain;
using Sodertorn.Site.Domain.Reading;
using Sodertorn.Site.Markdown;

namespace Sodertorn.Site.Authoring.Scaffolding;

/// <summary>
/// What a new file can be filled in from: the organs, plans, minutes and municipalities already in input/.
/// Read with the build's own read, parse and model stages; their findings are dropped, because a site
/// with errors elsewhere should still get a correct new file (the next build reports those errors).
/// </summary>
public sealed class SiteFacts
{
    private readonly Dictionary<string, Entity> byId;

    private SiteFacts(IReadOnlyList<Entity> entities)
    {
        Entities = entities;
        byId = entities.GroupBy(e => e.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    public IReadOnlyList<Entity> Entities { get; }

    public static SiteFacts Empty { get; } = new([]);

    public static SiteFacts Load(string inputRoot)
    {
        if (!System.IO.Directory.Exists(inputRoot)) return Empty;
        var ignored = new DiagnosticBag();
        var input = new InputReader(ignored).Read(inputRoot);
        var parser = new DocumentParser(MarkdownPipelineFactory.ForParsing, ignored);
        var reader = new EntityReader(ignored);
        var entities = input.Documents.Select(parser.Parse).OfType<ParsedDocument>().Select(reader.Read).OfType<Entity>()
            .Where(e => e.Id.Length > 0).ToList();
        return new SiteFacts(entities);
    }

    public Entity? ById(string id) => byId.GetValueOrDefault(id);

    public Organ? Organ(string id) => ById(id) as Organ;

    /// <summary>The prefix of a meeting id: the organ's short name in lowercase ("LG" → "lg"), else its id.</summary>
    public string MeetingIdPrefix(string organId) => Organ(organId)?.MeetingIdPrefix ?? organId;

    public IEnumerable<Municipality> Municipalities => Entities.OfType<Municipality>();

    /// <summary>Plans, newest year first.</summary>
    public IEnumerable<Plan> PlansNewestFirst =>
        Entities.OfType<Plan>().OrderByDescending(p => p.Year).ThenBy(p => p.Id, StringComparer.Ordinal);

    /// <summary>The organ's meeting on that date in a plan's calendar, the newest plan first.</summary>
    public CalendarEntry? CalendarEntry(string organId, DateOnly date) =>
        PlansNewestFirst.SelectMany(p => p.Calendar)
            .FirstOrDefault(e => e.Organ == organId && e.Date <= date && date <= (e.EndDate ?? e.Date));

    /// <summary>
    /// The organ's first meeting after that date in the calendar of the plan for the date's own year; null when that
    /// plan or a later meeting in it is missing. Another year's calendar says nothing about the meeting after this one:
    /// back-dated minutes once took the first meeting of the newest plan.
    /// </summary>
    public CalendarEntry? NextCalendarEntry(string organId, DateOnly date) =>
        PlansNewestFirst.Where(p => p.Year == date.Year).SelectMany(p => p.Calendar)
            .Where(e => e.Organ == organId && e.Date > date)
            .OrderBy(e => e.Date)
            .FirstOrDefault();

    /// <summary>The organ's most recent published minutes before that date (or, if none, the latest at all).</summary>
    public Meeting? LatestMinutes(string organId, DateOnly before)
    {
        var published = Entities.OfType<Meeting>().Where(m => m.Organ == organId && !m.Draft).OrderByDescending(m => m.Date).ToList();
        return published.FirstOrDefault(m => m.Date < before) ?? published.FirstOrDefault();
    }

    /// <summary>A plan given as a year ("2025") or an id ("vp-2025"): the plan if it exists, and its year.</summary>
    public (Plan? Plan, string Id, int? Year) FindPlan(string yearOrId)
    {
        if (int.TryParse(yearOrId, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year))
        {
            var ofYear = Entities.OfType<Plan>().FirstOrDefault(p => p.Year == year);
            return (ofYear, ofYear?.Id ?? $"vp-{year}", year);
        }
        if (ById(yearOrId) is Plan plan) return (plan, plan.Id, plan.Year);
        var digits = new string(yearOrId.Where(char.IsAsciiDigit).ToArray());
        return (null, yearOrId, digits.Length == 4 ? int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) : null);
    }

    /// <summary>An activity of the plan that a decision could act on, for the example decision (null if none).</summary>
    public Activity? ExampleActivity(string planId) =>
        Entities.OfType<Activity>().Where(a => a.Plan == planId && !a.Draft)
            .OrderBy(a => a.Order ?? int.MaxValue).ThenBy(a => a.Id, StringComparer.Ordinal).FirstOrDefault();

    /// <summary>The goal most activities of the plan serve (of any plan, for a new one), else the highest goal below the vision.</summary>
    public Goal? LikelyGoal(string planId)
    {
        var activities = Entities.OfType<Activity>().Where(a => a.Goal.Length > 0).ToList();
        var ofPlan = activities.Where(a => a.Plan == planId).ToList();
        return MostCommonGoal(ofPlan.Count > 0 ? ofPlan : activities)
            ?? Entities.OfType<Goal>().Where(g => !g.Draft && g.Level != "vision")
                .OrderBy(g => Goal.Levels.ToList().IndexOf(g.Level)).ThenBy(g => g.Id, StringComparer.Ordinal).FirstOrDefault();
    }

    private Goal? MostCommonGoal(IEnumerable<Activity> activities) =>
        activities.GroupBy(a => a.Goal, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => ById(g.Key) as Goal).FirstOrDefault(g => g is not null);
}
