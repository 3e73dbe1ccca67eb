using Sodertorn.Site.Content;
using static Sodertorn.Site.Cms.CmsFields;

namespace Sodertorn.Site.Cms;

/// <summary>The editor's fields for a yearly plan (Domain/Reading/PlanReader.cs): facts, calendar, budget, annex.</summary>
public static class CmsPlanFields
{
    public static IEnumerable<YamlMap> Plan() =>
    [
        .. Common("verksamhetsplan", "vp-2025"),
        Number("år", "År", NumberRanges.Year, "Planens år, t.ex. 2025.", required: true),
        Date("datum", "Datum", "Datumet på dokumentet."),
        Relation("beslutad_av", "Beslutad av", Organs, "Organet som antar planen."),
        List("beslut", "Beslut", "Id för besluten som antog planen, t.ex. ssk-2025-01-20/vp-2025-antas."),
        List("ordförande", "Ordförande", "Organisationen för året, en mening per rad."),
        List("kalendarium", "Kalendarium", "Årets möten.",
            Relation("organ", "Organ", Organs, required: true),
            Date("datum", "Datum", required: true),
            Date("slut_datum", "Slutdatum", "För möten över flera dagar."),
            Time("start", "Starttid"),
            Time("slut", "Sluttid"),
            Text("plats", "Plats"),
            Text("not", "Not", "T.ex. planeringskonferens.")),
        Group("budget", "Budget", null,
            Number("avgift_per_invånare", "Avgift per invånare (kr)", NumberRanges.FeePerInhabitant),
            Number("invånare", "Invånare", NumberRanges.Population),
            Date("invånare_datum", "Invånare per datum"),
            LongText("inledning", "Inledning"),
            Group("avgift_beslut", "Beslut om avgiften", null, Relation("organ", "Organ", Organs), Date("datum", "Datum")),
            BudgetLines("intäkter", "Intäkter"),
            BudgetLines("kostnader", "Kostnader")),
        List("kansliets_uppdrag", "Kansliets uppdrag", null,
            IdText("id", "Id", "Små bokstäver, siffror och bindestreck; unikt i planen.", required: true),
            Text("titel", "Titel", required: true),
            LongText("kommentar", "Kommentar")),
        List("kommunikationsaktiviteter", "Kommunikationsaktiviteter (bilaga 1)", null,
            Number("nr", "Nr", NumberRanges.Position, required: true),
            IdText("id", "Id", "Små bokstäver, siffror och bindestreck; unikt i planen.", required: true),
            LongText("aktivitet", "Aktivitet"),
            Text("när", "När"),
            Text("kostnad", "Kostnad"),
            List("aktiviteter", "Hör till aktiviteter", "Id för planens aktiviteter.")),
        List("kommunikationsfotnoter", "Fotnoter till bilaga 1", null,
            Number("nr", "Nr", NumberRanges.Position, required: true),
            LongText("text", "Text"),
            Select("kolumn", "Kolumn", Domain.Reading.PlanReader.FootnoteColumns, "När fotnotens tecken står i en kolumnrubrik, t.ex. Kostnad 1).")),
        Body("Planens text, ett kapitel per rubrik (nivå 2). Kapitel med id utvecklingsaktiviteter, kansliets-uppdrag, organisation, kalendarium, budget och bilaga-1 får tabellerna från fälten ovan."),
    ];

    private static YamlMap BudgetLines(string name, string label) =>
        List(name, label, null,
            Text("post", "Post", required: true),
            Number("belopp", "Belopp (kr)", NumberRanges.Amount, required: true),
            Flag("cirka", "Cirka", "Beloppet är ungefärligt."),
            Text("not", "Not"));
}
