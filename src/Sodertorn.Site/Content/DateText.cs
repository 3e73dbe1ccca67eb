using System.Globalization;

namespace Sodertorn.Site.Content;

/// <summary>What is wrong with a date as written, if anything.</summary>
public enum DateFault
{
    None,

    /// <summary>Not ÅÅÅÅ-MM-DD at all ("16 februari", "2024/02/16").</summary>
    Format,

    /// <summary>Of that form, but no such day (2024-02-30).</summary>
    NotInCalendar,

    /// <summary>A real day, in a year the site cannot show (<see cref="SiteYears"/>).</summary>
    OutsideYears,
}

/// <summary>A date as the content writes it, ÅÅÅÅ-MM-DD: one reading for front matter and for a decision's senast="…".</summary>
public static class DateText
{
    /// <param name="date">The day, when the fault is <see cref="DateFault.None"/> or <see cref="DateFault.OutsideYears"/>.</param>
    public static DateFault Read(string text, out DateOnly date)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            return SiteYears.Contains(date.Year) ? DateFault.None : DateFault.OutsideYears;
        var parts = text.Split('-');
        return parts.Length == 3 && parts[0].Length == 4 && parts.All(p => p.Length > 0 && p.All(char.IsAsciiDigit))
            ? DateFault.NotInCalendar
            : DateFault.Format;
    }
}
