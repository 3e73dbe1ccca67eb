using Sodertorn.Site.Markdown;
using Sodertorn.Site.Calendars;
using Sodertorn.Site.Domain;
using Sodertorn.Site.Linking;

namespace Sodertorn.Site.OpenData;

/// <summary>Plans, activities, goals and organisations in our own types (plans, activities, goals) and Popolo's.</summary>
public sealed class PlanMapper(LinkedSite site, string baseUrl, IReadOnlyList<CalendarMeeting> calendar)
{
    private readonly PlainText text = new(site.Index.PublicTitle);
    private readonly FollowUpMapper followUp = new(site, baseUrl);

    // Built once, since a site keeps every year's plans and minutes: the calendar's minutes by UID (the first
    // meeting with a UID, as the calendar lists them), and the communication activities naming each activity.
    private readonly Dictionary<string, Meeting?> minutesByUid = ByUid(calendar);
    private readonly Dictionary<string, List<string>> communicationByActivity = CommunicationByActivity(site);

    public const string PlanType = "sodertorn:Plan";
    public const string EventType = "popolo:Event";
    public const string KansliAssignmentType = "sodertorn:KansliAssignment";
    public const string CommunicationActivityType = "sodertorn:CommunicationActivity";
    public const string ActivityType = "sodertorn:Activity";
    public const string GoalType = "sodertorn:Goal";
    public const string OrganizationType = "popolo:Organization";

    public PlanData Plan(Plan plan)
    {
        var url = Url(plan);
        return new PlanData(
            plan.Id,
            PlanType,
            url,
            plan.Title,
            plan.Year,
            plan.Date is { } date ? StockholmTime.IsoDate(date) : null,
            PublicIds.Of(site, plan.AdoptedBy),
            PublicIds.Of(site, plan.AdoptingDecisions),
            plan.Chairs,
            site.Graph.Get(site.Graph.ActivitiesByPlan, plan.Id).Select(a => a.Id).ToList(),
            plan.Calendar.OrderBy(e => e.Date).ThenBy(e => e.Organ, StringComparer.Ordinal).Select(e => CalendarEntry(e, url)).ToList(),
            plan.Budget is { } budget ? Budget(budget, url) : null,
            plan.KansliAssignments.Select(k => new KansliAssignmentData(
                plan.Id + "/" + k.LocalId, KansliAssignmentType, url + "#" + k.LocalId, plan.Id, k.Title, text.Of(k.Comment))).ToList(),
            plan.CommunicationActivities.Select(c => new CommunicationActivityData(
                plan.Id + "/" + c.LocalId, CommunicationActivityType, url + "#" + c.LocalId, plan.Id, c.Number, c.Activity,
                c.When?.Trim(), c.Cost?.Trim(), PublicIds.Of(site, c.Activities))).ToList(),
            plan.CommunicationFootnotes.Select(f => new FootnoteData(f.Number, text.Of(f.Text))).ToList());
    }

    public ActivityData Activity(Activity activity) => new(
        activity.Id,
        ActivityType,
        Url(activity),
        activity.Title,
        activity.Plan,
        activity.Goal,
        PublicIds.Of(site, activity.Responsible),
        activity.Status,
        activity.CurrentStatus is { } current ? StockholmTime.IsoDate(current.Date) : null,
        followUp.StatusHistory(activity),
        activity.Order,
        activity.Summary,
        text.OrNull(activity.Body),
        site.Graph.Get(site.Graph.DecisionsActingOn, activity.Id).Select(d => d.Id).ToList(),
        communicationByActivity.GetValueOrDefault(activity.Id) ?? []);

    public GoalData Goal(Goal goal) => new(
        goal.Id,
        GoalType,
        Url(goal),
        goal.Title,
        goal.ShortName,
        goal.Level,
        Domain.Goal.Levels.ToList().IndexOf(goal.Level),
        PublicIds.Of(site, goal.Parent),
        site.Graph.Get(site.Graph.ChildGoals, goal.Id).Select(g => g.Id).ToList(),
        PublicIds.Of(site, goal.Network),
        PublicIds.Of(site, goal.IntroducedIn),
        goal.Summary,
        text.OrNull(goal.Body),
        site.Graph.Get(site.Graph.ActivitiesByGoal, goal.Id).Select(a => a.Id).ToList(),
        site.Graph.Get(site.Graph.DecisionsActingOn, goal.Id).Select(d => d.Id).ToList());

    /// <summary>Organs first, then networks, then municipalities, each sorted by id.</summary>
    public IReadOnlyList<OrganizationData> Organizations() =>
        site.Organs.Select(o => Organization(o, "organ", o.ShortName) with { IcalUrl = baseUrl + "/" + IcsGenerator.OrganFile(o.Id) })
            .Concat(site.Networks.Select(n => Organization(n, "nätverk", n.ShortName) with { Active = n.Active, Goals = PublicIds.Of(site, n.Goals) }))
            .Concat(site.Municipalities.Select(m => Organization(m, "kommun", m.Name) with
            {
                Inhabitants = m.Inhabitants,
                InhabitantsDate = m.InhabitantsDate is { } d ? StockholmTime.IsoDate(d) : null,
            }))
            .ToList();

    private OrganizationData Organization(Entity entity, string classification, string? shortName) => new(
        entity.Id, OrganizationType, Url(entity), entity.Title, classification, shortName, entity.Summary, text.OrNull(entity.Body),
        null, null, null, null, null);

    private CalendarEntryData CalendarEntry(CalendarEntry entry, string planUrl)
    {
        // The calendar's own record of this meeting: the same UID as in the .ics, and the minutes once published.
        var uid = CalendarMeetings.Uid(entry.Organ, entry.Date);
        var organ = site.Find<Organ>(entry.Organ)?.Title ?? entry.Organ;
        return new CalendarEntryData(
            EventType,
            planUrl + "#kalendarium",
            entry.Note is { Length: > 0 } note ? $"{organ} – {note}" : organ,
            entry.Organ,
            StockholmTime.Iso(entry.Date, entry.Start),
            entry.End is { } end && entry.Start is not null ? StockholmTime.Iso(entry.EndDate ?? entry.Date, end)
                : entry.EndDate is { } last ? StockholmTime.IsoDate(last) : null,
            entry.Place,
            entry.Note,
            uid,
            minutesByUid.GetValueOrDefault(uid)?.Id);
    }

    private static Dictionary<string, Meeting?> ByUid(IReadOnlyList<CalendarMeeting> calendar)
    {
        var byUid = new Dictionary<string, Meeting?>(StringComparer.Ordinal);
        foreach (var meeting in calendar) byUid.TryAdd(meeting.Uid, meeting.Minutes);
        return byUid;
    }

    /// <summary>"vp-2024/presentationsmaterial-rufs" for each communication activity that names an activity, in the order of the plans.</summary>
    private static Dictionary<string, List<string>> CommunicationByActivity(LinkedSite site)
    {
        var byActivity = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var plan in site.Plans)
            foreach (var communication in plan.CommunicationActivities)
                foreach (var activity in communication.Activities.Distinct(StringComparer.Ordinal))
                {
                    if (!byActivity.TryGetValue(activity, out var ids)) byActivity[activity] = ids = [];
                    ids.Add(plan.Id + "/" + communication.LocalId);
                }
        return byActivity;
    }

    private BudgetData Budget(Budget budget, string planUrl) => new(
        planUrl + "#budget",
        "SEK",
        budget.FeePerInhabitant,
        budget.Inhabitants,
        budget.InhabitantsDate is { } d ? StockholmTime.IsoDate(d) : null,
        budget.Introduction?.Trim(),
        PublicIds.Of(site, budget.FeeDecisionOrgan),
        budget.FeeDecisionDate is { } f ? StockholmTime.IsoDate(f) : null,
        budget.Income.Select(Line).ToList(),
        budget.Costs.Select(Line).ToList(),
        budget.IncomeTotal,
        budget.CostTotal);

    private static BudgetLineData Line(BudgetLine line) => new(line.Item, line.Amount, line.Approximate, line.Note);

    private string Url(Entity entity) => baseUrl + UrlScheme.For(entity);
}
