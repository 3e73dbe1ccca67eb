using Sodertorn.Site.Domain;
using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Domain.Reading;
using Sodertorn.Site.Pipeline;
using Sodertorn.Site.Authoring.Scaffolding;

namespace Sodertorn.Site.Tests.Authoring.Scaffolding;

/// <summary>What the tests of 'new' need of a file it wrote: where its placeholders stand, and the file filled in.</summary>
internal static class ScaffoldedFile
{
    /// <summary>
    /// The 1-based lines of a new file that an author must still change: every line outside comments with "Skriv" or
    /// "skriv-" in it. Deliberately cruder than the build's check, so that the check is held to what an author sees.
    /// </summary>
    public static IReadOnlySet<int> UnfinishedLines(string text)
    {
        var lines = text.Split('\n');
        var bodyStart = Array.IndexOf(lines, "---", 1) + 1;
        var result = new SortedSet<int>();
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimStart();
            var comment = i < bodyStart ? line.StartsWith('#') : line.StartsWith("<!--", StringComparison.Ordinal);
            if (!comment && (line.Contains("Skriv", StringComparison.Ordinal) || line.Contains("skriv-", StringComparison.Ordinal)))
                result.Add(i + 1);
        }
        return result;
    }

    /// <summary>The lines the build reported as placeholder-left in one file (after checking each names a column).</summary>
    public static IReadOnlySet<int> ReportedLines(BuildResult result, string relativePath)
    {
        var reported = result.Diagnostics.Where(d => d.Code == PlaceholderCheck.Code && d.Location.File == relativePath).ToList();
        Assert.All(reported, d => Assert.Equal(Severity.Error, d.Severity));
        Assert.All(reported, d => Assert.True(d.Location.Column > 0, d.ToString()));
        Assert.All(reported, d => Assert.False(string.IsNullOrEmpty(d.Suggestion), d.ToString()));
        return new SortedSet<int>(reported.Select(d => d.Location.Line));
    }

    /// <summary>
    /// What an author might write in place of each placeholder; <paramref name="actsOn"/> is a real id of the site. The
    /// adjuster is the first person present, as the build requires (a site's members may be filled in already).
    /// </summary>
    public static string FillIn(string text, string actsOn)
    {
        var first = System.Text.RegularExpressions.Regex.Match(text, "^ *- namn: *\"?(?<name>[^\"\n]+)\"?$", System.Text.RegularExpressions.RegexOptions.Multiline);
        var adjuster = first.Success && first.Groups["name"].Value.Trim() != Placeholders.ParticipantName ? first.Groups["name"].Value.Trim() : "Anna Exempel";
        var answers = new Dictionary<string, string>
        {
            [Placeholders.ItemId] = "laddplatser-i-regionen",
            [Placeholders.DecisionId] = "kartan-godkanns",
            [Placeholders.ActsOn] = actsOn,
            [Placeholders.GoalId] = "klimat",
            [Placeholders.ParticipantName] = "Anna Exempel",
            [Placeholders.ParticipantOrganisation] = "Södertörnskommunerna",
            [Placeholders.Secretary] = "Bo Kansli",
            [Placeholders.Adjuster] = adjuster,
            [Placeholders.ActivityTitle] = "Inventera cykelparkeringar",
            [Placeholders.PageTitle] = "Kontaktuppgifter",
            [Placeholders.AdjusterChoice] = $"{adjuster} valdes att justera anteckningarna.",
            [Placeholders.ItemTitle] = "Laddplatser i regionen",
            [Placeholders.ItemText] = "Kansliet redovisar kartan över laddplatser.",
            [Placeholders.DecisionText] = "Kartan över laddplatser godkänns.",
            [Placeholders.OtherQuestions] = "Inga övriga frågor.",
            [Placeholders.NextMeeting] = "Ledningsgruppen träffas nästa gång i augusti.",
            [Placeholders.ActivityComment] = "Kartan tas fram tillsammans med kommunerna.",
            [Placeholders.PageText] = "Kansliet nås via kommunernas växlar.",
        };
        // Longest first: the secretary's placeholder begins with a participant's.
        foreach (var (placeholder, answer) in answers.OrderByDescending(a => a.Key.Length))
            text = text.Replace(placeholder, answer, StringComparison.Ordinal);
        return text;
    }
}
