using System.Globalization;
using NodaTime;

namespace Sodertorn.Site.Domain;

/// <summary>
/// Meeting times are written as Swedish wall-clock times. They are turned into instants with NodaTime's
/// built-in time zone database, never the machine's, so every machine writes the same offsets.
/// </summary>
public static class StockholmTime
{
    public const string ZoneId = "Europe/Stockholm";

    public static DateTimeZone Zone { get; } = DateTimeZoneProviders.Tzdb[ZoneId];

    public static DateTimeOffset At(DateOnly date, TimeOnly time) =>
        new LocalDateTime(date.Year, date.Month, date.Day, time.Hour, time.Minute).InZoneLeniently(Zone).ToDateTimeOffset();

    /// <summary>ISO 8601: "2024-02-16T09:00:00+01:00" with a time, "2024-02-16" for a day whose time is not known.</summary>
    public static string Iso(DateOnly date, TimeOnly? time) =>
        time is { } t
            ? At(date, t).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)
            : IsoDate(date);

    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
