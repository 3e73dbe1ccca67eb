using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Sodertorn.Site.Domain;
using Sodertorn.Site.Linking;
using Sodertorn.Site.Output;

namespace Sodertorn.Site.Calendars;

/// <summary>
/// The meeting calendars (RFC 5545): /kalender/alla.ics with every meeting and /kalender/&lt;organ-id&gt;.ics
/// per organ, so that people can subscribe to the meetings they follow, and one file per meeting to add that meeting
/// alone (Linking/UrlScheme.MeetingCalendar: by its minutes' id, and by organ and day when a plan announces it).
/// </summary>
public sealed class IcsGenerator : IOutputGenerator
{
    public const string Folder = "kalender";
    public const string AllFile = Folder + "/alla.ics";

    /// <summary>Fixed, without a version number, so that upgrading a package does not change every calendar.</summary>
    public const string ProductId = "-//Södertörnskommunerna//Mötesskalender//SV";

    private const string End = "END:VCALENDAR\r\n";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static string OrganFile(string organId) => $"{Folder}/{organId}.ics";

    public string Root => Folder;

    /// <summary>alla.ics: an organ with that id would overwrite the calendar of every meeting.</summary>
    public IEnumerable<string> SiteWideNames => [Path.GetFileNameWithoutExtension(AllFile)];

    public IEnumerable<OutputFile> Generate(GeneratorContext context)
    {
        var site = context.Site;
        var meetings = CalendarMeetings.From(site);
        var baseUrl = context.BaseUrl.TrimEnd('/');
        // Every meeting is in two files, alla.ics and its organ's: each event is built and serialized once, and
        // kept as UTF-8 (a few hundred bytes a meeting) instead of as Ical.Net objects for each file. EventSerializer
        // is what Ical.Net's calendar serializer uses for its events: the same folded lines, each ending in CRLF.
        var serializer = new EventSerializer();
        var events = meetings.Select(m => (m.Organ, Bytes: Utf8.GetBytes(serializer.SerializeToString(Event(m, site, baseUrl)) ?? ""), Meeting: m)).ToList();
        yield return File(AllFile, $"{Publisher.Name} – alla möten", meetings, events.Select(e => e.Bytes));
        var byOrgan = events.ToLookup(e => e.Organ, e => e.Bytes, StringComparer.Ordinal);
        foreach (var organ in site.Organs)
            yield return File(OrganFile(organ.Id), $"{Publisher.Name} – {organ.Title}", meetings, byOrgan[organ.Id]);
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, bytes, meeting) in events)
        {
            var organ = site.Find<Organ>(meeting.Organ)?.Title ?? meeting.Organ;
            var name = $"{Publisher.Name} – {organ} {SwedishDates.Long(meeting.Date)}";
            // The first meeting of a key has its file: two sets of minutes of one announced meeting share the plan's.
            if (meeting.Minutes is { } minutes && written.Add(minutes.Id))
                yield return File(UrlScheme.MeetingCalendar(minutes.Id).TrimStart('/'), name, [meeting], [bytes]);
            if (meeting.Plan is not null && written.Add(UrlScheme.PlannedMeetingKey(meeting.Organ, meeting.Date)))
                yield return File(UrlScheme.MeetingCalendar(UrlScheme.PlannedMeetingKey(meeting.Organ, meeting.Date)).TrimStart('/'), name, [meeting], [bytes]);
        }
    }

    /// <summary>The file streamed from the serialized events, so that no calendar is held whole as text.</summary>
    /// <param name="meetings">The file's meetings (every meeting for the whole and per-organ calendars, one for a meeting's
    /// own file): its VTIMEZONE covers their years.</param>
    private static OutputFile File(string path, string name, IReadOnlyList<CalendarMeeting> meetings, IEnumerable<byte[]> events) =>
        OutputFile.Streamed(path, stream =>
        {
            stream.Write(Utf8.GetBytes(Head(name, meetings)));
            foreach (var evt in events) stream.Write(evt);
            stream.Write(Utf8.GetBytes(End));
        });

    /// <summary>
    /// Everything before the events: Ical.Net serializes a calendar's children in order, the time zone first and
    /// then the events, so the calendar without events, less its last line, is the file up to the first event.
    /// </summary>
    private static string Head(string name, IReadOnlyList<CalendarMeeting> meetings)
    {
        var calendar = new Calendar { ProductId = ProductId };
        calendar.AddProperty("X-WR-CALNAME", name);
        calendar.AddProperty("NAME", name);
        // How often a subscribing program should fetch the file again (Outlook, Apple).
        calendar.AddProperty("X-PUBLISHED-TTL", "P1D");
        // Without meetings there is no year to cover; a calendar of no meetings needs no time zone.
        if (meetings.Count > 0)
            calendar.AddTimeZone(TimeZoneComponent.Create(meetings.Min(m => m.Date.Year), meetings.Max(m => m.LastDate.Year)));
        var text = new CalendarSerializer().SerializeToString(calendar) ?? "";
        if (!text.EndsWith(End, StringComparison.Ordinal))
            throw new InvalidOperationException($"Ical.Net no longer ends a calendar with {End.TrimEnd()}");
        return text[..^End.Length];
    }

    private static CalendarEvent Event(CalendarMeeting meeting, LinkedSite site, string baseUrl)
    {
        var organ = site.Find<Organ>(meeting.Organ)?.Title ?? meeting.Organ;
        var evt = new CalendarEvent
        {
            Uid = meeting.Uid,
            Summary = meeting.Note is { Length: > 0 } note ? $"{organ} – {note}" : organ,
            Location = meeting.Place,
            DtStamp = new CalDateTime(meeting.Stamp.Year, meeting.Stamp.Month, meeting.Stamp.Day, 0, 0, 0, "UTC"),
        };
        var description = new List<string>();
        if (meeting.LastDate > meeting.Date)
        {
            // A meeting of several days is those days (all day, DTEND the day after the last, exclusive), not one event
            // running through the nights; the times the plan gives for its first and last day are said in words.
            evt.DtStart = new CalDateTime(meeting.Date);
            evt.DtEnd = new CalDateTime(meeting.LastDate.AddDays(1));
            if (meeting.Start is { } first) description.Add($"Börjar {SwedishDates.Long(meeting.Date)} kl. {SwedishDates.Time(first)}.");
            if (meeting.End is { } last) description.Add($"Slutar {SwedishDates.Long(meeting.LastDate)} kl. {SwedishDates.Time(last)}.");
        }
        else if (meeting.Start is { } start)
        {
            evt.DtStart = new CalDateTime(meeting.Date, start, StockholmTime.ZoneId);
            // A known start without a known end is an event of no length (RFC 5545 3.6.1), not a guess.
            if (meeting.End is { } end) evt.DtEnd = new CalDateTime(meeting.LastDate, end, StockholmTime.ZoneId);
        }
        else
        {
            // All day: DTEND is the day after the last day (exclusive), so 29–30 August ends on 31 August.
            evt.DtStart = new CalDateTime(meeting.Date);
            evt.DtEnd = new CalDateTime(meeting.LastDate.AddDays(1));
        }

        if (meeting.Minutes is { } minutes)
        {
            var url = baseUrl + UrlScheme.For(minutes);
            evt.Url = new Uri(url);
            description.Add($"Minnesanteckningar: {url}");
        }
        if (meeting.Plan is { } plan)
            description.Add($"Kalendarium: {plan.Title}, {baseUrl}{UrlScheme.For(plan)}#kalendarium");
        if (description.Count > 0) evt.Description = string.Join("\n", description);
        return evt;
    }
}
