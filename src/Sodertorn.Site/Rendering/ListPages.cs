using Scriban.Runtime;
using Sodertorn.Site.Domain;
using Sodertorn.Site.Linking;

namespace Sodertorn.Site.Rendering;

/// <summary>A generated page that lists entities: the meetings archive, plans, the goal tree, networks …</summary>
public sealed record ListPage(string Url, string Layout, Func<ScriptObject> Model);

/// <summary>The site's list pages and the main navigation that leads to them.</summary>
public static class ListPages
{
    /// <summary>The main menu: the list pages, and the about page when the site has one.</summary>
    public static IReadOnlyList<LinkView> Navigation(LinkedSite site) =>
    [
        new("Protokoll", "/protokoll/"),
        new("Verksamhetsplaner", "/planer/"),
        new("Mål", "/mal/"),
        new("Organisation", "/organisation/"),
        .. site.Find<Page>("om") is { } about ? [new LinkView("Om samverkan", UrlScheme.For(about))] : Array.Empty<LinkView>(),
    ];

    public static IEnumerable<ListPage> All(LinkedSite site, PageModels models)
    {
        yield return new ListPage("/protokoll/", "meetings", () => new ScriptObject
        {
            ["title"] = "Protokoll",
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
        });
        yield return new ListPage("/planer/", "list", () => Simple("Verksamhetsplaner", site.Plans.OrderByDescending(p => p.Year), models));
        yield return new ListPage("/aktiviteter/", "activities", () => new ScriptObject
        {
            ["title"] = "Aktiviteter",
            ["plans"] = site.Plans.OrderByDescending(p => p.Year)
                .Select(p => new { plan = models.Link(p.Id), activities = site.Graph.Get(site.Graph.ActivitiesByPlan, p.Id).Select(models.ActivityRow).ToList() })
                .ToList(),
        });
        yield return new ListPage("/mal/", "goals", () => new ScriptObject
        {
            ["title"] = "Mål i SUP 2040",
            ["roots"] = site.Goals.Where(g => g.Parent is null).Select(g => GoalNode(g, site, models, 0)).ToList(),
        });
        yield return new ListPage("/natverk/", "list", () => Simple("Nätverk", site.Networks.OrderByDescending(n => n.Active), models));
        yield return new ListPage("/organisation/", "list", () => Simple("Organisation", site.Organs, models));
        yield return new ListPage("/kommuner/", "list", () => Simple("Kommunerna", site.Municipalities, models));
    }

    public static void FillStart(ScriptObject model, LinkedSite site, PageModels models)
    {
        model["latest_meetings"] = site.Meetings.OrderByDescending(m => m.Date).Take(5).Select(m => new { link = models.Link(m.Id), date = m.Date }).ToList();
        model["current_plan"] = site.Plans.OrderByDescending(p => p.Year).Select(p => models.Link(p.Id)).FirstOrDefault();
        model["vision"] = site.Goals.FirstOrDefault(g => g.Level == "vision") is { } vision ? models.Link(vision.Id) : null;
        model["goals"] = site.Goals.Where(g => g.Level is "övergripande mål" or "långsiktigt mål").Select(g => models.Link(g.Id)).ToList();
    }

    private static ScriptObject Simple(string title, IEnumerable<Entity> items, PageModels models) => new()
    {
        ["title"] = title,
        ["items"] = items.Select(e => new { link = models.Link(e.Id), summary = e.Summary }).ToList(),
    };

    private static object GoalNode(Goal goal, LinkedSite site, PageModels models, int depth) => new
    {
        link = models.Link(goal.Id),
        level = goal.Level,
        activities = site.Graph.Get(site.Graph.ActivitiesByGoal, goal.Id).Select(a => models.Link(a.Id)).ToList(),
        children = depth > Goal.Levels.Count
            ? []
            : site.Graph.Get(site.Graph.ChildGoals, goal.Id).Select(c => GoalNode(c, site, models, depth + 1)).ToList(),
    };
}
