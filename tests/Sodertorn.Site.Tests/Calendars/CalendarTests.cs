using Sodertorn.Site.Domain;
using System.Text;
using Ical.Net;
using Sodertorn.Site.Calendars;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Calendars;

/// <summary>The .ics files of the valid fixture: valid RFC 5545 read by two readers, with the meetings the content gives.</summary>
public sealed class CalendarTests
{
    private static SharedSite Built => SharedSites.Valid;

    public static TheoryData<string> Files() => new() { "kalender/alla.ics", "kalender/ledningsgruppen.ics", "kalender/samarbetskommitten.ics" };

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_calendar_keeps_the_rfc_5545_line_rules(string file)
    {
        Assert.Empty(IcsCheck.Problems(Built.Bytes(file)));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_calendar_parses_with_ical_net_and_has_a_fixed_product_id(string file)
    {
        var calendar = Calendar.Load(Encoding.UTF8.GetString(Built.Bytes(file)));
        Assert.NotNull(calendar);
        Assert.Equal(IcsGenerator.ProductId, calendar.ProductId);
        Assert.Equal("2.0", calendar.Version);
        Assert.Equal(StockholmTime.ZoneId, Assert.Single(calendar.TimeZones).TzId);
    }

    [Fact]
    public void The_plan_meeting_and_the_minutes_meeting_are_two_events_in_stockholm_time()
    {
        var calendar = Load("kalender/alla.ics");
        Assert.Equal(
            ["ledningsgruppen-2030-02-15@sodertornskommunerna.se", "ledningsgruppen-2030-03-01@sodertornskommunerna.se"],
            calendar.Events.Select(e => e.Uid));

        var planned = calendar.Events.First();
        Assert.Equal("Ledningsgruppen", planned.Summary);
        Assert.Equal("Exempelby kommunhus", planned.Location);
        Assert.Equal(StockholmTime.ZoneId, planned.DtStart!.TzId);
        Assert.Equal(new DateTime(2030, 2, 15, 8, 0, 0, DateTimeKind.Utc), planned.DtStart.AsUtc);
        Assert.Equal(new DateTime(2030, 2, 15, 10, 30, 0, DateTimeKind.Utc), planned.DtEnd!.AsUtc);
        Assert.Null(planned.Url);

        var held = calendar.Events.Last();
        Assert.Equal(new DateTime(2030, 3, 1, 7, 30, 0, DateTimeKind.Utc), held.DtStart!.AsUtc);
        Assert.Equal(new Uri("https://example.test/protokoll/lg-2030-03-01/"), held.Url);
        Assert.Contains("Minnesanteckningar: https://example.test/protokoll/lg-2030-03-01/", held.Description);
    }

    [Fact]
    public void The_time_zone_in_the_file_gives_the_same_instants_as_ical_net()
    {
        var text = Encoding.UTF8.GetString(Built.Bytes("kalender/alla.ics"));
        var lines = IcsCheck.Unfold(text);
        var calendar = Load("kalender/alla.ics");
        foreach (var (evt, parsed) in IcsCheck.Components(lines, "VEVENT").Zip(calendar.Events))
        {
            var start = Assert.Single(evt, l => l.Name == "DTSTART");
            Assert.Equal("TZID=Europe/Stockholm", start.Parameters);
            Assert.Equal(parsed.DtStart!.AsUtc, IcsCheck.ToUtc(lines, IcsCheck.Local(start.Value)));
        }
    }

    [Fact]
    public void Stamps_come_from_the_data_not_from_the_clock()
    {
        var events = IcsCheck.Components(IcsCheck.Unfold(Encoding.UTF8.GetString(Built.Bytes("kalender/alla.ics"))), "VEVENT");
        // The plan is dated 15 January 2030; the minutes are of 1 March 2030.
        Assert.Equal(["20300115T000000Z", "20300301T000000Z"], events.Select(e => IcsCheck.Get(e, "DTSTAMP")));
    }

    [Fact]
    public void Each_organ_has_its_own_calendar_with_only_its_meetings()
    {
        var files = Directory.GetFiles(Path.Combine(Built.Output, "kalender")).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(["alla.ics", "ledningsgruppen.ics", "samarbetskommitten.ics"], files);
        Assert.Equal(2, Load("kalender/ledningsgruppen.ics").Events.Count);
        // An organ without meetings still has a valid file to subscribe to.
        Assert.Empty(Load("kalender/samarbetskommitten.ics").Events);
    }

    [Fact]
    public void Pages_link_to_the_calendars()
    {
        Assert.Contains("href=\"/kalender/alla.ics\"", Built.Read("index.html"));
        Assert.Contains("href=\"/kalender/ledningsgruppen.ics\"", Built.Read("organisation/ledningsgruppen/index.html"));
    }

    private Calendar Load(string file)
    {
        var calendar = Calendar.Load(Encoding.UTF8.GetString(Built.Bytes(file)));
        Assert.NotNull(calendar);
        return calendar;
    }
}
