using Sodertorn.Site.Domain;
using Sodertorn.Site.Linking;
using Sodertorn.Site.Markdown;

namespace Sodertorn.Site.OpenData;

/// <summary>One step of an assignment's history: given, reported back, completed or withdrawn, and by which block.</summary>
public sealed record AssignmentStepData(string Status, string Date, string By, string Url);

/// <summary>
/// An assignment as uppdrag.json gives it: where it was given, by whom to whom, its deadline and its derived status with
/// the steps that led there. Its id is the block's (a decision with an owner is also in beslut.json under the same id).
/// </summary>
public sealed record TrackedAssignmentData(
    string Id,
    string Type,
    string Url,
    string ListUrl,
    string Meeting,
    string AgendaItem,
    string Organization,
    string Date,
    string Kind,
    string Owner,
    IReadOnlyList<string> Municipalities,
    string Text,
    string? Deadline,
    string Status,
    IReadOnlyList<AssignmentStepData> StatusHistory);

/// <summary>An activity's status report, as aktiviteter.json lists them, oldest first.</summary>
public sealed record StatusReportData(string Status, string Date, string? Comment, string Url);

/// <summary>
/// The follow-up in the open data: every assignment with its status history (uppdrag.json), and the status words the
/// data uses, which are those of the pages in lower case. Whether an assignment is overdue is left to the reader, who
/// knows the day they read it: a deadline before that day and a status neither "slutfört" nor "återkallat".
/// </summary>
public sealed class FollowUpMapper(LinkedSite site, string baseUrl)
{
    private readonly PlainText text = new(site.Index.PublicTitle);

    public const string AssignmentType = MeetingMapper.AssignmentType;

    public IEnumerable<TrackedAssignmentData> Assignments() => site.Graph.Assignments.All.Select(Assignment);

    public TrackedAssignmentData Assignment(TrackedAssignment assignment)
    {
        var given = assignment.Given;
        var url = Url(given);
        var steps = new List<AssignmentStepData> { new("givet", StockholmTime.IsoDate(given.Meeting.Date), given.Id, url) };
        steps.AddRange(assignment.History.Select(h => new AssignmentStepData(FollowUpWords.Word(h.Kind), StockholmTime.IsoDate(h.Date), h.By.Id, Url(h.By))));
        return new TrackedAssignmentData(
            assignment.Id,
            AssignmentType,
            url,
            baseUrl + UrlScheme.AssignmentInList(given.Meeting.Date.Year, assignment.Id),
            given.Meeting.Id,
            given.Meeting.Id + "/" + given.Item.LocalId,
            given.Meeting.Organ,
            StockholmTime.IsoDate(given.Meeting.Date),
            given.IsDecision ? "beslut" : "uppdrag",
            assignment.Owner,
            assignment.Municipalities,
            text.Of(given.Block.Text),
            assignment.Deadline is { } d ? StockholmTime.IsoDate(d) : null,
            FollowUpWords.Word(assignment.Status),
            steps);
    }

    public IReadOnlyList<StatusReportData> StatusHistory(Activity activity) =>
        activity.StatusHistory.Select(r => new StatusReportData(r.Status, StockholmTime.IsoDate(r.Date), r.Comment,
            baseUrl + UrlScheme.For(activity) + "#" + r.Anchor)).ToList();

    private string Url(BlockInMeeting block) => baseUrl + block.Url;
}
