using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Scriban.Runtime;
using Sodertorn.Site.Domain;
using Sodertorn.Site.Linking;
using Sodertorn.Site.Markdown;

namespace Sodertorn.Site.Rendering;

/// <summary>A link as layouts show it: text and address (null when the target is not published here).</summary>
public sealed record LinkView(string Title, string? Url, string? Note = null);

/// <summary>A decision as lists show it: where it was taken, its address and its text as HTML.</summary>
public sealed record DecisionView(string MeetingTitle, DateOnly Date, string Url, string ItemTitle, string Html, string? Owner, IReadOnlyList<LinkView> ActsOn)
{
    // Written out here, once per decision shown, rather than by two function calls in the list's template.
    public string IsoDate => StockholmTime.IsoDate(Date);

    public string LongDate => SwedishDates.Long(Date);

    /// <summary>What the decision acts on, as links separated by commas (TemplateFunctions.Link).</summary>
    public string ActsOnHtml => string.Join(", ", ActsOn.Select(TemplateFunctions.Link));
}

public sealed record ChapterView(string? Id, string? Title, string Html);

public sealed record PeopleGroup(string Title, string? Url, IReadOnlyList<Participant> People)
{
    /// <summary>
    /// "Anna Andersson (ordförande), Bo Berg" as escaped HTML. Written here rather than by a loop in the template:
    /// every meeting page lists every participant, and that loop was the largest part of rendering a meeting page.
    /// </summary>
    public string NamesHtml => string.Join(", ", People.Select(p =>
        p.Note is null ? System.Net.WebUtility.HtmlEncode(p.Name) : $"{System.Net.WebUtility.HtmlEncode(p.Name)} ({System.Net.WebUtility.HtmlEncode(p.Note)})"));
}

/// <summary>
/// Builds what each layout receives. Everything a page shows is computed here from the linked site, so
/// layouts only arrange it; nothing here writes files or knows about other stages.
/// </summary>
public sealed partial class PageModels(LinkedSite site, MarkdownPipeline markdown, DateOnly today)
{
    private readonly Markdown.Xref.XrefPlaceholders placeholders = new(site.Index);

    /// <summary>The date the build treats as today: what has passed and what is to come.</summary>
    public DateOnly Today => today;

    public string Html(MarkdownDocument document)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        markdown.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    public string Html(string markdownText) => PlainParagraph.ToHtml(markdownText, markdown);

    /// <summary>An entity's body for a layout's <c>{{ body }}</c>: rendered where it was parsed, its links filled in when written.</summary>
    public BodyContent Body(Entity entity) => entity.BodyHtml is { } html ? new BodyContent(html, placeholders) : new BodyContent(Html(entity.Body));

    /// <summary>The same body as HTML text.</summary>
    public string BodyHtml(Entity entity) => Body(entity).ToString();

    /// <summary>
    /// A document's '##' chapters, each rendered with its heading; text before the first chapter has a
    /// null id. Plans use this to put generated tables into the chapter the source has for them.
    /// </summary>
    public IReadOnlyList<ChapterView> Chapters(MarkdownDocument document)
    {
        var chapters = new List<ChapterView>();
        var blocks = new List<Block>();
        HeadingBlock? heading = null;
        void Flush()
        {
            if (heading is null && blocks.Count == 0) return;
            using var writer = new StringWriter();
            var renderer = new HtmlRenderer(writer);
            markdown.Setup(renderer);
            foreach (var block in blocks) renderer.Render(block);
            writer.Flush();
            chapters.Add(new ChapterView(heading?.TryGetAttributes()?.Id, heading is null ? null : Domain.Reading.InlineText.Of(heading.Inline), writer.ToString()));
            blocks.Clear();
        }
        foreach (var block in document)
        {
            if (block is HeadingBlock { Level: 2 } h)
            {
                Flush();
                heading = h;
            }
            blocks.Add(block);
        }
        Flush();
        return chapters;
    }

    public LinkView Link(string id) =>
        site.Index.Find(id) is { } entry ? new LinkView(entry.Title, entry.Url) : new LinkView(id, null);

    public ScriptObject Meeting(Meeting meeting)
    {
        var model = Base(meeting);
        model["crumbs"] = new[] { ListPages.Meetings, Link(meeting.Organ) };
        model["organ"] = Link(meeting.Organ);
        model["calendar_file"] = UrlScheme.MeetingCalendar(meeting.Id);
        var participants = Group(meeting.Participants);
        model["participant_groups"] = participants;
        // For the search index's filters (theme/partials/search_tags.sbn): computed here rather than by loops in the layout.
        model["search_municipalities"] = participants.Where(g => g.Url is not null).Select(g => g.Title).ToList();
        model["search_decisions"] = meeting.AgendaItems.Any(i => i.Decisions.Count > 0);
        model["absentee_groups"] = Group(meeting.Absentees);
        model["guest_groups"] = Group(meeting.Guests);
        model["touched"] = meeting.AgendaItems
            .SelectMany(i => i.Decisions.SelectMany(d => d.ActsOn.Select(target => (Target: target, Item: i, Decision: d))))
            .GroupBy(x => x.Target, StringComparer.Ordinal)
            .Select(g => new
            {
                target = Link(g.Key),
                decisions_html = string.Join(", ", g.Select(x => TemplateFunctions.Link(new LinkView($"beslut under punkt {x.Item.NumberOrTitle}", "#" + x.Decision.LocalId)))),
            })
            .ToList();
        FillFollowUp(model, meeting);
        return model;
    }

    public ScriptObject Plan(Plan plan)
    {
        var model = Base(plan);
        model["crumbs"] = new[] { ListPages.Plans };
        var chapters = Chapters(Markdig.Markdown.Parse(plan.Body, markdown));
        model["chapters"] = chapters;
        model["chapter_ids"] = chapters.Select(c => c.Id).OfType<string>().ToList();
        var activities = site.Graph.Get(site.Graph.ActivitiesByPlan, plan.Id);
        model["goal_groups"] = activities
            .GroupBy(a => a.Goal, StringComparer.Ordinal)
            .Select(g => new { goal = Link(g.Key), chain = GoalChain(g.Key).Skip(1).Reverse().Select(x => Link(x.Id)).ToList(), activities = g.Select(ActivityRow).ToList() })
            .ToList();
        model["calendar"] = plan.Calendar
            .GroupBy(c => c.Organ, StringComparer.Ordinal)
            .Select(g => new { organ = Link(g.Key), entries = g.OrderBy(c => c.Date).ToList() })
            .ToList();
        model["adopting_decisions"] = plan.AdoptingDecisions.Select(Link).ToList();
        model["undecided"] = plan.AdoptingDecisions.Count > 0
            ? []
            : activities.Where(a => a.Decisions.Count == 0 && site.Graph.Get(site.Graph.DecisionsActingOn, a.Id).Count == 0).Select(a => Link(a.Id)).ToList();
        model["decisions"] = DecisionsActingOn(plan.Id);
        FillRollup(model, activities, oneYear: true);
        model["budget_chart"] = BudgetChart.For(plan.Budget);
        model["fees"] = MunicipalityFees.For(plan.Budget, site.Municipalities, Link);
        return model;
    }

    public ScriptObject Activity(Activity activity)
    {
        var model = Base(activity);
        model["crumbs"] = new[] { ListPages.Activities, Link(activity.Plan) };
        model["plan"] = Link(activity.Plan);
        model["goal_chain"] = GoalChain(activity.Goal).Select(g => Link(g.Id)).ToList();
        model["responsible"] = activity.Responsible is null ? null : Link(activity.Responsible);
        // The plan's year and date tag the activity for search (Search/, theme/partials/search_tags.sbn).
        model["plan_entity"] = site.Find<Plan>(activity.Plan);
        // The decisions are entries of the timeline (FillStatus), each rendered once.
        FillStatus(model, activity);
        return model;
    }

    public ScriptObject Goal(Goal goal)
    {
        var model = Base(goal);
        model["chain"] = GoalChain(goal.Id).Skip(1).Select(g => Link(g.Id)).ToList();
        model["crumbs"] = GoalChain(goal.Id).Skip(1).Reverse().Select(g => Link(g.Id)).Prepend(ListPages.Goals).ToList();
        model["children"] = site.Graph.Get(site.Graph.ChildGoals, goal.Id).Select(g => Link(g.Id)).ToList();
        model["network"] = goal.Network is null ? null : Link(goal.Network);
        model["introduced_in"] = goal.IntroducedIn is null ? null : Link(goal.IntroducedIn);
        model["activity_years"] = site.Graph.Get(site.Graph.ActivitiesByGoal, goal.Id)
            .GroupBy(a => site.Find<Plan>(a.Plan)?.Year ?? 0)
            .OrderByDescending(g => g.Key)
            .Select(g => new { year = g.Key, activities = g.Select(ActivityRow).ToList() })
            .ToList();
        model["decisions"] = DecisionsActingOn(goal.Id);
        FillGoalFollowUp(model, goal);
        return model;
    }

    public ScriptObject Network(Network network)
    {
        var model = Base(network);
        model["crumbs"] = new[] { ListPages.Networks };
        model["goals"] = network.Goals.Select(Link).ToList();
        var activities = site.Activities.Where(a => a.Responsible == network.Id).ToList();
        model["activities"] = activities.Select(ActivityRow).ToList();
        FillRollup(model, activities);
        return model;
    }

    public ScriptObject Organ(Organ organ)
    {
        var model = Base(organ);
        model["crumbs"] = new[] { ListPages.Organs };
        var meetings = site.Graph.Get(site.Graph.MeetingsByOrgan, organ.Id);
        model["meetings"] = meetings.Select(m => new { link = Link(m.Id), date = m.Date }).ToList();
        // Its calendar has an event for each set of minutes and each meeting a plan's calendar names: an organ that never
        // meets (the secretariat) has an empty one, which the page does not offer to subscribe to.
        model["meets"] = meetings.Count > 0 || site.Plans.Any(p => p.Calendar.Any(e => e.Organ == organ.Id));
        model["activities"] = site.Activities.Where(a => a.Responsible == organ.Id).Select(ActivityRow).ToList();
        return model;
    }

    public ScriptObject Municipality(Municipality municipality)
    {
        var model = Base(municipality);
        model["crumbs"] = new[] { ListPages.Municipalities };
        var meetings = site.Graph.Get(site.Graph.MeetingsByMunicipality, municipality.Id);
        model["meetings"] = meetings.Select(m => Link(m.Id)).ToList();
        // By organ (the role: a seat in the management group, the committee …), then by person, newest first,
        // each with the meetings the person attended and what the minutes note ("ordförande", "digitalt").
        var organOrder = site.Organs.Select((o, i) => (o.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        model["organ_representatives"] = meetings
            .SelectMany(m => m.Participants.Where(p => p.Municipality == municipality.Id).Select(p => (Person: p, Meeting: m)))
            .GroupBy(x => x.Meeting.Organ, StringComparer.Ordinal)
            .OrderBy(g => organOrder.GetValueOrDefault(g.Key, int.MaxValue))
            .Select(g => new
            {
                id = g.Key,
                organ = Link(g.Key),
                // The organ's latest published minutes: the lists are as of that day, not today's composition.
                as_of = site.Graph.Get(site.Graph.MeetingsByOrgan, g.Key).Select(m => (DateOnly?)m.Date).Max(),
                people = g.GroupBy(x => x.Person.Name, StringComparer.Ordinal)
                    .OrderByDescending(p => p.Max(x => x.Meeting.Date)).ThenBy(p => p.Key, StringComparer.Ordinal)
                    .Select(p => new
                    {
                        name = p.Key,
                        latest = p.Max(x => x.Meeting.Date),
                        meetings = p.Select(x => new { link = Link(x.Meeting.Id), date = x.Meeting.Date, note = x.Person.Note }).ToList(),
                    })
                    .ToList(),
            })
            .ToList();
        // How the organs are made up is the latest plan's to say (its organisation chapter), not the minutes'.
        model["latest_plan"] = site.Plans.OrderByDescending(p => p.Year).Select(p => Link(p.Id)).FirstOrDefault();
        FillMunicipalityFollowUp(model, municipality);
        return model;
    }

    public ScriptObject Page(Page page) => Base(page);

    public ScriptObject Base(Entity entity)
    {
        var model = new ScriptObject
        {
            ["page"] = entity,
            ["title"] = entity.Title,
            ["url"] = UrlScheme.For(entity),
            ["body"] = Body(entity),
            ["description"] = entity.Summary,
        };
        return model;
    }

    public object ActivityRow(Activity activity) => new
    {
        link = Link(activity.Id),
        comment = BodyHtml(activity),
        responsible = activity.Responsible is null ? null : Link(activity.Responsible),
        status = activity.CurrentStatus is { } current ? $"{StatusRollupView.Capitalized(current.Status)} ({SwedishDates.Long(current.Date)})" : null,
        decision_count = site.Graph.Get(site.Graph.DecisionsActingOn, activity.Id).Count,
    };

    public IReadOnlyList<DecisionView> DecisionsActingOn(string id) =>
        site.Graph.Get(site.Graph.DecisionsActingOn, id).Select(d => Decision(d.Meeting, d.Item, d.Decision)).ToList();

    public DecisionView Decision(Meeting meeting, AgendaItem item, Decision decision) =>
        new(meeting.Title, meeting.Date, UrlScheme.For(meeting) + "#" + decision.LocalId, item.Label, Html(decision.Text), decision.Owner,
            decision.ActsOn.Select(Link).ToList());

    /// <summary>The goal and its ancestors, nearest first, up to the vision.</summary>
    public List<Goal> GoalChain(string goalId)
    {
        var chain = new List<Goal>();
        for (var goal = site.Find<Goal>(goalId); goal is not null && chain.Count < Domain.Goal.Levels.Count + 2; goal = site.Find<Goal>(goal.Parent))
            chain.Add(goal);
        return chain;
    }

    private List<PeopleGroup> Group(IReadOnlyList<Participant> people) =>
        people
            .GroupBy(p => p.Municipality ?? p.Organisation ?? "", StringComparer.Ordinal)
            .Select(g => g.First().Municipality is { } m
                ? new PeopleGroup(site.Find<Municipality>(m)?.Name ?? m, UrlScheme.For(TargetKind.Municipality, m), g.ToList())
                : new PeopleGroup(g.Key, null, g.ToList()))
            .ToList();
}
