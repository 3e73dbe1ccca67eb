namespace Sodertorn.Site.Domain;

/// <summary>A text 'new' writes for the author to replace: what it stands for, and what to write instead (Swedish).</summary>
/// <param name="Stands">What belongs where the placeholder stands, to complete "… står kvar där {Stands} ska stå".</param>
public sealed record Placeholder(string Text, string Stands, string Write);

/// <summary>
/// Every placeholder that 'new protokoll', 'new aktivitet' and 'new sida' write, in one place: the templates write
/// these constants and the build's check (Domain/Reading/PlaceholderCheck) looks for exactly these texts, so the
/// two cannot drift apart, and prose that merely contains "skriv" is never mistaken for a placeholder.
/// The guidance the templates write as comments (front matter '#' lines, HTML comments) is not published and
/// holds none of these texts.
/// </summary>
public static class Placeholders
{
    // Identifiers: valid ids, so that a new file parses, and so obviously unfinished that none could be meant.
    public const string ItemId = "skriv-eget-id";
    public const string DecisionId = "skriv-beslutets-id";
    public const string ActsOn = "skriv-id-som-beslutet-avser";
    public const string GoalId = "skriv-malets-id";

    // Front matter values.
    public const string ParticipantName = "Skriv namnet";
    public const string ParticipantOrganisation = "Skriv kommun eller organisation";
    public const string Secretary = "Skriv namnet på den som förde anteckningarna";
    public const string Adjuster = "Skriv justerarens namn";
    public const string ActivityTitle = "Skriv aktivitetens titel";
    public const string PageTitle = "Skriv sidans titel";

    // Body text.
    public const string AdjusterChoice = "Skriv vem som valdes till justerare.";
    public const string ItemTitle = "Skriv punktens rubrik";
    public const string ItemText = "Skriv vad som sades under punkten.";
    public const string DecisionText = "Skriv beslutet här, utan ordet \"Beslut:\".";
    public const string OtherQuestions = "Skriv övriga frågor, eller \"Inga övriga frågor.\"";
    public const string NextMeeting = "Skriv när och var nästa möte är.";
    public const string ActivityComment = "Skriv planens kommentar till aktiviteten.";
    public const string PageText = "Skriv sidans text här.";

    private const string RemoveExample = "eller ta bort hela exempelbeslutet, från raden '::: beslut' till och med raden ':::'";

    /// <summary>Every placeholder. One may begin with another (the secretary's with a participant's): the check takes the longest.</summary>
    public static IReadOnlyList<Placeholder> All { get; } =
    [
        new(ItemId, "dagordningspunktens id", "byt det mot ett eget id som beskriver punkten, t.ex. {#budget-2025}"),
        new(DecisionId, "beslutets id", $"byt det mot ett eget id som beskriver beslutet, t.ex. {{#budget-2025-godkanns}}, {RemoveExample}"),
        new(ActsOn, "id för det som beslutet avser",
            "skriv id för planen, aktiviteten eller målet som beslutet gäller, t.ex. avser=\"vp-2024\", eller ta bort avser=\"…\" om beslutet inte gäller något sådant"),
        new(GoalId, "aktivitetens mål", "skriv id för målet som aktiviteten bidrar till (se input/mal/), t.ex. 'mål: omstallning'"),
        new(Secretary, "sekreteraren", "skriv namnet på den som förde anteckningarna, t.ex. 'sekreterare: Anna Andersson'"),
        new(ParticipantName, "en deltagares namn", "skriv deltagarens namn, t.ex. '- namn: Anna Andersson'"),
        new(ParticipantOrganisation, "deltagarens kommun eller organisation",
            "skriv 'kommun: <kommunens id>' (t.ex. 'kommun: huddinge') eller organisationens namn (t.ex. 'organisation: Region Stockholm')"),
        new(Adjuster, "justeraren", "skriv justerarens namn, t.ex. 'justerare: [Anna Andersson]'"),
        new(ActivityTitle, "aktivitetens titel", "skriv aktivitetens titel som den står i planen"),
        new(PageTitle, "sidans titel", "skriv sidans rubrik, t.ex. 'titel: Kontakt'"),
        new(AdjusterChoice, "texten om val av justerare", "skriv vem som valdes, t.ex. 'Anna Andersson valdes att justera anteckningarna.'"),
        new(ItemTitle, "punktens rubrik", "skriv rubriken som i dagordningen, t.ex. '## 2. Budget 2025 {#budget-2025}'"),
        new(ItemText, "punktens text", "skriv vad som sades under punkten"),
        new(DecisionText, "beslutets text", $"skriv beslutet som det fattades, {RemoveExample}"),
        new(OtherQuestions, "övriga frågor", "skriv vad som togs upp, eller 'Inga övriga frågor.'"),
        new(NextMeeting, "nästa möte", "skriv när och var, t.ex. 'Ledningsgruppen träffas nästa gång fredag 19 april 2024 kl. 9.00–11.30.'"),
        new(ActivityComment, "aktivitetens kommentar", "skriv planens kommentar till aktiviteten"),
        new(PageText, "sidans text", "skriv sidans text"),
    ];

    /// <summary>Every placeholder's text, for one search of a text for all of them.</summary>
    public static readonly System.Buffers.SearchValues<string> Texts =
        System.Buffers.SearchValues.Create(All.Select(p => p.Text).ToArray(), StringComparison.Ordinal);

    /// <summary>Whether a text holds a placeholder (the check reports it; other checks of the same value need not).</summary>
    public static bool In(string text) => text.AsSpan().ContainsAny(Texts);

    /// <summary>Whether an id is one of the placeholder ids (a reference to it is reported as a placeholder, not as pointing at nothing).</summary>
    public static bool IsId(string id) => id is ItemId or DecisionId or ActsOn or GoalId;
}
