using System.Globalization;
using System.Text.RegularExpressions;
using Sodertorn.Site.Domain;

namespace Sodertorn.Site.Authoring.Import;

/// <summary>A date, times and a place found in running Swedish text, with where the time part ended.</summary>
public sealed record TimeTextMatch(DateOnly? Date, TimeOnly? Start, TimeOnly? End, int EndIndex);

/// <summary>
/// Dates and times as minutes write them: "Fredagen den 10 februari 2023 kl 8.30-10.45",
/// "den 28 april kl 8.30-11.00 i Huddinge kommunhus", "2023-02-10", "kl. 13.00–15.00".
/// </summary>
public static partial class SwedishTimeText
{
    [GeneratedRegex(@"(?<day>\d{1,2})\s*(?:e|:e)?\s+(?<month>[a-zåäö]+)\.?(?:\s+(?<year>\d{4}))?", RegexOptions.IgnoreCase)]
    private static partial Regex WrittenDate();

    [GeneratedRegex(@"\b(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})\b")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\bkl(?:ockan)?\.?\s*(?<sh>\d{1,2})(?:[.:](?<sm>\d{2}))?(?:\s*(?:-|–|—|till)\s*(?:kl\.?\s*)?(?<eh>\d{1,2})(?:[.:](?<em>\d{2}))?)?", RegexOptions.IgnoreCase)]
    private static partial Regex Clock();

    [GeneratedRegex(@"\s(?:i|på)\s+(?<place>\p{Lu}[^.;]*)")]
    private static partial Regex Place();

    /// <summary>
    /// The first date in the text (with a year; or without one, in <paramref name="yearFrom"/>'s year, or the
    /// next year when that would not come after it) and the clock times after "kl".
    /// </summary>
    public static TimeTextMatch Find(string text, DateOnly? yearFrom = null)
    {
        var (date, dateEnd) = FindDate(text, yearFrom);
        var clock = Clock().Match(text);
        TimeOnly? start = null, end = null;
        if (clock.Success)
        {
            start = Time(clock.Groups["sh"].Value, clock.Groups["sm"].Value);
            end = clock.Groups["eh"].Success ? Time(clock.Groups["eh"].Value, clock.Groups["em"].Value) : null;
        }
        return new TimeTextMatch(date, start, end, Math.Max(dateEnd, clock.Success ? clock.Index + clock.Length : 0));
    }

    /// <summary>"… i Huddinge kommunhus." after the date and time → "Huddinge kommunhus".</summary>
    public static string? PlaceAfter(string text, int index)
    {
        var match = Place().Match(text, Math.Min(index, text.Length));
        return match.Success ? match.Groups["place"].Value.Trim().TrimEnd(',') : null;
    }

    private static (DateOnly? Date, int End) FindDate(string text, DateOnly? yearFrom)
    {
        var iso = IsoDate().Match(text);
        if (iso.Success && DateOnly.TryParseExact(iso.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var isoDate))
            return (isoDate, iso.Index + iso.Length);
        foreach (Match match in WrittenDate().Matches(text))
        {
            var month = MonthNumber(match.Groups["month"].Value);
            if (month is null) continue;
            var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
            int year;
            if (match.Groups["year"].Success) year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
            else if (yearFrom is { } from) year = new DateOnly(from.Year, month.Value, 1) < new DateOnly(from.Year, from.Month, 1) ? from.Year + 1 : from.Year;
            else continue;
            if (day >= 1 && day <= DateTime.DaysInMonth(year, month.Value))
                return (new DateOnly(year, month.Value, day), match.Index + match.Length);
        }
        return (null, 0);
    }

    private static int? MonthNumber(string word)
    {
        var lower = word.ToLowerInvariant();
        for (var month = 1; month <= 12; month++)
        {
            var name = SwedishDates.Month(month);
            // "feb", "sept" and the like are written too; three letters are enough to tell the months apart.
            if (lower == name || (lower.Length >= 3 && name.StartsWith(lower, StringComparison.Ordinal))) return month;
        }
        return null;
    }

    private static TimeOnly? Time(string hours, string minutes)
    {
        var h = int.Parse(hours, CultureInfo.InvariantCulture);
        var m = minutes.Length == 0 ? 0 : int.Parse(minutes, CultureInfo.InvariantCulture);
        return h is >= 0 and < 24 && m is >= 0 and < 60 ? new TimeOnly(h, m) : null;
    }
}
