namespace Sodertorn.Site.Domain;

/// <summary>
/// Swedish date words, written out here rather than taken from ICU so that output is identical on every
/// machine (the build runs with invariant globalization).
/// </summary>
public static class SwedishDates
{
    private static readonly string[] Months =
        ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];

    private static readonly string[] Weekdays = ["söndag", "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag"];

    /// <summary>"10 februari 2023".</summary>
    public static string Long(DateOnly date) => $"{date.Day} {Months[date.Month - 1]} {date.Year}";

    /// <summary>"fredag 10 februari 2023".</summary>
    public static string WithWeekday(DateOnly date) => $"{Weekdays[(int)date.DayOfWeek]} {Long(date)}";

    public static string Month(int month) => Months[month - 1];

    /// <summary>"08.30", the way Swedish minutes write times.</summary>
    public static string Time(TimeOnly time) => time.ToString("HH'.'mm", System.Globalization.CultureInfo.InvariantCulture);

    public static string? TimeRange(TimeOnly? start, TimeOnly? end) => (start, end) switch
    {
        ({ } s, { } e) => $"kl. {Time(s)}–{Time(e)}",
        ({ } s, null) => $"kl. {Time(s)}",
        _ => null,
    };
}
