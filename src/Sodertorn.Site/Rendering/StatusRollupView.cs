using Sodertorn.Site.Domain;
using Sodertorn.Site.Linking;

namespace Sodertorn.Site.Rendering;

/// <summary>
/// One status of a roll-up as a bar: its word, "3 av 10" in text, and its length as one of a fixed set of classes
/// (andel-0 … andel-100 in steps of 5, theme/assets/site.css), since the site's CSP allows no inline style.
/// </summary>
public sealed record StatusBar(string Label, int Count, int Total, string StatusClass, string ShareClass)
{
    public string Text => $"{Count} av {Total}";
}

/// <summary>A year's roll-up: each status's bar, the same as segments of one bar, and a sentence with the numbers.</summary>
public sealed record YearRollupView(int Year, int Total, IReadOnlyList<StatusBar> Bars, IReadOnlyList<StatusBar> Segments, string Summary);

/// <summary>Turns roll-ups (Linking/StatusRollup) into what the status partial shows.</summary>
public static class StatusRollupView
{
    /// <summary>Bar lengths are rounded to steps of this many percent: one class per step.</summary>
    public const int Step = 5;

    private const int Units = 100 / Step;

    /// <summary>A status said of several activities: "3 genomförda", "10 ej angivna" ("pågår" is a verb, and stays).</summary>
    private static readonly IReadOnlyDictionary<string, string> Plural = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ej påbörjad"] = "ej påbörjade",
        ["pågår"] = "pågår",
        ["genomförd"] = "genomförda",
        ["senarelagd"] = "senarelagda",
        ["avbruten"] = "avbrutna",
        [Activity.NoStatus] = "ej angivna",
    };

    public static IReadOnlyList<YearRollupView> Of(IReadOnlyList<YearRollup> years) => years.Select(Of).ToList();

    public static YearRollupView Of(YearRollup year)
    {
        var bars = year.Counts.Select(c => new StatusBar(Capitalized(c.Status), c.Count, year.Total, CssClass(c.Status), Share(c.Count, year.Total))).ToList();
        var present = year.Counts.Where(c => c.Count > 0).ToList();
        var units = Apportion(present.Select(c => c.Count).ToList());
        var segments = present.Select((c, i) => new StatusBar(Capitalized(c.Status), c.Count, year.Total, CssClass(c.Status), $"andel-{units[i] * Step}")).ToList();
        var words = string.Join(", ", present.Select(c => $"{c.Count} {(c.Count == 1 ? c.Status : Plural.GetValueOrDefault(c.Status, c.Status))}"));
        var summary = year.Total == 0
            ? "inga aktiviteter"
            : $"{year.Total} {(year.Total == 1 ? "aktivitet" : "aktiviteter")}: {words}";
        return new YearRollupView(year.Year, year.Total, bars, segments, summary);
    }

    /// <summary>"status-ej-paborjad": a class per status word, ASCII like every class of the theme.</summary>
    public static string CssClass(string status) => "status-" + Content.Identifier.Suggest(status);

    public static string Capitalized(string status) => char.ToUpperInvariant(status[0]) + status[1..];

    private static string Share(int count, int total) =>
        $"andel-{(total == 0 ? 0 : (int)Math.Round(count * (double)Units / total, MidpointRounding.AwayFromZero)) * Step}";

    /// <summary>
    /// Whole steps for the segments of one bar that add up to the whole bar (largest remainders), each present status at
    /// least one step where the steps allow, so that no segment the text counts is invisible.
    /// </summary>
    private static int[] Apportion(IReadOnlyList<int> counts)
    {
        var total = counts.Sum();
        if (total == 0) return new int[counts.Count];
        var exact = counts.Select(c => c * (double)Units / total).ToArray();
        var units = exact.Select(e => Math.Max(1, (int)Math.Floor(e))).ToArray();
        var left = Units - units.Sum();
        foreach (var i in Enumerable.Range(0, counts.Count).OrderByDescending(i => exact[i] - Math.Floor(exact[i])).ThenBy(i => i))
        {
            if (left <= 0) break;
            units[i]++;
            left--;
        }
        // More statuses than steps would allow: take from the largest until the bar is whole.
        while (left < 0)
        {
            var largest = Array.IndexOf(units, units.Max());
            units[largest]--;
            left++;
        }
        return units;
    }
}
