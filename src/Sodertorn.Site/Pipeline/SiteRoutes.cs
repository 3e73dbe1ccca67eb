using Scriban.Runtime;
using Sodertorn.Site.Domain;
using Sodertorn.Site.Linking;
using Sodertorn.Site.Output;
using Sodertorn.Site.Rendering;
using Sodertorn.Site.Reporting;
using Sodertorn.Site.Search;

namespace Sodertorn.Site.Pipeline;

/// <summary>What a route needs to list its pages and build their models.</summary>
/// <param name="Report">The build's link report: only the report's own route, rendered after the checks, reads it.</param>
public sealed record RouteContext(LinkedSite Site, PageModels Models, int SearchBundlePages, LinkReport? Report = null);

/// <summary>
/// One kind of page: the address it lives at (a page's own, or the folder its pages lie in), its layout, and its pages
/// with their models.
/// </summary>
/// <param name="Address">Root-relative: "/sok/" for one page, "/protokoll/" for the meetings and their archive.</param>
/// <param name="ReplaceableBy">The id of an authored page that may take this address instead of the generated one
/// (declared here, so it is never a silent replacement): the organisation page in place of the plain organ list.</param>
/// <param name="AfterChecks">Rendered once every other page is checked: the link report.</param>
public sealed record Route(string Address, string Layout, Func<RouteContext, IEnumerable<PageJob>> Pages, string? ReplaceableBy = null, bool AfterChecks = false)
{
    /// <summary>The address's first folder, which no authored page may take ("" for the root).</summary>
    public string TopLevel => Address.Trim('/').Split('/')[0];
}

/// <summary>
/// The route table: every page the site has is declared here, once, with its address, layout and model. The build and
/// the preview render exactly these; the identifiers an author may not use are derived from them.
/// </summary>
public static class SiteRoutes
{
    public static IReadOnlyList<Route> All { get; } =
    [
        Entities(TargetKind.Meeting, "meeting", c => c.Site.Meetings, (m, c) => c.Models.Meeting(m)),
        Entities(TargetKind.Plan, "plan", c => c.Site.Plans, (p, c) => c.Models.Plan(p)),
        Entities(TargetKind.Activity, "activity", c => c.Site.Activities, (a, c) => c.Models.Activity(a)),
        Entities(TargetKind.Goal, "goal", c => c.Site.Goals, (g, c) => c.Models.Goal(g)),
        Entities(TargetKind.Network, "network", c => c.Site.Networks, (n, c) => c.Models.Network(n)),
        Entities(TargetKind.Organ, "organ", c => c.Site.Organs, (o, c) => c.Models.Organ(o)),
        Entities(TargetKind.Municipality, "municipality", c => c.Site.Municipalities, (k, c) => c.Models.Municipality(k)),
        new("/", "page", c => c.Site.Pages.Select(p => p.Id == UrlScheme.StartPageId
            ? Entity(p, "start", () => Start(p, c))
            : Entity(p, "page", () => c.Models.Page(p)))),
        List(UrlScheme.Section(TargetKind.Meeting), "meetings", c => ListPages.MeetingArchive(c.Site, c.Models)),
        List(DecisionRegister.Url, "register", c => DecisionRegister.Index(DecisionRegister.Years(c.Site), c.Models)),
        new(DecisionRegister.Url, "register_year", c =>
        {
            var years = DecisionRegister.Years(c.Site);
            return years.Select(y => new PageJob(y.Url, "register_year", null, () => DecisionRegister.Year(y, years, c.Models)));
        }),
        List(UrlScheme.Assignments, "assignments", c => AssignmentList.Index(c.Site, AssignmentList.Years(c.Site), c.Models)),
        new(UrlScheme.Assignments, "assignments_year", c =>
        {
            var years = AssignmentList.Years(c.Site);
            return years.Select(y => new PageJob(y.Url, "assignments_year", null, () => AssignmentList.Year(y, years, c.Site, c.Models)));
        }),
        List(UrlScheme.Section(TargetKind.Plan), "list", c => ListPages.PlanList(c.Site, c.Models)),
        List(UrlScheme.Section(TargetKind.Activity), "activities", c => ListPages.ActivityList(c.Site, c.Models)),
        List(UrlScheme.Section(TargetKind.Goal), "goals", c => ListPages.GoalTree(c.Site, c.Models)),
        List(UrlScheme.Section(TargetKind.Network), "list", c => ListPages.NetworkList(c.Site, c.Models)),
        List(UrlScheme.Section(TargetKind.Organ), "list", c => ListPages.OrganList(c.Site, c.Models)) with { ReplaceableBy = "organisation" },
        List(UrlScheme.Section(TargetKind.Municipality), "list", c => ListPages.MunicipalityList(c.Site, c.Models)),
        List(SearchPage.Url, "search", c => SearchPage.Model(c.Site, SearchPage.Bundles(c.Site, c.SearchBundlePages))),
        List(UrlScheme.NotFoundPage, "notfound", _ => new ScriptObject { ["title"] = "Sidan finns inte" }, listed: false),
        List(LinkReport.Url, "report", c => ReportPageModel.Create(c.Report!), listed: false) with { AfterChecks = true },
    ];

    /// <summary>Folders the build writes besides its pages: theme assets, attachments, the search index.</summary>
    private static readonly string[] OtherFolders = [Theme.AssetFolder, Content.InputReader.AssetFolder.TrimEnd('/'), .. SearchStage.Folders];

    /// <summary>The pages of every route rendered with the site (all but the link report), in the table's order.</summary>
    public static IEnumerable<PageJob> Pages(RouteContext context) =>
        All.Where(r => !r.AfterChecks && !Replaced(r, context.Site)).SelectMany(r => r.Pages(context));

    /// <summary>The link report's page, rendered after every check with the report.</summary>
    public static PageJob ReportPage(RouteContext context) => All.Single(r => r.AfterChecks).Pages(context).Single();

    /// <summary>What no author may take as an id: every route's and generator's top-level folder; organ ids that name a site-wide file.</summary>
    public static ReservedIds Reserved(IEnumerable<IOutputGenerator> generators)
    {
        var generatorList = generators.ToList();
        // A page declared to take a list's address takes that folder's index; the folder's other pages stay generated.
        var replaceable = All.Where(r => r.ReplaceableBy == r.TopLevel).Select(r => r.TopLevel).ToHashSet(StringComparer.Ordinal);
        var pageIds = All.Select(r => r.TopLevel).Where(t => t.Length > 0 && !replaceable.Contains(t))
            .Concat(generatorList.Select(g => g.Root))
            .Concat(OtherFolders)
            .ToHashSet(StringComparer.Ordinal);
        return new ReservedIds(pageIds, generatorList.SelectMany(g => g.SiteWideNames).ToHashSet(StringComparer.Ordinal));
    }

    private static bool Replaced(Route route, LinkedSite site) => route.ReplaceableBy is { } id && site.Find<Page>(id) is not null;

    private static Route Entities<T>(TargetKind kind, string layout, Func<RouteContext, IEnumerable<T>> entities, Func<T, RouteContext, ScriptObject> model)
        where T : Entity =>
        new(UrlScheme.Section(kind), layout, c => entities(c).Select(e => Entity(e, layout, () => model(e, c))));

    private static PageJob Entity(Entity entity, string layout, Func<ScriptObject> model) => new(UrlScheme.For(entity), layout, entity.Source.File, model);

    private static Route List(string url, string layout, Func<RouteContext, ScriptObject> model, bool listed = true) =>
        new(url, layout, c => [new PageJob(url, layout, null, () => model(c), listed)]);

    private static ScriptObject Start(Page page, RouteContext context)
    {
        var model = context.Models.Page(page);
        ListPages.FillStart(model, context.Site, context.Models);
        return model;
    }
}
