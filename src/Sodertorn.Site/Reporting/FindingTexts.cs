using Sodertorn.Site.Diagnostics;

namespace Sodertorn.Site.Reporting;

/// <summary>
/// The words the report leads with for a reader who is not a developer: a short headline per code, and who acts on it.
/// The finding's own message and suggestion follow; the code stays in the small print. A code not listed here (a new
/// check) gets its severity's headline, so nothing waits on this table.
/// </summary>
public static class FindingTexts
{
    /// <summary>Warnings that describe a choice the authors made on purpose, declared in a data file.</summary>
    public static readonly IReadOnlyDictionary<string, string> Declared = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ref-unpublished"] = "input/data/opublicerade.yml",
    };

    private static readonly Dictionary<string, string> Headlines = new(StringComparer.Ordinal)
    {
        ["ref-unknown"] = "Hänvisning till något som inte finns",
        ["ref-kind"] = "Hänvisning till fel sorts dokument",
        ["ref-draft"] = "Hänvisning till ett utkast",
        ["ref-unpublished"] = "Hänvisning till ett dokument som inte publiceras här",
        ["link-broken"] = "Trasig länk",
        ["anchor-broken"] = "Länk till ett ställe som inte finns på sidan",
        ["anchor-duplicate"] = "Samma ankare två gånger på en sida",
        ["mailto-invalid"] = "Felaktig e-postadress i en länk",
        ["tel-invalid"] = "Felaktigt telefonnummer i en länk",
        ["external-broken"] = "Länk till en annan webbplats fungerar inte",
        ["minutes-missing"] = "Minnesanteckningar saknas för ett möte i kalendariet",
        ["goal-uncovered"] = "Ett mål saknar aktivitet i årets plan",
        ["activity-undecided"] = "En aktivitet saknar beslut",
        ["calendar-year"] = "Ett möte i kalendariet ligger utanför planens år",
        ["personnummer"] = "Ett personnummer i texten",
        ["placeholder-left"] = "Text från mallen står kvar",
        ["field-missing"] = "Ett obligatoriskt fält saknas",
        ["field-unknown"] = "Ett okänt fält",
        ["id-duplicate"] = "Samma id används två gånger",
        ["id-reserved"] = "Ett id som webbplatsen redan använder",
        ["date-impossible"] = "Ett datum som inte finns",
        ["yaml-syntax"] = "Skrivfel i uppgifterna överst i filen",
        ["file-failed"] = "En fil kunde inte läsas",
        [Acknowledgements.StaleCode] = "En kvittering som inte längre behövs",
        [Acknowledgements.NotANoteCode] = "En kvittering av något som måste rättas",
    };

    // The tools the build installs (search- for Pagefind, cms- for Decap CMS) are a developer's, as the theme is.
    private static readonly string[] DeveloperCodes = ["template-", "theme-", "search-", "cms-", "output-", "input-missing", "input-nothing", "external-cache"];

    public static string Headline(Diagnostic finding) =>
        Headlines.TryGetValue(finding.Code, out var headline) ? headline : finding.Severity switch
        {
            Severity.Error => "Fel som stoppar publiceringen",
            Severity.Warning => "Något att se över",
            _ => "Att känna till",
        };

    /// <summary>Theme, tooling and command problems are a developer's; everything in input/ is the kansli's.</summary>
    public static bool ForDeveloper(Diagnostic finding, string displayPath) =>
        displayPath.StartsWith("theme/", StringComparison.Ordinal) || displayPath.StartsWith('(')
        || DeveloperCodes.Any(c => finding.Code.StartsWith(c, StringComparison.Ordinal));
}
