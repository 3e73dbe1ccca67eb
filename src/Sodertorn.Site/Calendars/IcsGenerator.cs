using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Sodertorn.Site.Domain;
using Sodertorn.Site.Linking;
using Sodertorn.Site.Output;
using Sodertorn.Site.Rendering;

namespace Sodertorn.Site.Calendars;

/// <summary>
/// The meeting calendars (RFC 5545): /kalender/alla.ics with every meeting and /kalender/&lt;organ-id&gt;.ics
/// per organ, so that people can subscribe to the meetings they follow.
/// </summary>
public sealed class IcsGenerator : IOutputGenerator
{
    public const string AllFile = "kalender/alla.ics";

    /// <summary>Fixed, without a version number, so that upgrading a package does not change every calendar.</summary>
    public const string ProductId = "-//Södertörnskommunerna//Mötesskalender//SV";

    public static string OrganFile(string organId) => $"kalender/{organId}.ics";

    public IEnumerable<OutputFile> Generate(GeneratorContext context)
    {
        var site = context.Site;
        var meetings = CalendarMeetings.From(site);
        var baseUrl = context.Options.BaseUrl.TrimEnd('/');
        yield return new OutputFile(AllFile, Write($"{SiteRenderer.SiteName} – alla möten", meetings, meetings, site, baseUrl));
        foreach (var organ in site.Organs)
            yield return new OutputFile(OrganFile(organ.Id),
                Write($"{SiteRenderer.SiteName} – {organ.Title}", meetings.Where(m => m.Organ == organ.Id).ToList(), meetings, site, baseUrl));
    }

    /// <param name="all">Every meeting: the time zone covers all their years, so every file carries the same VTIMEZONE.</param>
    public static string Write(string name, IReadOnlyList<CalendarMeeting> meetings, IReadOnlyList<CalendarMeeting> all, LinkedSite site, string baseUrl)
    {
        var calendar = new Calendar { ProductId = ProductId };
        calendar.AddProperty("X-WR-CALNAME", name);
        calendar.AddProperty("NAME", name);
        // How often a subscribing program should fetch the file again (Outlook, Apple).
        calendar.AddProperty("X-PUBLISHED-TTL", "P1D");
        // Without meetings there is no year to cover; a calendar of no meetings needs no time zone.
        if (all.Count > 0)
            calendar.AddTimeZone(TimeZoneComponent.Create(all.Min(m => m.Date.Year), all.Max(m => m.LastDate.Year)));
        foreach (var meeting in meetings)
            calendar.Events.Add(Event(meeting, site, baseUrl));

        var text = new CalendarSerializer().SerializeToString(calendar) ?? "";
        return text.EndsWith("\r\n", StringComparison.Ordinal) ? text : text + "\r\n";
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
        if (meeting.Start is { } start)
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

        var description = new List<string>();
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
