using System.Globalization;
using Sodertorn.Site.Domain;
using Sodertorn.Site.Linking;

namespace Sodertorn.Site.Calendars;

/// <summary>
/// One meeting of an organ as the calendar shows it: announced in a plan's calendar, recorded in published
/// minutes, or both. Minutes say what happened, so their time and place win over the plan's.
/// </summary>
public sealed record CalendarMeeting(
    string Organ,
    DateOnly Date,
    DateOnly? EndDate,
    TimeOnly? Start,
    TimeOnly? End,
    string? Place,
    string? Note,
    Meeting? Minutes,
    Plan? Plan,
    string Uid)
{
    public DateOnly LastDate => EndDate ?? Date;

    /// <summary>
    /// When this information last changed, as far as the data tells: the meeting day once minutes exist,
    /// otherwise the plan's date. Never the clock, so that two builds are byte-identical.
    /// </summary>
    public DateOnly Stamp => Minutes?.Date ?? Plan?.Date ?? new DateOnly(Plan?.Year ?? Date.Year, 1, 1);
}

/// <summary>Joins the two sources of meetings into one list with stable calendar UIDs.</summary>
public static class CalendarMeetings
{
    /// <summary>
    /// Not the site's address: that differs between a local build and the published site, and a UID must
    /// stay the same wherever the calendar is built.
    /// </summary>
    public const string UidDomain = "sodertornskommunerna.se";

    /// <summary>"ledningsgruppen-2024-02-16@sodertornskommunerna.se": organ and day, so publishing the minutes keeps it.</summary>
    public static string Uid(string organ, DateOnly date) =>
        $"{organ}-{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}@{UidDomain}";

    /// <summary>Every published meeting, sorted by day, time and organ.</summary>
    public static IReadOnlyList<CalendarMeeting> From(LinkedSite site)
    {
        // A later plan that repeats a meeting knows more about it than the earlier one (plans are sorted by year).
        var planned = site.Plans
            .SelectMany(plan => plan.Calendar.Select(entry => new Planned(plan, entry)))
            .GroupBy(x => (x.Entry.Organ, x.Entry.Date))
            .Select(g => g.Last())
            .ToList();
        var matched = new HashSet<(string, DateOnly)>();
        var result = new List<CalendarMeeting>();
        var days = new PlannedDays(planned);

        foreach (var minutes in site.Meetings.OrderBy(m => m.Date).ThenBy(m => m.Id, StringComparer.Ordinal))
        {
            var match = days.Find(minutes.Organ, minutes.Date);
            var entry = match?.Entry;
            var date = entry?.Date ?? minutes.Date;
            // Two sets of minutes of one organ on one day are two meetings; the second one's UID names its minutes.
            var uid = matched.Add((minutes.Organ, date))
                ? Uid(minutes.Organ, date)
                : $"{minutes.Organ}-{StockholmTime.IsoDate(date)}-{minutes.Id}@{UidDomain}";
            result.Add(new CalendarMeeting(
                minutes.Organ,
                date,
                entry?.EndDate,
                minutes.Start ?? entry?.Start,
                minutes.Start is null ? entry?.End : minutes.End,
                minutes.Place ?? entry?.Place,
                entry?.Note,
                minutes,
                match?.Plan,
                uid));
        }

        foreach (var (plan, entry) in planned.Where(p => !matched.Contains((p.Entry.Organ, p.Entry.Date))))
            result.Add(new CalendarMeeting(entry.Organ, entry.Date, entry.EndDate, entry.Start, entry.End, entry.Place, entry.Note,
                null, plan, Uid(entry.Organ, entry.Date)));

        return result
            .OrderBy(m => m.Date)
            .ThenBy(m => m.Start ?? TimeOnly.MinValue)
            .ThenBy(m => m.Organ, StringComparer.Ordinal)
            .ThenBy(m => m.Uid, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// The planned meeting that minutes of an organ's day belong to: minutes of the second day of a two-day meeting
    /// belong to the meeting the plan announced, and where announced meetings overlap the first one listed wins.
    /// Looked up by day instead of searched for among every plan, since a site keeps every year's minutes and plans;
    /// only meetings of several days, which are few, are searched.
    /// </summary>
    private sealed class PlannedDays
    {
        private readonly List<Planned> planned;
        private readonly Dictionary<(string Organ, DateOnly Day), int> oneDay = [];
        private readonly List<int> severalDays = [];

        public PlannedDays(List<Planned> planned)
        {
            this.planned = planned;
            for (var i = 0; i < planned.Count; i++)
            {
                var entry = planned[i].Entry;
                var last = entry.EndDate ?? entry.Date;
                if (last == entry.Date) oneDay.TryAdd((entry.Organ, entry.Date), i);
                else if (last > entry.Date) severalDays.Add(i);
            }
        }

        public Planned? Find(string organ, DateOnly day)
        {
            var found = oneDay.TryGetValue((organ, day), out var i) ? i : int.MaxValue;
            foreach (var j in severalDays)
            {
                var entry = planned[j].Entry;
                if (j < found && entry.Organ == organ && entry.Date <= day && day <= entry.EndDate) found = j;
            }
            return found == int.MaxValue ? null : planned[found];
        }
    }

    private sealed record Planned(Plan Plan, CalendarEntry Entry);
}
