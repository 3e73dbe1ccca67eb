using System.Globalization;
using System.Text.RegularExpressions;
using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Domain;
using Sodertorn.Site.Domain.Reading;

namespace Sodertorn.Site.Linking;

/// <summary>
/// What to write instead of a reference that names nothing. Many such references name a plan or minutes that exist
/// but are not published here (vp-2021, ssk-2023-03-16): for an id of that shape the advice shows the entry to add to
/// opublicerade.yml. "Menade du" never offers a document of another year or date: vp-2021 is not a typo of vp-2024,
/// it is another plan, and linking it to the wrong year's would publish a false link.
/// </summary>
public sealed partial class UnknownReferenceAdvice(IReadOnlyDictionary<string, string> organTitlesByMeetingPrefix)
{
    public static string UnpublishedFile => "input/" + UnpublishedReader.FileName;

    public static UnknownReferenceAdvice For(IEnumerable<Entity> entities) =>
        new(entities.OfType<Organ>().GroupBy(o => o.MeetingIdPrefix, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Title, StringComparer.Ordinal));

    public string Suggestion(string wrongId, IEnumerable<string> candidates, Func<string, string> describe)
    {
        var dated = DateIn(wrongId);
        var sameDate = dated is null ? candidates : candidates.Where(c => DateIn(c) is not { } other || other == dated);
        var hint = Suggestions.DidYouMean(wrongId, sameDate, describe);
        if (Declaration(wrongId) is not { } declaration)
            return hint ?? $"kontrollera stavningen, eller skriv in dokumentet i {UnpublishedFile} om det finns men inte publiceras här";
        var declare = $"skriv in det sist i {UnpublishedFile} med raderna {declaration}";
        return hint is null
            ? $"finns dokumentet men publiceras inte här, {declare}; rätta annars id:t"
            : $"{hint} Finns dokumentet men publiceras inte här, {declare}";
    }

    /// <summary>
    /// The entry for opublicerade.yml, its lines quoted, for an id shaped like a plan or minutes or a part of one
    /// ("lg-2023-02-11/budget": the part is declared, titled after its document); null for other ids.
    /// </summary>
    public string? Declaration(string id)
    {
        var slash = id.IndexOf('/');
        var document = slash < 0 ? id : id[..slash];
        var (title, kind, date) = DocumentOf(document);
        if (title is null) return null;
        return slash >= 0
            ? $"'- id: {id}' och '  titel: {title}, {id[(slash + 1)..]}'"
            : date is null
                ? $"'- id: {id}', '  titel: {title}' och '  typ: {kind}'"
                : $"'- id: {id}', '  titel: {title}', '  typ: {kind}' och '  datum: {date}'";
    }

    private (string? Title, string? Kind, string? Date) DocumentOf(string id)
    {
        if (PlanId().Match(id) is { Success: true } plan)
            return ($"Verksamhetsplan och budget {plan.Groups["year"].Value}", "verksamhetsplan", null);
        if (MeetingId().Match(id) is { Success: true } meeting
            && DateOnly.TryParseExact(meeting.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            var prefix = meeting.Groups["prefix"].Value;
            var organ = organTitlesByMeetingPrefix.TryGetValue(prefix, out var title) ? title : prefix.ToUpperInvariant();
            return ($"{organ} {SwedishDates.Long(date)}", "protokoll", meeting.Groups["date"].Value);
        }
        return (null, null, null);
    }

    /// <summary>The year or date an id is of ("vp-2024" → "2024", "lg-2023-02-10/punkt" → "2023-02-10"), or null.</summary>
    private static string? DateIn(string id) => DatePart().Match(id) is { Success: true } m ? m.Value : null;

    [GeneratedRegex(@"^vp-(?<year>(?:19|20)\d{2})$")]
    private static partial Regex PlanId();

    [GeneratedRegex(@"^(?<prefix>[a-z]+)-(?<date>\d{4}-\d{2}-\d{2})$")]
    private static partial Regex MeetingId();

    [GeneratedRegex(@"(?<![0-9])(?:19|20)\d{2}(?:-\d{2}){0,2}(?![0-9])")]
    private static partial Regex DatePart();
}
