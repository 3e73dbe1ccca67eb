using Sodertorn.Site.Markdown;
using Sodertorn.Site.Calendars;
using Sodertorn.Site.Domain;
using Sodertorn.Site.Linking;

namespace Sodertorn.Site.OpenData;

/// <summary>Meetings with published minutes as OParl Meetings, with their agenda items, decisions and assignments.</summary>
public sealed class MeetingMapper(LinkedSite site, string baseUrl, IReadOnlyList<CalendarMeeting> calendar)
{
    private readonly PlainText text = new(site.Index.PublicTitle);

    // Each meeting's UID from the calendar, looked up once per meeting rather than searched for among all of them.
    private readonly Dictionary<Meeting, string> uids = calendar
        .Where(c => c.Minutes is not null)
        .ToDictionary<CalendarMeeting, Meeting, string>(c => c.Minutes!, c => c.Uid, ReferenceEqualityComparer.Instance);

    public const string MeetingType = "oparl:Meeting";
    public const string AgendaItemType = "oparl:AgendaItem";
    public const string MotionType = "popolo:Motion";
    public const string MembershipType = "popolo:Membership";
    public const string AssignmentType = "sodertorn:Assignment";

    /// <summary>Popolo's value for a motion that passed: every decision in the minutes was taken.</summary>
    public const string Passed = "pass";

    public MeetingData Meeting(Meeting meeting)
    {
        var url = Url(meeting);
        var uid = uids.GetValueOrDefault(meeting) ?? CalendarMeetings.Uid(meeting.Organ, meeting.Date);
        return new MeetingData(
            meeting.Id,
            MeetingType,
            url,
            meeting.Title,
            meeting.Organ,
            StockholmTime.Iso(meeting.Date, meeting.Start),
            meeting.End is { } end && meeting.Start is not null ? StockholmTime.Iso(meeting.Date, end) : null,
            meeting.Place,
            Form(meeting.Form),
            uid,
            meeting.Secretary,
            meeting.Adjusters,
            Memberships(meeting.Participants, "deltagare", url + "#motets-deltagare"),
            Memberships(meeting.Absentees, "frånvarande", url + "#motets-franvarande"),
            Memberships(meeting.Guests, "övrig deltagare", url + "#motets-ovriga-deltagare"),
            meeting.Next is { } next
                ? new NextMeetingData(
                    next.Date is { } d ? StockholmTime.Iso(d, next.Start) : null,
                    next.Date is { } e && next.Start is not null && next.End is { } t ? StockholmTime.Iso(e, t) : null,
                    next.Place,
                    next.Text)
                : null,
            meeting.AgendaItems.Select((item, index) => AgendaItem(meeting, item, index + 1)).ToList());
    }

    /// <summary>Every decision of every meeting, in the order they were taken; mapped one at a time as the file is written.</summary>
    public IEnumerable<MotionData> Decisions() =>
        site.Meetings.SelectMany(m => m.AgendaItems.SelectMany(i => i.Decisions.Select(d => Motion(m, i, d))));

    private AgendaItemData AgendaItem(Meeting meeting, AgendaItem item, int order) => new(
        meeting.Id + "/" + item.LocalId,
        AgendaItemType,
        Url(meeting) + "#" + item.LocalId,
        meeting.Id,
        order,
        item.Number,
        item.Title,
        item.Decisions.Select(d => Motion(meeting, item, d)).ToList(),
        item.Assignments.Select(a => new AssignmentData(
            meeting.Id + "/" + a.LocalId,
            AssignmentType,
            Url(meeting) + "#" + a.LocalId,
            meeting.Id,
            meeting.Id + "/" + item.LocalId,
            a.Owner,
            text.Of(a.Text))).ToList());

    private MotionData Motion(Meeting meeting, AgendaItem item, Decision decision) => new(
        meeting.Id + "/" + decision.LocalId,
        MotionType,
        Url(meeting) + "#" + decision.LocalId,
        meeting.Id,
        meeting.Id + "/" + item.LocalId,
        meeting.Organ,
        StockholmTime.IsoDate(meeting.Date),
        text.Of(decision.Text),
        Passed,
        PublicIds.Of(site, decision.ActsOn),
        decision.Owner);

    private static List<MembershipData> Memberships(IReadOnlyList<Participant> people, string role, string url) =>
        people.Select(p => new MembershipData(MembershipType, url, p.Name, role, p.Municipality, p.Organisation, p.Note)).ToList();

    /// <summary>The words the minutes use in front matter (mötesform).</summary>
    private static string? Form(MeetingForm? form) => form switch
    {
        MeetingForm.InPerson => "fysiskt",
        MeetingForm.Digital => "digitalt",
        MeetingForm.Hybrid => "hybrid",
        _ => null,
    };

    private string Url(Entity entity) => baseUrl + UrlScheme.For(entity);
}
