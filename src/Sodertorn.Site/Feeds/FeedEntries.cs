using Sodertorn.Site.Domain;
using Sodertorn.Site.Linking;

namespace Sodertorn.Site.Feeds;

/// <summary>
/// What the feeds say about each published document. Reads only the linked site, which holds no drafts,
/// so an unpublished document can never become an entry.
/// </summary>
public sealed class FeedEntries(LinkedSite site)
{
    private readonly Markdown.PlainText plainText = new(site.Index.PublicTitle);

    /// <summary>
    /// A feed carries what is new, not the archive: readers fetch it often, and the archive pages and the
    /// open data hold everything. Counted in entries; the decisions feed has room for a few meetings' worth.
    /// </summary>
    public const int MaxEntries = 50;

    public const int MaxDecisionEntries = 200;

    /// <summary>Minutes and plans, newest first (at most <see cref="MaxEntries"/>); equal dates in address order.</summary>
    public IReadOnlyList<FeedEntry> Everything() =>
        Newest(site.Meetings.Select(m => new Candidate(m.Date, UrlScheme.For(m), () => Minutes(m)))
            .Concat(site.Plans.Select(p => new Candidate(PlanDate(p), UrlScheme.For(p), () => Plan(p)))));

    public IReadOnlyList<FeedEntry> MinutesOf(string organId) =>
        Newest(site.Graph.Get(site.Graph.MeetingsByOrgan, organId).Select(m => new Candidate(m.Date, UrlScheme.For(m), () => Minutes(m))));

    /// <summary>One entry per decision: meetings newest first, and within a meeting in the order of the minutes.</summary>
    public IReadOnlyList<FeedEntry> Decisions() =>
        site.Meetings
            .OrderByDescending(m => m.Date).ThenBy(m => m.Id, StringComparer.Ordinal)
            .SelectMany(m => m.AgendaItems.SelectMany(item => item.Decisions.Select(d => (m, item, d))))
            .Take(MaxDecisionEntries)
            .Select(x => Decision(x.m, x.item, x.d))
            .ToList();

    public static FeedEntry Minutes(Meeting meeting) =>
        new(UrlScheme.For(meeting), meeting.Title, meeting.Summary ?? MinutesSummary(meeting), meeting.Date);

    public static FeedEntry Plan(Plan plan) =>
        new(UrlScheme.For(plan), plan.Title, plan.Summary ?? $"Verksamhetsplan och budget för {plan.Year}.", PlanDate(plan));

    /// <summary>A plan without a date on the document counts from the start of its year.</summary>
    private static DateOnly PlanDate(Plan plan) => plan.Date ?? new DateOnly(plan.Year, 1, 1);

    public FeedEntry Decision(Meeting meeting, AgendaItem item, Decision decision) =>
        new(UrlScheme.For(meeting) + "#" + decision.LocalId,
            $"Beslut: {meeting.Title}, punkt {item.NumberOrTitle}",
            PlainText(decision.Text),
            meeting.Date);

    /// <summary>
    /// The text as readers of the page see it (link texts, and an xref link's title when its text is empty)
    /// on one line, since the summary is plain text. The same conversion as the open data's.
    /// </summary>
    public string PlainText(string markdownText) => plainText.OneLine(markdownText);

    private static string MinutesSummary(Meeting meeting)
    {
        var decisions = meeting.AgendaItems.Sum(i => i.Decisions.Count);
        var agenda = string.Join(", ", meeting.AgendaItems.Select(i => i.Label));
        return agenda.Length == 0
            ? $"Minnesanteckningar med {decisions} beslut."
            : $"Minnesanteckningar med {decisions} beslut. Dagordning: {agenda}.";
    }

    /// <summary>A document that may become an entry: sorted by its date and address, the entry written only if it is among the newest.</summary>
    private sealed record Candidate(DateOnly Date, string Url, Func<FeedEntry> Entry);

    /// <summary>
    /// Newest first, equal dates in address order. Only the entries shown are made: a summary lists the agenda, and
    /// a site keeps every year's minutes.
    /// </summary>
    private static List<FeedEntry> Newest(IEnumerable<Candidate> candidates) =>
        candidates.OrderByDescending(c => c.Date).ThenBy(c => c.Url, StringComparer.Ordinal).Take(MaxEntries).Select(c => c.Entry()).ToList();
}
