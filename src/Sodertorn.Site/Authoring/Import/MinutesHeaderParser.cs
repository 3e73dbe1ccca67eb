using System.Text.RegularExpressions;
using Sodertorn.Site.Domain;

namespace Sodertorn.Site.Authoring.Import;

/// <summary>What the header block of the minutes says, and the text after it that belongs before item 1.</summary>
public sealed record MinutesHeader(
    string? Title,
    DateOnly? Date,
    TimeOnly? Start,
    TimeOnly? End,
    string? Place,
    IReadOnlyList<Participant> Participants,
    IReadOnlyList<Participant> Absentees,
    IReadOnlyList<Participant> Guests,
    string? Secretary,
    IReadOnlyList<string> Adjusters,
    IReadOnlyList<WordParagraph> Preamble,
    IReadOnlyList<ImportWarning> Warnings);

/// <summary>
/// Reads the block before the first agenda item: the title, then labelled fields ("Tid", "Plats", "Deltagare",
/// "Frånvarande"/"Ej närvarande", "Övriga deltagare", "Justerare", "Vid anteckningarna") whose value follows
/// the label on its line or on the lines below. A line inside the block that is no field and no person is
/// kept as text with a warning; text after the block is the minutes' introduction.
/// </summary>
public sealed partial class MinutesHeaderParser(MunicipalityMatcher municipalities)
{
    private enum Field { None, Time, Place, Participants, Absentees, Guests, Adjusters, Secretary }

    [GeneratedRegex(@"^(?<label>tid|datum|plats|lokal|deltagare|närvarande|ej närvarande|frånvarande|anmält förhinder|förhinder|övriga deltagare|övriga närvarande|övriga|gäster|adjungerade|justerare|justeras|sekreterare|vid anteckningarna|vid protokollet)(?=$|[\s:])[\s:]*(?<value>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    [GeneratedRegex(@"\s*(?:,|\boch\b)\s*")]
    private static partial Regex NameSeparator();

    private readonly ParticipantParser people = new(municipalities);

    public MinutesHeader Parse(IReadOnlyList<WordParagraph> paragraphs)
    {
        var lines = paragraphs.SelectMany(p => p.Lines.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => (Paragraph: p, Line: l))).ToList();
        var firstLabel = lines.FindIndex(l => Label().IsMatch(l.Line.Trim()));
        var lastLabel = lines.FindLastIndex(l => Label().IsMatch(l.Line.Trim()));
        var state = new State();
        var field = Field.None;
        var awaitingValue = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var (paragraph, line) = lines[i];
            var trimmed = line.Trim();
            if (Label().Match(trimmed) is { Success: true } label)
            {
                field = FieldOf(label.Groups["label"].Value);
                var value = label.Groups["value"].Value.Trim();
                awaitingValue = value.Length == 0 && field is Field.Time or Field.Place;
                if (value.Length > 0) TakeValue(state, field, paragraph, value);
                continue;
            }
            // Above the first field stands the title; without any field there is no header, only text.
            if (i < firstLabel)
            {
                state.Title.Add(trimmed);
                continue;
            }
            if (awaitingValue)
            {
                awaitingValue = false;
                TakeValue(state, field, paragraph, trimmed);
                continue;
            }
            // "Övriga" and "deltagare" on two lines, as a narrow table column writes it.
            if (field == Field.Guests && trimmed.Equals("deltagare", StringComparison.OrdinalIgnoreCase)) continue;
            if (field is Field.Participants or Field.Absentees or Field.Guests or Field.Adjusters or Field.Secretary)
            {
                if (TakePerson(state, field, line)) continue;
                // A sentence ends the list: it is the introduction. Anything else in the list is a person not understood.
                if (!trimmed.EndsWith('.'))
                {
                    state.Warn(paragraph, trimmed, "raden i en deltagarlista läses som namn<TAB>kommun eller organisation");
                    state.Keep(paragraph, trimmed);
                    continue;
                }
                field = Field.None;
            }
            if (i < lastLabel) state.Warn(paragraph, trimmed, "texten står mitt bland fälten Tid, Plats och deltagarna");
            state.Keep(paragraph, trimmed);
        }
        return state.Build();
    }

    private static Field FieldOf(string label) => label.ToLowerInvariant() switch
    {
        "tid" or "datum" => Field.Time,
        "plats" or "lokal" => Field.Place,
        "deltagare" or "närvarande" => Field.Participants,
        "ej närvarande" or "frånvarande" or "anmält förhinder" or "förhinder" => Field.Absentees,
        "justerare" or "justeras" => Field.Adjusters,
        "sekreterare" or "vid anteckningarna" or "vid protokollet" => Field.Secretary,
        _ => Field.Guests,
    };

    private void TakeValue(State state, Field field, WordParagraph paragraph, string value)
    {
        switch (field)
        {
            case Field.Time:
                var found = SwedishTimeText.Find(value);
                if (found.Date is null)
                {
                    state.Warn(paragraph, value, "inget datum i formen '10 februari 2023' eller 2023-02-10");
                    state.Keep(paragraph, "Tid: " + value);
                }
                state.Date ??= found.Date;
                state.Start ??= found.Start;
                state.End ??= found.End;
                break;
            case Field.Place:
                state.Place ??= value.Trim().TrimEnd('.');
                break;
            default:
                if (!TakePerson(state, field, value))
                {
                    state.Warn(paragraph, value, "raden i en deltagarlista läses som namn<TAB>kommun eller organisation");
                    state.Keep(paragraph, value);
                }
                break;
        }
    }

    private bool TakePerson(State state, Field field, string line)
    {
        switch (field)
        {
            case Field.Adjusters:
                var names = NameSeparator().Split(line.Replace('\t', ' ')).Select(n => n.Trim()).Where(n => n.Length > 0).ToList();
                if (names.Count == 0 || !names.All(ParticipantParser.LooksLikeName)) return false;
                state.Adjusters.AddRange(names);
                return true;
            case Field.Secretary:
                var name = line.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";
                if (!ParticipantParser.LooksLikeName(name)) return false;
                state.Secretary ??= name;
                return true;
        }
        if (people.Parse(line) is not { } person) return false;
        (field switch { Field.Absentees => state.Absentees, Field.Guests => state.Guests, _ => state.Participants }).Add(person);
        return true;
    }

    private sealed class State
    {
        public List<string> Title { get; } = [];
        public DateOnly? Date { get; set; }
        public TimeOnly? Start { get; set; }
        public TimeOnly? End { get; set; }
        public string? Place { get; set; }
        public List<Participant> Participants { get; } = [];
        public List<Participant> Absentees { get; } = [];
        public List<Participant> Guests { get; } = [];
        public string? Secretary { get; set; }
        public List<string> Adjusters { get; } = [];
        public List<WordParagraph> Preamble { get; } = [];
        public List<ImportWarning> Warnings { get; } = [];

        public void Warn(WordParagraph paragraph, string text, string reason) => Warnings.Add(new ImportWarning(paragraph.Number, text, reason));

        /// <summary>Keeps a line as text; lines of one Word paragraph stay one paragraph.</summary>
        public void Keep(WordParagraph paragraph, string line)
        {
            if (Preamble.Count > 0 && Preamble[^1].Number == paragraph.Number)
                Preamble[^1] = Preamble[^1] with { Text = Preamble[^1].Text + "\n" + line };
            else
                Preamble.Add(paragraph with { Text = line });
        }

        public MinutesHeader Build() => new(Title.Count == 0 ? null : string.Join(' ', Title), Date, Start, End, Place,
            Participants, Absentees, Guests, Secretary, Adjusters, Preamble, Warnings);
    }
}
