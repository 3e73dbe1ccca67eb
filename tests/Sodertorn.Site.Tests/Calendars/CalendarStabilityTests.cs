using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Sodertorn.Site.Pipeline;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Calendars;

/// <summary>
/// Calendars across builds: a meeting keeps its UID from plan to minutes. (Same input, same bytes: the whole output is
/// compared in FixtureSiteTests.Two_builds_of_the_same_input_are_byte_identical.)
/// </summary>
public sealed class CalendarStabilityTests
{
    // Minutes of the meeting the fixture's plan announces for 15 February 2030, held a little later than planned.
    private const string MinutesOfPlannedMeeting = """
        ---
        typ: protokoll
        id: lg-2030-02-15
        organ: ledningsgruppen
        datum: 2030-02-15
        start: "09:15"
        slut: "11:00"
        plats: Exempelby kommunhus, lokal Eken
        mötesform: fysiskt
        deltagare:
          - namn: Anna Exempel
            kommun: exempelby
        sekreterare: Bo Kansli
        justerare: [Anna Exempel]
        ---
        ## 1. Laddplatser {#laddplatser}

        Bo Kansli redovisar läget.
        """;

    [Fact]
    public void Publishing_the_minutes_of_a_planned_meeting_keeps_its_uid_and_adds_its_link()
    {
        using var site = TempSite.CopyOf("valid");
        Assert.True(site.Build().Succeeded);
        var before = Events(site);

        site.Write("protokoll/lg-2030-02-15.md", MinutesOfPlannedMeeting);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var after = Events(site);

        Assert.Equal(before.Select(e => e.Uid), after.Select(e => e.Uid));
        var planned = before.Single(e => e.Uid == "ledningsgruppen-2030-02-15@sodertornskommunerna.se");
        var held = after.Single(e => e.Uid == planned.Uid);
        Assert.Null(planned.Url);
        Assert.Equal(new Uri("https://example.test/protokoll/lg-2030-02-15/"), held.Url);
        Assert.Contains("Minnesanteckningar: https://example.test/protokoll/lg-2030-02-15/", held.Description);
        // The minutes say what happened: their time and place replace the plan's.
        Assert.Equal(new DateTime(2030, 2, 15, 8, 15, 0, DateTimeKind.Utc), held.DtStart!.AsUtc);
        Assert.Equal("Exempelby kommunhus, lokal Eken", held.Location);
        // A later stamp tells subscribers that the event changed.
        Assert.True(held.DtStamp!.AsUtc > planned.DtStamp!.AsUtc);
    }

    [Fact]
    public void A_meeting_without_a_time_is_an_all_day_event_over_all_its_days()
    {
        using var site = TempSite.CopyOf("valid");
        site.Write("planer/2031/verksamhetsplan.md", """
            ---
            typ: verksamhetsplan
            id: vp-2031
            titel: Verksamhetsplan och budget 2031
            år: 2031
            kalendarium:
              - organ: samarbetskommitten
                datum: 2031-08-28
                slut_datum: 2031-08-29
                plats: Körunda, Nynäshamn
                not: planeringskonferens
            ---
            Planen för 2031.
            """);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var bytes = File.ReadAllBytes(Path.Combine(site.Output, "kalender", "samarbetskommitten.ics"));
        Assert.Empty(IcsCheck.Problems(bytes));
        var evt = IcsCheck.Components(IcsCheck.Unfold(Encoding.UTF8.GetString(bytes)), "VEVENT").Single();
        Assert.Equal("samarbetskommitten-2031-08-28@sodertornskommunerna.se", IcsCheck.Get(evt, "UID"));
        Assert.Equal("Samarbetskommittén – planeringskonferens", IcsCheck.Text(IcsCheck.Get(evt, "SUMMARY")!));
        // DTEND of an all-day event is exclusive: the day after the last day.
        Assert.Equal(new IcsLine("DTSTART", "VALUE=DATE", "20310828"), evt.Single(l => l.Name == "DTSTART"));
        Assert.Equal(new IcsLine("DTEND", "VALUE=DATE", "20310830"), evt.Single(l => l.Name == "DTEND"));
        Assert.Equal("20310101T000000Z", IcsCheck.Get(evt, "DTSTAMP"));
    }

    [Fact]
    public void Minutes_of_the_second_day_of_a_planned_two_day_meeting_complete_that_meeting()
    {
        using var site = TempSite.CopyOf("valid");
        site.Write("planer/2031/verksamhetsplan.md", """
            ---
            typ: verksamhetsplan
            id: vp-2031
            titel: Verksamhetsplan och budget 2031
            år: 2031
            kalendarium:
              - organ: samarbetskommitten
                datum: 2031-08-28
                slut_datum: 2031-08-29
                not: planeringskonferens
              - organ: samarbetskommitten
                datum: 2031-08-29
            ---
            Planen för 2031.
            """);
        site.Write("protokoll/ssk-2031-08-29.md", MinutesOfPlannedMeeting
            .Replace("lg-2030-02-15", "ssk-2031-08-29", StringComparison.Ordinal)
            .Replace("organ: ledningsgruppen", "organ: samarbetskommitten", StringComparison.Ordinal)
            .Replace("2030-02-15", "2031-08-29", StringComparison.Ordinal));
        // After the meeting, whose minutes are written.
        var result = new BuildPipeline(site.Options() with { Today = new DateOnly(2031, 9, 1) }).Run();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        // The conference announced first has the day: its event gets the minutes; the other announcement stays as planned.
        var events = Events(site).Where(e => e.Uid!.StartsWith("samarbetskommitten-2031-", StringComparison.Ordinal)).ToList();
        Assert.Equal(["samarbetskommitten-2031-08-28@sodertornskommunerna.se", "samarbetskommitten-2031-08-29@sodertornskommunerna.se"],
            events.Select(e => e.Uid).Order(StringComparer.Ordinal));
        var conference = events.Single(e => e.Uid == "samarbetskommitten-2031-08-28@sodertornskommunerna.se");
        Assert.Equal(new Uri("https://example.test/protokoll/ssk-2031-08-29/"), conference.Url);
        Assert.Null(events.Single(e => e.Uid == "samarbetskommitten-2031-08-29@sodertornskommunerna.se").Url);
    }

    [Fact]
    public void Draft_minutes_leave_the_planned_meeting_without_a_link()
    {
        using var site = TempSite.CopyOf("valid");
        site.Write("protokoll/lg-2030-02-15.md", MinutesOfPlannedMeeting.Replace("typ: protokoll", "typ: protokoll\nutkast: true", StringComparison.Ordinal));
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var text = File.ReadAllText(Path.Combine(site.Output, "kalender", "alla.ics"));
        Assert.DoesNotContain("lg-2030-02-15", text);
        Assert.DoesNotContain("lokal Eken", text);
        Assert.Contains("UID:ledningsgruppen-2030-02-15@sodertornskommunerna.se", text);
    }

    private static List<CalendarEvent> Events(TempSite site)
    {
        var calendar = Calendar.Load(File.ReadAllText(Path.Combine(site.Output, "kalender", "alla.ics")));
        Assert.NotNull(calendar);
        return [.. calendar.Events];
    }
}
