using Scriban.Runtime;
using Sodertorn.Site.Domain;
using Sodertorn.Site.Linking;

namespace Sodertorn.Site.Rendering;

/// <summary>The models of the site's list pages, and the main navigation that leads to them (their addresses: Pipeline/SiteRoutes).</summary>
public static class ListPages
{
    public static readonly LinkView Meetings = new("Minnesanteckningar", UrlScheme.Section(TargetKind.Meeting));
    public static readonly LinkView Decisions = new("Beslut", DecisionRegister.Url);
    public static readonly LinkView Plans = new("Verksamhetsplaner", UrlScheme.Section(TargetKind.Plan));
    public static readonly LinkView Activities = new("Aktiviteter", UrlScheme.Section(TargetKind.Activity));
    public static readonly LinkView Goals = new("Mål", UrlScheme.Section(TargetKind.Goal));
    public static readonly LinkView Networks = new("Nätverk", UrlScheme.Section(TargetKind.Network));
    public static readonly LinkView Organs = new("Organisation", UrlScheme.Section(TargetKind.Organ));
    public static readonly LinkView Municipalities = new("Kommunerna", UrlScheme.Section(TargetKind.Municipality));
    public static readonly LinkView Assignments = new("Uppdrag", UrlScheme.Assignments);

    /// <summary>The main menu: the list pages, and the about page when the site has one.</summary>
    public static IReadOnlyList<LinkView> Navigation(LinkedSite site) =>
    [
        Meetings,
        Decisions,
        Assignments,
        Plans,
        Goals,
        Organs,
        .. site.Find<Page>("om") is { } about ? [new LinkView("Om samverkan", UrlScheme.For(about))] : Array.Empty<LinkView>(),
    ];

    /// <summary>The meetings archive: each organ's meetings by year.</summary>
    public static ScriptObject MeetingArchive(LinkedSite site, PageModels models) => new()
    {
        ["title"] = "Minnesanteckningar",
        ["organs"] = site.Organs
            .Select(o => new
            {
                organ = models.Link(o.Id),
                years = site.Graph.Get(site.Graph.MeetingsByOrgan, o.Id)
                    .GroupBy(m => m.Date.Year)
                    .Select(y => new { year = y.Key, meetings = y.Select(m => new { link = models.Link(m.Id), date = m.Date, decisions = m.AgendaItems.Sum(i => i.Decisions.Count) }).ToList() })
                    .ToList(),
            })
            .Where(o => o.years.Count > 0)
            .ToList(),
    };

    public static ScriptObject PlanList(LinkedSite site, PageModels models) => Simple("Verksamhetsplaner", site.Plans.OrderByDescending(p => p.Year), models);

    /// <summary>Every plan's activities, newest plan first.</summary>
    public static ScriptObject ActivityList(LinkedSite site, PageModels models) => new()
    {
        ["title"] = "Aktiviteter",
        ["plans"] = site.Plans.OrderByDescending(p => p.Year)
            .Select(p => new { plan = models.Link(p.Id), activities = site.Graph.Get(site.Graph.ActivitiesByPlan, p.Id).Select(models.ActivityRow).ToList() })
            .ToList(),
    };

    /// <summary>The goal tree from its roots.</summary>
    public static ScriptObject GoalTree(LinkedSite site, PageModels models) => new()
    {
        ["title"] = "Mål i SUP 2040",
        ["roots"] = site.Goals.Where(g => g.Parent is null).Select(g => GoalNode(g, site, models, 0)).ToList(),
        ["rollup_year"] = StatusRollup.CurrentYear(site),
    };

    public static ScriptObject NetworkList(LinkedSite site, PageModels models) => Simple("Nätverk", site.Networks.OrderByDescending(n => n.Active), models);

    public static ScriptObject OrganList(LinkedSite site, PageModels models) => Simple("Organisation", site.Organs, models);

    public static ScriptObject MunicipalityList(LinkedSite site, PageModels models) => Simple("Kommunerna", site.Municipalities, models);

    /// <summary>How many meetings the start page lists as coming.</summary>
    public const int UpcomingCount = 6;

    public static void FillStart(ScriptObject model, LinkedSite site, PageModels models)
    {
        model["latest_meetings"] = site.Meetings.OrderByDescending(m => m.Date).Take(5).Select(m => new { link = models.Link(m.Id), date = m.Date }).ToList();
        var currentPlan = site.Plans.OrderByDescending(p => p.Year).FirstOrDefault();
        model["current_plan"] = currentPlan is null ? null : models.Link(currentPlan.Id);
        model["current_plan_calendar"] = currentPlan is { Calendar.Count: > 0 } ? UrlScheme.For(currentPlan) + "#kalendarium" : null;
        model["upcoming"] = Upcoming(currentPlan, models.Today).Take(UpcomingCount)
            .Select(e => new { organ = models.Link(e.Organ), date = e.Date, end_date = e.EndDate, start = e.Start, end = e.End, place = e.Place, note = e.Note })
            .ToList();
        model["find"] = Find(site);
        model["vision"] = site.Goals.FirstOrDefault(g => g.Level == "vision") is { } vision ? models.Link(vision.Id) : null;
        model["goals"] = site.Goals.Where(g => g.Level is "övergripande mål" or "långsiktigt mål").Select(g => models.Link(g.Id)).ToList();
    }

    /// <summary>The current plan's calendar from today on (a meeting over several days counts until its last day), soonest first.</summary>
    public static IEnumerable<CalendarEntry> Upcoming(Plan? plan, DateOnly today) =>
        plan is null ? [] : plan.Calendar.Where(e => (e.EndDate ?? e.Date) >= today).OrderBy(e => e.Date).ThenBy(e => e.Start);

    /// <summary>The start page's map of the site: one link to every kind of page, so each is at most three clicks away.</summary>
    private static List<LinkView> Find(LinkedSite site)
    {
        LinkView? Page(string id, string title) => site.Find<Page>(id) is { } page ? new LinkView(title, UrlScheme.For(page)) : null;
        return new List<LinkView?>
        {
            Meetings, Decisions, Assignments, Plans, Activities, Goals, Organs, Networks, Municipalities,
            Page("samarbetsavtal", "Samarbetsavtalet"), Page("sup-2040", "Utvecklingsprogrammet SUP 2040"), Page("om", "Om samverkan"),
            Page("kontakt", "Kontakt"), Page("oppna-data", "Öppna data"), Page("tillganglighetsredogorelse", "Tillgänglighetsredogörelse"),
            new("Sök på webbplatsen", UrlScheme.SearchPage),
        }.OfType<LinkView>().ToList();
    }

    private static ScriptObject Simple(string title, IEnumerable<Entity> items, PageModels models) => new()
    {
        ["title"] = title,
        ["items"] = items.Select(e => new { link = models.Link(e.Id), summary = e.Summary }).ToList(),
    };

    private static object GoalNode(Goal goal, LinkedSite site, PageModels models, int depth)
    {
        // Its own activities and every sub-goal's, per year: the tree shows how each branch stands.
        var rollups = StatusRollup.Of(site.Graph.ActivitiesUnder(goal.Id), site);
        return new
        {
            link = models.Link(goal.Id),
            level = goal.Level,
            rollups = StatusRollupView.Of(rollups),
            has_current = rollups.Any(y => y.Year == StatusRollup.CurrentYear(site)),
            activities = site.Graph.Get(site.Graph.ActivitiesByGoal, goal.Id).Select(a => models.Link(a.Id)).ToList(),
            children = depth > Goal.Levels.Count
                ? []
                : site.Graph.Get(site.Graph.ChildGoals, goal.Id).Select(c => GoalNode(c, site, models, depth + 1)).ToList(),
        };
    }
}
