using System.Globalization;
using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Calendar = Ical.Net.Calendar;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Calendars;

/// <summary>
/// The real content's calendar: VP 2024 lists 5 meetings of samarbetskommittén and 6 of ledningsgruppen.
/// Imported, the calendar must show exactly these in 2024, at the local times the plan gives.
/// </summary>
public sealed class RealCalendarTests
{
    /// <summary>
    /// VP 2024's calendar, with the instants worked out by hand: Sweden is on UTC+1 until 31 March 2024 and
    /// from 27 October 2024, UTC+2 in between. The two planning conferences have no time in the plan
    /// (<see cref="PlanningConferences"/>).
    /// </summary>
    public static TheoryData<string, string, string, string, string?> Meetings2024() => new()
    {
        { "ledningsgruppen", "2024-02-16T09:00", "2024-02-16T08:00Z", "2024-02-16T10:30Z", "StorSthlms lokaler" },
        { "samarbetskommitten", "2024-03-21T13:00", "2024-03-21T12:00Z", "2024-03-21T14:00Z", null },
        { "ledningsgruppen", "2024-04-19T09:00", "2024-04-19T07:00Z", "2024-04-19T09:30Z", "Huddinge kommunhus" },
        { "samarbetskommitten", "2024-05-02T13:00", "2024-05-02T11:00Z", "2024-05-02T13:00Z", null },
        { "ledningsgruppen", "2024-06-14T09:00", "2024-06-14T07:00Z", "2024-06-14T09:30Z", "StorSthlms lokaler" },
        { "samarbetskommitten", "2024-09-12T13:00", "2024-09-12T11:00Z", "2024-09-12T13:00Z", null },
        { "ledningsgruppen", "2024-10-04T09:00", "2024-10-04T07:00Z", "2024-10-04T09:30Z", "Huddinge kommunhus" },
        { "samarbetskommitten", "2024-11-07T13:00", "2024-11-07T12:00Z", "2024-11-07T14:00Z", null },
        { "ledningsgruppen", "2024-12-13T09:00", "2024-12-13T08:00Z", "2024-12-13T10:30Z", "Huddinge kommunhus" },
    };

    [Fact]
    public void The_calendar_of_all_meetings_has_exactly_the_eleven_meetings_of_2024()
    {
        var events = Events("kalender/alla.ics").Where(e => e.DtStart!.Year == 2024).ToList();
        Assert.Equal(11, events.Count);
        Assert.Equal(11, events.Select(e => e.Uid).Distinct().Count());
        Assert.Equal(5, events.Count(e => e.Uid!.StartsWith("samarbetskommitten-", StringComparison.Ordinal)));
        Assert.Equal(6, events.Count(e => e.Uid!.StartsWith("ledningsgruppen-", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Meetings2024))]
    public void Each_meeting_of_2024_is_at_its_local_time(string organ, string localStart, string utcStart, string utcEnd, string? place)
    {
        var uid = $"{organ}-{localStart[..10]}@sodertornskommunerna.se";
        foreach (var file in new[] { "kalender/alla.ics", $"kalender/{organ}.ics" })
        {
            var evt = Assert.Single(Events(file), e => e.Uid == uid);
            Assert.Equal("Europe/Stockholm", evt.DtStart!.TzId);
            Assert.Equal(DateTime.ParseExact(localStart, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture), evt.DtStart.Value);
            Assert.Equal(Utc(utcStart), evt.DtStart.AsUtc);
            Assert.Equal(Utc(utcEnd), evt.DtEnd!.AsUtc);
            Assert.Equal(place, evt.Location);
            Assert.StartsWith(organ == "ledningsgruppen" ? "Ledningsgruppen" : "Samarbetskommittén", evt.Summary, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Meetings2024))]
    public void The_files_own_time_zone_gives_the_same_instants(string organ, string localStart, string utcStart, string utcEnd, string? place)
    {
        _ = place;
        var lines = IcsCheck.Unfold(SharedSites.Real.Read("kalender/alla.ics"));
        var evt = IcsCheck.Components(lines, "VEVENT").Single(e => IcsCheck.Get(e, "UID") == $"{organ}-{localStart[..10]}@sodertornskommunerna.se");
        Assert.Equal(Utc(utcStart), IcsCheck.ToUtc(lines, IcsCheck.Local(IcsCheck.Get(evt, "DTSTART")!)));
        Assert.Equal(Utc(utcEnd), IcsCheck.ToUtc(lines, IcsCheck.Local(IcsCheck.Get(evt, "DTEND")!)));
    }

    /// <summary>
    /// "16 januari, planeringskonferens, Körunda, Nynäshamn (Obs tisdag)" and "29-30 augusti, planeringskonferens,
    /// plats ej bestämd": no time in the plan, so whole days, DTEND the day after the last (RFC 5545 3.6.1).
    /// </summary>
    public static TheoryData<string, string, string, string?> PlanningConferences() => new()
    {
        { "samarbetskommitten", "2024-01-16", "2024-01-17", "Körunda, Nynäshamn" },
        { "ledningsgruppen", "2024-08-29", "2024-08-31", null },
    };

    [Theory]
    [MemberData(nameof(PlanningConferences))]
    public void A_planning_conference_without_a_time_in_the_plan_is_whole_days(string organ, string first, string endExclusive, string? place)
    {
        var uid = $"{organ}-{first}@sodertornskommunerna.se";
        foreach (var file in new[] { "kalender/alla.ics", $"kalender/{organ}.ics" })
        {
            var evt = Assert.Single(Events(file), e => e.Uid == uid);
            Assert.False(evt.DtStart!.HasTime);
            Assert.Equal(DateOnly.Parse(first, CultureInfo.InvariantCulture), DateOnly.FromDateTime(evt.DtStart.Value));
            Assert.False(evt.DtEnd!.HasTime);
            Assert.Equal(DateOnly.Parse(endExclusive, CultureInfo.InvariantCulture), DateOnly.FromDateTime(evt.DtEnd.Value));
            Assert.Equal(place, evt.Location);
        }
    }

    [Fact]
    public void The_conference_of_two_days_is_two_whole_days()
    {
        foreach (var file in new[] { "kalender/alla.ics", "kalender/ledningsgruppen.ics", "kalender/mote/ledningsgruppen-2024-08-29.ics" })
        {
            var lines = IcsCheck.Unfold(SharedSites.Real.Read(file));
            var evt = IcsCheck.Components(lines, "VEVENT").Single(e => IcsCheck.Get(e, "UID") == "ledningsgruppen-2024-08-29@sodertornskommunerna.se");
            Assert.Contains(evt, l => l.Name == "DTSTART" && l.Value == "20240829" && l.Parameters.Contains("VALUE=DATE", StringComparison.Ordinal));
            // Exclusive: the event covers 29 and 30 August.
            Assert.Contains(evt, l => l.Name == "DTEND" && l.Value == "20240831" && l.Parameters.Contains("VALUE=DATE", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Each_meeting_has_a_file_of_its_own_linked_from_its_page()
    {
        var all = IcsCheck.Components(IcsCheck.Unfold(SharedSites.Real.Read("kalender/alla.ics")), "VEVENT");
        foreach (var meeting in SharedSites.RealLinked.Meetings)
        {
            var page = SharedSites.Real.Read($"protokoll/{meeting.Id}/index.html");
            Assert.Contains($"<a href=\"/kalender/mote/{meeting.Id}.ics\" type=\"text/calendar\">Lägg till i kalendern</a>", page, StringComparison.Ordinal);
            var own = Assert.Single(IcsCheck.Components(IcsCheck.Unfold(SharedSites.Real.Read($"kalender/mote/{meeting.Id}.ics")), "VEVENT"));
            var same = Assert.Single(all, e => IcsCheck.Get(e, "UID") == IcsCheck.Get(own, "UID"));
            Assert.Equal(same, own);
            Assert.Empty(IcsCheck.Problems(SharedSites.Real.Bytes($"kalender/mote/{meeting.Id}.ics")));
        }
        // The plan's calendar links each meeting it announces to its file.
        Assert.Contains("<a href=\"/kalender/mote/ledningsgruppen-2024-08-29.ics\" type=\"text/calendar\">Lägg till i kalendern", SharedSites.Real.Read("planer/vp-2024/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Subscribing_is_offered_in_plain_words_with_a_webcal_link()
    {
        var start = SharedSites.Real.Read("index.html");
        Assert.Contains("<a href=\"webcal://example.test/kalender/alla.ics\">Prenumerera på alla möten i din kalender</a>", start, StringComparison.Ordinal);
        Assert.DoesNotContain("iCal", start, StringComparison.Ordinal);
        Assert.Contains("<a href=\"webcal://example.test/kalender/ledningsgruppen.ics\">Prenumerera på mötena i din kalender</a>",
            SharedSites.Real.Read("organisation/ledningsgruppen/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_planning_conference_says_what_it_is_and_where()
    {
        var evt = Assert.Single(Events("kalender/alla.ics"), e => e.Uid == "samarbetskommitten-2024-01-16@sodertornskommunerna.se");
        Assert.Contains("planeringskonferens", evt.Summary, StringComparison.Ordinal);
        Assert.Equal("Körunda, Nynäshamn", evt.Location);
        Assert.Contains("Kalendarium: Verksamhetsplan och budget 2024, https://example.test/planer/vp-2024/#kalendarium", evt.Description);
    }

    [Fact]
    public void Past_meetings_come_from_the_published_minutes_with_their_links()
    {
        var held = Events("kalender/ledningsgruppen.ics").Where(e => e.Url is not null).Select(e => e.Url!.AbsolutePath).ToList();
        Assert.Equal(SharedSites.RealLinked.Meetings.Select(m => $"/protokoll/{m.Id}/"), held);
    }

    [Theory]
    [InlineData("kalender/alla.ics")]
    [InlineData("kalender/ledningsgruppen.ics")]
    [InlineData("kalender/samarbetskommitten.ics")]
    [InlineData("kalender/kansliet.ics")]
    public void Every_real_calendar_keeps_the_rfc_5545_line_rules(string file)
    {
        Assert.Empty(IcsCheck.Problems(File.ReadAllBytes(Path.Combine(SharedSites.Real.Output, file))));
    }

    private static DateTime Utc(string value) =>
        DateTime.ParseExact(value, "yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);

    private List<CalendarEvent> Events(string file)
    {
        var calendar = Calendar.Load(Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(SharedSites.Real.Output, file))));
        Assert.NotNull(calendar);
        return [.. calendar.Events];
    }
}
