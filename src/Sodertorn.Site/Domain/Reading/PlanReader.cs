using Sodertorn.Site.Content;
using Sodertorn.Site.Diagnostics;

namespace Sodertorn.Site.Domain.Reading;

/// <summary>Reads a yearly plan: its facts, calendar, budget, kansli assignments and communication annex.</summary>
public sealed class PlanReader(DiagnosticBag diagnostics)
{
    private static readonly HashSet<TargetKind> OrganOnly = [TargetKind.Organ];
    private static readonly HashSet<TargetKind> DecisionOnly = [TargetKind.Decision];
    private static readonly HashSet<TargetKind> ActivityOnly = [TargetKind.Activity];

    public Plan Read(ParsedDocument doc, string id, string title, List<Reference> refs)
    {
        var meta = doc.Meta;
        var year = meta.Year("år", required: true);
        var adoptedBy = meta.Id("beslutad_av", example: "samarbetskommitten");
        var decisions = meta.IdList("beslut", "[ssk-2024-01-16/vp-2024]");
        if (adoptedBy is not null) refs.Add(new Reference(adoptedBy, meta.LocationOf("beslutad_av"), "beslutad_av", OrganOnly));
        refs.AddRange(decisions.Select(d => new Reference(d.Id, d.Location, "beslut", DecisionOnly)));
        var localIds = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);

        var plan = new Plan
        {
            Id = id,
            Title = title,
            Source = meta.Location,
            Body = doc.BodyText,
            References = refs,
            Year = year ?? 0,
            Date = meta.Date("datum"),
            AdoptedBy = adoptedBy,
            AdoptingDecisions = decisions.Select(d => d.Id).ToList(),
            Chairs = meta.StringList("ordförande"),
            Calendar = ReadCalendar(meta, refs),
            Budget = meta.Mapping("budget") is { } b ? ReadBudget(b, refs) : null,
            KansliAssignments = ReadKansliAssignments(meta, localIds, refs),
            CommunicationActivities = ReadCommunication(meta, localIds, refs),
            CommunicationFootnotes = ReadFootnotes(meta, refs),
        };
        return plan;
    }

    private List<CalendarEntry> ReadCalendar(FrontMatter meta, List<Reference> refs)
    {
        var result = new List<CalendarEntry>();
        foreach (var entry in meta.MappingList("kalendarium", "[{organ: ledningsgruppen, datum: 2024-02-16}]"))
        {
            var organ = entry.Id("organ", required: true, example: "ledningsgruppen");
            var date = entry.Date("datum", required: true);
            var endDate = entry.Date("slut_datum");
            var item = new CalendarEntry(organ ?? "", date ?? default, endDate, entry.Time("start"), entry.Time("slut"),
                entry.String("plats"), entry.String("not"), entry.Location);
            entry.ReportUnknownKeys("en post i 'kalendarium'");
            if (organ is not null) refs.Add(new Reference(organ, entry.LocationOf("organ"), "organ", OrganOnly));
            if (date is not null && endDate is not null && endDate < date)
                diagnostics.Error("date-order", entry.LocationOf("slut_datum"), $"slut_datum {endDate:yyyy-MM-dd} är före datum {date:yyyy-MM-dd}",
                    "kontrollera datumen; slut_datum ska vara samma dag eller senare");
            if (organ is not null && date is not null) result.Add(item);
        }
        return result;
    }

    /// <summary>The plan's budget; null when it gives nothing (<c>budget: {}</c>, as an editor may save an empty group):
    /// the page would otherwise show a budget table whose sums are 0 kr, which no plan said.</summary>
    private static Budget? ReadBudget(FrontMatter budget, List<Reference> refs)
    {
        var feeDecision = budget.Mapping("avgift_beslut", "{organ: samarbetskommitten, datum: 2017-02-02}");
        var feeOrgan = feeDecision?.Id("organ", example: "samarbetskommitten");
        var feeDate = feeDecision?.Date("datum", example: "2017-02-02");
        feeDecision?.ReportUnknownKeys("'avgift_beslut'");
        if (feeOrgan is not null) refs.Add(new Reference(feeOrgan, feeDecision!.LocationOf("organ"), "avgift_beslut", OrganOnly));
        var result = new Budget(
            budget.Integer("avgift_per_invånare", example: "4", range: NumberRanges.FeePerInhabitant),
            budget.Integer("invånare", example: "520824", range: NumberRanges.Population),
            budget.Date("invånare_datum", example: "2023-12-31"),
            budget.String("inledning"),
            feeOrgan,
            feeDate,
            ReadLines(budget, "intäkter"),
            ReadLines(budget, "kostnader"));
        budget.ReportUnknownKeys("'budget'");
        return result is { FeePerInhabitant: null, Inhabitants: null, InhabitantsDate: null, Introduction: null, FeeDecisionOrgan: null,
            FeeDecisionDate: null, Income.Count: 0, Costs.Count: 0 } ? null : result;
    }

    private static List<BudgetLine> ReadLines(FrontMatter budget, string key)
    {
        var result = new List<BudgetLine>();
        foreach (var line in budget.MappingList(key, "[{post: Möten, belopp: 100000}]"))
        {
            var item = line.String("post", required: true, example: "Möten");
            var amount = line.Integer("belopp", required: true, example: "100000");
            var approximate = line.Flag("cirka");
            var note = line.String("not");
            line.ReportUnknownKeys($"en post i '{key}'");
            if (item is not null && amount is not null) result.Add(new BudgetLine(item, amount.Value, approximate, note));
        }
        return result;
    }

    private List<KansliAssignment> ReadKansliAssignments(FrontMatter meta, Dictionary<string, SourceLocation> localIds, List<Reference> refs)
    {
        var result = new List<KansliAssignment>();
        foreach (var entry in meta.MappingList("kansliets_uppdrag", "[{id: hemsidan, titel: …}]"))
        {
            var id = entry.Id("id", required: true, example: "hemsidan");
            var title = entry.String("titel", required: true, example: "Uppdragets rubrik");
            var comment = entry.String("kommentar") ?? "";
            refs.AddRange(EntityReader.LinksInText(comment, entry.LocationOf("kommentar"), "kommentar"));
            entry.ReportUnknownKeys("en post i 'kansliets_uppdrag'");
            if (id is null || title is null || !Register(id, entry.Location, localIds)) continue;
            result.Add(new KansliAssignment(id, title, comment));
        }
        return result;
    }

    private List<CommunicationActivity> ReadCommunication(FrontMatter meta, Dictionary<string, SourceLocation> localIds, List<Reference> refs)
    {
        var result = new List<CommunicationActivity>();
        foreach (var entry in meta.MappingList("kommunikationsaktiviteter", "[{nr: 1, id: mote-med-regionen, aktivitet: …}]"))
        {
            var number = entry.Integer("nr", required: true, example: "1", range: NumberRanges.Position);
            var id = entry.Id("id", required: true, example: "mote-med-regionen");
            var activity = entry.String("aktivitet", required: true, example: "Aktivitetens beskrivning");
            var activities = entry.IdList("aktiviteter", "[vp-2024-rufs-presentation]");
            var item = new CommunicationActivity((int)(number ?? 0), id ?? "", activity ?? "", entry.String("när"), entry.String("kostnad"),
                activities.Select(a => a.Id).ToList());
            entry.ReportUnknownKeys("en post i 'kommunikationsaktiviteter'");
            refs.AddRange(activities.Select(a => new Reference(a.Id, a.Location, "aktiviteter", ActivityOnly)));
            if (id is null || number is null || activity is null || !Register(id, entry.Location, localIds)) continue;
            result.Add(item);
        }
        return result;
    }

    /// <summary>The columns of the annex's table (theme/partials/plan_part.sbn), whose headers may carry a footnote's marker.</summary>
    public static readonly IReadOnlyList<string> FootnoteColumns = ["Nr", "Aktivitet", "När", "Kostnad"];

    private List<Footnote> ReadFootnotes(FrontMatter meta, List<Reference> refs)
    {
        var result = new List<Footnote>();
        foreach (var entry in meta.MappingList("kommunikationsfotnoter", "[{nr: 1, text: …}]"))
        {
            var number = entry.Integer("nr", required: true, example: "1", range: NumberRanges.Position);
            var text = entry.String("text", required: true, example: "Fotnotens text");
            var column = entry.String("kolumn");
            if (column is not null && !FootnoteColumns.Contains(column))
                diagnostics.Error("footnote-column-unknown", entry.LocationOf("kolumn"), $"okänd kolumn '{column}' i bilaga 1",
                    $"skriv en av {string.Join(", ", FootnoteColumns)}, eller ta bort 'kolumn' om fotnotens tecken står i en rad");
            refs.AddRange(EntityReader.LinksInText(text, entry.LocationOf("text"), "text"));
            entry.ReportUnknownKeys("en post i 'kommunikationsfotnoter'");
            if (number is not null && text is not null) result.Add(new Footnote((int)number, text, column is not null && FootnoteColumns.Contains(column) ? column : null));
        }
        return result;
    }

    private bool Register(string id, SourceLocation location, Dictionary<string, SourceLocation> localIds)
    {
        if (localIds.TryAdd(id, location)) return true;
        diagnostics.Error("id-duplicate", location, $"id '{id}' används redan på rad {localIds[id].Line} i samma plan",
            $"ge posten ett eget id, t.ex. '{id}-2'");
        return false;
    }
}
