using Sodertorn.Site.Domain;
using Sodertorn.Site.Domain.Reading;

namespace Sodertorn.Site.Cms;

/// <summary>
/// The editor's fields for each kind of document: one per front-matter key the build's readers accept
/// (Domain/Reading/*Reader.cs), with Swedish labels and hints. Lists of allowed values come from the domain itself
/// (meeting forms, activity statuses, goal levels); tests compare every field with what the readers accept.
/// </summary>
public static class CmsFields
{
    public const string IdPattern = Content.Identifier.PatternText;

    // Collections that relation fields look ids up in (CmsConfig names them so).
    public const string Organs = "organ";
    public const string Municipalities = "kommuner";
    public const string Goals = "mal";
    public const string Networks = "natverk";

    public static YamlMap Hidden(string name, string value) => new() { { "name", name }, { "widget", "hidden" }, { "default", value } };

    public static YamlMap Id(string example) => Field("id", "Id", "string", $"Permanent adress och namn i länkar: små bokstäver a–z, siffror och bindestreck, t.ex. {example}. Ändra inte efter publicering.", required: true, pattern: true);

    public static YamlMap Field(string name, string label, string widget, string? hint = null, bool required = false, bool pattern = false)
    {
        var field = new YamlMap { { "name", name }, { "label", label }, { "widget", widget } };
        if (!required) field.Add("required", false);
        field.Add("hint", hint);
        if (pattern) field.Add("pattern", new object[] { IdPattern, "Minst två tecken: bara små bokstäver a–z, siffror och enkla bindestreck" });
        return field;
    }

    public static YamlMap Text(string name, string label, string? hint = null, bool required = false) => Field(name, label, "string", hint, required);

    /// <summary>An id typed in: checked against the build's rule for ids as the author types.</summary>
    public static YamlMap IdText(string name, string label, string? hint = null, bool required = false) => Field(name, label, "string", hint, required, pattern: true);

    public static YamlMap LongText(string name, string label, string? hint = null) => Field(name, label, "text", hint);

    /// <summary>A date written as 2024-02-16 (the build reads ÅÅÅÅ-MM-DD).</summary>
    public static YamlMap Date(string name, string label, string? hint = null, bool required = false)
    {
        var field = Field(name, label, "datetime", hint ?? "ÅÅÅÅ-MM-DD", required);
        field.Add("format", "YYYY-MM-DD");
        field.Add("date_format", "YYYY-MM-DD");
        field.Add("time_format", false);
        field.Add("picker_utc", true);
        field.Add("default", "");
        return field;
    }

    /// <summary>A clock time written as "08:30".</summary>
    public static YamlMap Time(string name, string label)
    {
        var field = Field(name, label, "datetime", "Klockslag, TT:MM, t.ex. 08:30");
        field.Add("format", "HH:mm");
        field.Add("date_format", false);
        field.Add("time_format", "HH:mm");
        field.Add("picker_utc", true);
        field.Add("default", "");
        return field;
    }

    /// <summary>A whole number, typed only within the range the build reads (<see cref="Content.NumberRanges"/>).</summary>
    public static YamlMap Number(string name, string label, Content.NumberRange range, string? hint = null, bool required = false)
    {
        var field = Field(name, label, "number", hint, required);
        field.Add("value_type", "int");
        field.Add("min", range.Min);
        field.Add("max", range.Max);
        return field;
    }

    public static YamlMap Flag(string name, string label, string hint)
    {
        var field = Field(name, label, "boolean", hint);
        return field;
    }

    public static YamlMap Select(string name, string label, IEnumerable<string> options, string? hint = null, bool required = false)
    {
        var field = Field(name, label, "select", hint, required);
        field.Add("options", options.Cast<object>().ToList());
        return field;
    }

    /// <summary>The id of an existing document of a collection, chosen by its title.</summary>
    public static YamlMap Relation(string name, string label, string collection, string? hint = null, bool required = false, bool multiple = false)
    {
        var field = Field(name, label, "relation", hint, required);
        field.Add("collection", collection);
        field.Add("value_field", "id");
        field.Add("search_fields", new object[] { "titel", "id" });
        field.Add("display_fields", new object[] { "titel" });
        if (multiple) field.Add("multiple", true);
        return field;
    }

    public static YamlMap List(string name, string label, string? hint, params YamlMap[] fields)
    {
        var field = Field(name, label, "list", hint);
        if (fields.Length > 0)
        {
            field.Add("summary", "{{fields." + fields[0]["name"] + "}}");
            field.Add("fields", fields.Cast<object>().ToList());
        }
        return field;
    }

    public static YamlMap Group(string name, string label, string? hint, params YamlMap[] fields)
    {
        var field = Field(name, label, "object", hint);
        field.Add("collapsed", true);
        field.Add("fields", fields.Cast<object>().ToList());
        return field;
    }

    public static YamlMap Body(string hint) =>
        new()
        {
            { "name", "body" }, { "label", "Text" }, { "widget", "markdown" }, { "required", false }, { "hint", hint },
            { "modes", new object[] { "rich_text", "raw" } },
            // No first-level heading: the title is the page's one main heading, and the build refuses a second
            // (Domain/Reading/HeadingMarks). Inline code and the two lowest levels have no use on this site.
            { "buttons", new object[] { "bold", "italic", "strikethrough", "link", "heading-two", "heading-three", "heading-four", "quote", "bulleted-list", "numbered-list" } },
            { "editor_components", new object[] { "beslut", "uppdrag", "xref" } },
        };

    /// <summary>Fields every document has (EntityReader): what it is, its id and title, draft, summary.</summary>
    public static IEnumerable<YamlMap> Common(string kind, string idExample, bool titleRequired = true) =>
    [
        Hidden("typ", kind),
        Id(idExample),
        Text("titel", "Titel", titleRequired ? null : "Lämna tom: rubriken blir organets namn och datumet, t.ex. Ledningsgruppen 16 februari 2024.", titleRequired),
        Flag("utkast", "Utkast", "Ett utkast publiceras inte."),
        LongText("sammanfattning", "Sammanfattning", "En mening som visas i listor och sökträffar."),
    ];

    /// <summary>A person in deltagare, frånvarande or övriga (MinutesReader.ReadPeople).</summary>
    public static YamlMap People(string name, string label, string? hint) =>
        List(name, label, hint,
            Text("namn", "Namn", required: true),
            Relation("kommun", "Kommun", Municipalities, "Kommunen personen företräder; lämna tom och fyll i organisation för andra."),
            Text("organisation", "Organisation", "T.ex. Södertörnskommunerna eller Trafikverket, när personen inte företräder en kommun."),
            Text("not", "Not", "T.ex. ordförande, digitalt, till ca kl 10, endast punkt 2."));

    public static IEnumerable<YamlMap> Minutes(string organ, string idExample) =>
    [
        .. Common("protokoll", idExample, titleRequired: false),
        With(Relation("organ", "Organ", Organs, "Vilket organ som möttes.", required: true), "default", organ),
        Date("datum", "Datum", "Mötets datum, ÅÅÅÅ-MM-DD.", required: true),
        Time("start", "Starttid"),
        Time("slut", "Sluttid"),
        Text("plats", "Plats", "En lokal, \"digitalt via Teams\" eller båda."),
        Select("mötesform", "Mötesform", MinutesReader.Forms),
        People("deltagare", "Deltagare", "En rad per person, med kommun eller organisation."),
        People("frånvarande", "Frånvarande", null),
        People("övriga", "Övriga deltagare", "Gäster och föredragande."),
        Text("sekreterare", "Vid anteckningarna", "Den som skrev minnesanteckningarna."),
        List("justerare", "Justerare", "Den eller de som justerar anteckningarna."),
        Group("nästa_möte", "Nästa möte", "Fyll i om anteckningarna nämner nästa möte.",
            Date("datum", "Datum"), Time("start", "Starttid"), Time("slut", "Sluttid"), Text("plats", "Plats"),
            LongText("text", "Text", "Fritext när källan säger mer.")),
        Body("Varje dagordningspunkt är en rubrik (nivå 2) som slutar med ett id, t.ex. ## 2. Val av justerare {#val-av-justerare}. Beslut och uppdrag läggs in med knappen + (Beslut, Uppdrag)."),
    ];

    public static IEnumerable<YamlMap> Activity(string plan, string idExample) =>
    [
        .. Common("aktivitet", idExample),
        Hidden("plan", plan),
        Relation("mål", "Mål", Goals, "Målet i SUP 2040 som aktiviteten bidrar till.", required: true),
        Relation("ansvar", "Ansvar", Networks, "Nätverket som ansvarar."),
        List("status", "Status", "En rad per lägesrapport, med datum; den senaste är aktivitetens status.",
            Date("datum", "Datum", required: true), Select("status", "Status", Domain.Activity.Statuses, required: true),
            Text("kommentar", "Kommentar", "Vad som har hänt, kort.")),
        Number("ordning", "Ordning", Content.NumberRanges.Position, "Plats i planens lista (1, 2, 3 …)."),
        List("beslut", "Beslut", "Id för beslut som har ändrat aktiviteten, t.ex. lg-2024-02-16/rufs-yttrande."),
        Body("Planens kommentar till aktiviteten."),
    ];

    public static IEnumerable<YamlMap> Goal() =>
    [
        .. Common("mål", "omstallning"),
        Text("kortnamn", "Kortnamn", "T.ex. Omställning."),
        Select("nivå", "Nivå", Domain.Goal.Levels, required: true),
        Relation("förälder", "Överordnat mål", Goals, "Målet ovanför; tomt bara för visionen."),
        Relation("nätverk", "Nätverk", Networks, "Nätverket som ansvarar för målet."),
        IdText("infört_i", "Infört i", "Id för planen eller programmet som införde målet, t.ex. vp-2024."),
        Body("Målets text ur programmet."),
    ];

    public static IEnumerable<YamlMap> Network() =>
    [
        .. Common("nätverk", "klimatnatverket"),
        Text("kortnamn", "Kortnamn", "T.ex. Klimatnätverket."),
        Relation("mål", "Mål", Goals, "Målen nätverket ansvarar för.", multiple: true),
        Flag("aktivt", "Aktivt", "Stäng av för nätverk som har upphört."),
        Body("Om nätverket."),
    ];

    public static IEnumerable<YamlMap> Organ() =>
    [
        .. Common("organ", "ledningsgruppen"),
        Text("kortnamn", "Kortnamn", "T.ex. LG."),
        Body("Om organet."),
    ];

    public static IEnumerable<YamlMap> Municipality() =>
    [
        .. Common("kommun", "botkyrka"),
        Text("namn", "Namn", "Kommunens namn, t.ex. Botkyrka.", required: true),
        Number("invånare", "Invånare", Content.NumberRanges.Population, "Bara där en källa anger antalet."),
        Date("invånare_datum", "Invånare per datum"),
        Body("Om kommunen."),
    ];

    public static IEnumerable<YamlMap> Page() =>
    [
        .. Common("sida", "kontakt"),
        Body("Sidans text. Länka till andra sidor, möten och beslut med knappen + (Länk till id)."),
    ];

    public static YamlMap With(YamlMap map, string key, object value)
    {
        map.Add(key, value);
        return map;
    }
}
