using Sodertorn.Site.Domain;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using NodaTime;
using NodaTime.TimeZones;

namespace Sodertorn.Site.Calendars;

/// <summary>
/// The VTIMEZONE for Europe/Stockholm, built from NodaTime's time zone database for the years the
/// meetings span. Ical.Net's own VTimeZone.FromDateTimeZone reads the clock (it looks at transitions up to
/// "now"), which would let the calendar change between two builds of the same content.
/// </summary>
public static class TimeZoneComponent
{
    /// <summary>A VTIMEZONE valid for every day from January 1 of <paramref name="firstYear"/> through <paramref name="lastYear"/>.</summary>
    public static VTimeZone Create(int firstYear, int lastYear)
    {
        var zone = StockholmTime.Zone;
        // From a year earlier, so that the observance in force on January 1 has its onset in the file too.
        var start = Instant.FromUtc(firstYear - 1, 1, 1, 0, 0);
        var end = Instant.FromUtc(lastYear + 1, 1, 1, 0, 0);
        var intervals = zone.GetZoneIntervals(start, end).ToList();
        var transitions = intervals.Zip(intervals.Skip(1), (before, after) => new Transition(before, after)).ToList();

        var component = new VTimeZone(StockholmTime.ZoneId);
        if (transitions.Count == 0)
        {
            // A zone without changes in these years: one observance from the start.
            var only = intervals[0];
            component.AddChild(Observance(false, only.WallOffset, only.WallOffset, only.Name, start.InZone(zone).LocalDateTime));
            return component;
        }

        // One observance per kind of change. When every change of a kind falls on the last Sunday of the same
        // month at the same time (the EU rule Sweden follows), a yearly rule says it in one line; otherwise
        // each change is written out with its own start.
        foreach (var kind in transitions.GroupBy(t => (Daylight: t.After.Savings != Offset.Zero, From: t.Before.WallOffset, To: t.After.WallOffset, t.After.Name)))
        {
            var changes = kind.ToList();
            if (IsLastSundayRule(changes))
            {
                var observance = Observance(kind.Key.Daylight, kind.Key.From, kind.Key.To, kind.Key.Name, changes[0].LocalStart);
                var rule = new RecurrenceRule(FrequencyType.Yearly);
                rule.ByMonth.Add(changes[0].LocalStart.Month);
                rule.ByDay.Add(new WeekDay(DayOfWeek.Sunday, -1));
                observance.RecurrenceRule = rule;
                component.AddChild(observance);
            }
            else
            {
                foreach (var change in changes)
                    component.AddChild(Observance(kind.Key.Daylight, kind.Key.From, kind.Key.To, kind.Key.Name, change.LocalStart));
            }
        }
        return component;
    }

    private static bool IsLastSundayRule(IReadOnlyList<Transition> changes) =>
        changes.All(c =>
            c.LocalStart.DayOfWeek == IsoDayOfWeek.Sunday &&
            c.LocalStart.Day + 7 > CalendarSystem.Iso.GetDaysInMonth(c.LocalStart.Year, c.LocalStart.Month) &&
            c.LocalStart.Month == changes[0].LocalStart.Month &&
            c.LocalStart.TimeOfDay == changes[0].LocalStart.TimeOfDay) &&
        changes.Zip(changes.Skip(1), (a, b) => b.LocalStart.Year - a.LocalStart.Year).All(gap => gap == 1);

    private static VTimeZoneInfo Observance(bool daylight, Offset from, Offset to, string name, LocalDateTime localStart) => new(daylight ? "DAYLIGHT" : "STANDARD")
    {
        OffsetFrom = new UtcOffset(from.ToTimeSpan()),
        OffsetTo = new UtcOffset(to.ToTimeSpan()),
        TimeZoneName = name,
        // RFC 5545: the onset is the wall-clock time before the change, without a zone.
        Start = new CalDateTime(localStart.ToDateTimeUnspecified(), hasTime: true),
    };

    private sealed record Transition(ZoneInterval Before, ZoneInterval After)
    {
        public LocalDateTime LocalStart => After.Start.WithOffset(Before.WallOffset).LocalDateTime;
    }
}
