using System.Text.RegularExpressions;
using Sodertorn.Site.Domain;

namespace Sodertorn.Site.Authoring.Import;

/// <summary>
/// Turns the body of the minutes into agenda items, text, lists and decisions. Each bullet or paragraph after
/// a "Beslut" label becomes its own decision (so each can be linked and followed up), with an owner when it
/// says "X får i uppdrag att …". The signature block at the end gives secretary and adjusters, and the text
/// of the "Nästa möte" item the next meeting.
/// </summary>
public sealed partial class AgendaRecognizer
{
    private enum DecisionMode { None, Awaiting, Bullets, Paragraphs }

    [GeneratedRegex(@"^(?<owner>\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,3})\s+får\s+i\s+uppdrag\s+att\b")]
    private static partial Regex Assignment();

    [GeneratedRegex(@"^(?<names>.+?)\s+(?:valdes|väljs|utses|utsågs)\s+(?:till\s+)?justerare", RegexOptions.IgnoreCase)]
    private static partial Regex AdjusterChosen();

    [GeneratedRegex(@"\s*(?:,|\boch\b)\s*")]
    private static partial Regex NameSeparator();

    [GeneratedRegex(@"\bnästa\s+(?:möte|sammanträde)\b|\bnästa\s+gång\b", RegexOptions.IgnoreCase)]
    private static partial Regex NextMeetingWords();

    [GeneratedRegex(@"^(?:inga|inget)(?:\s+\p{L}+){0,2}\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex NoDecision();

    private readonly DateOnly? meetingDate;
    private readonly List<BodyBlock> blocks = [];
    private readonly List<ImportWarning> warnings = [];
    private readonly List<string> chosenAdjusters = [];
    private readonly LocalIds ids = new();
    private int lastNumber;
    private string? itemTitle;
    private DecisionMode mode;
    private int decisionListLevel;
    private (WordParagraph Label, int Index, int Count)? decisionLabel;
    private NextMeeting? next;

    private AgendaRecognizer(DateOnly? meetingDate) => this.meetingDate = meetingDate;

    /// <summary>The index of the first agenda item heading, or the count when there is none.</summary>
    public static int FirstItemIndex(IReadOnlyList<WordParagraph> paragraphs)
    {
        for (var i = 0; i < paragraphs.Count; i++)
            if (ParagraphShapes.ItemHeading(paragraphs[i], 0) is not null) return i;
        return paragraphs.Count;
    }

    public static MinutesBody Recognize(IReadOnlyList<WordParagraph> paragraphs, DateOnly? meetingDate)
    {
        var recognizer = new AgendaRecognizer(meetingDate);
        // From a "Vid anteckningarna"/"Justeras" line on, paragraphs are held as the signature block; an agenda
        // item after them shows that the line was ordinary text, and they go back into the body.
        List<WordParagraph>? held = null;
        foreach (var paragraph in paragraphs)
        {
            if (held is null && ParagraphShapes.StartsSignatures(paragraph)) held = [];
            else if (held is not null && ParagraphShapes.ItemHeading(paragraph, recognizer.lastNumber) is not null)
            {
                held.ForEach(recognizer.Take);
                held = null;
            }
            if (held is not null) held.Add(paragraph);
            else recognizer.Take(paragraph);
        }
        recognizer.EndDecisions();

        var signatures = SignatureParser.Parse(held ?? []);
        foreach (var leftover in signatures.Leftover) recognizer.blocks.Add(new TextBlock(leftover.Text));
        recognizer.warnings.AddRange(signatures.Warnings);
        var adjusters = signatures.Adjusters.Count > 0 ? signatures.Adjusters : recognizer.chosenAdjusters;
        return new MinutesBody(recognizer.blocks, signatures.Secretary, adjusters, recognizer.next, recognizer.warnings);
    }

    private void Take(WordParagraph paragraph)
    {
        if (ParagraphShapes.ItemHeading(paragraph, lastNumber) is var (number, title, rest))
        {
            EndDecisions();
            lastNumber = number;
            itemTitle = title;
            blocks.Add(new ItemBlock(number.ToString(System.Globalization.CultureInfo.InvariantCulture), title, ids.ForItem(title)));
            if (rest is not null) Take(paragraph with { Text = rest, List = ListKind.None });
            return;
        }
        if (ParagraphShapes.DecisionLabelText(paragraph) is { } inline)
        {
            StartDecisions(paragraph, inline);
            return;
        }
        if (mode != DecisionMode.None && TakeDecision(paragraph)) return;
        EndDecisions();

        var items = ParagraphShapes.ListItems(paragraph);
        if (items.Count > 0)
        {
            blocks.AddRange(items);
            return;
        }
        if (paragraph.InTable)
            warnings.Add(new ImportWarning(paragraph.Number, paragraph.Flat, "en tabell blir inte tabell på webbplatsen; cellerna står som text"));
        var text = paragraph.InTable ? string.Join('\n', paragraph.Lines.Select(l => string.Join(" – ", l.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))) : paragraph.Text;
        blocks.Add(new TextBlock(text, paragraph.Bold));
        NoticeText(paragraph.Flat);
    }

    private void StartDecisions(WordParagraph label, string inline)
    {
        EndDecisions();
        if (itemTitle is null)
        {
            // A decision has to belong to an agenda item; before the first one it can only stay text.
            warnings.Add(new ImportWarning(label.Number, label.Flat, "beslut före första dagordningspunkten"));
            blocks.Add(new TextBlock(label.Text));
            return;
        }
        decisionLabel = (label, blocks.Count, 0);
        mode = DecisionMode.Awaiting;
        if (inline.Length > 0) AddDecision(inline, DecisionMode.Paragraphs);
    }

    /// <summary>Takes the paragraph as a decision (or as a list under the last decision) when it is one.</summary>
    private bool TakeDecision(WordParagraph paragraph)
    {
        var items = ParagraphShapes.ListItems(paragraph);
        if (items.Count > 0)
        {
            if (mode == DecisionMode.Paragraphs) return false;
            if (mode == DecisionMode.Awaiting) decisionListLevel = items[0].Level;
            foreach (var item in items)
            {
                if (item.Level > decisionListLevel && blocks.Count > 0 && blocks[^1] is DecisionBlock last)
                    blocks[^1] = last with { Details = [.. last.Details, item with { Level = item.Level - decisionListLevel - 1 }] };
                else
                    AddDecision(item.Text, DecisionMode.Bullets);
            }
            return true;
        }
        // Right after the label any paragraph is the decision; after that only what reads as a sentence.
        var isText = !paragraph.InTable && (mode == DecisionMode.Awaiting || (mode == DecisionMode.Paragraphs && !ParagraphShapes.IsLabel(paragraph)));
        if (!isText) return false;
        AddDecision(paragraph.Flat, DecisionMode.Paragraphs);
        return true;
    }

    private void AddDecision(string text, DecisionMode nextMode)
    {
        // "Beslut: Inga beslut." records that nothing was decided; it stays text rather than become a decision.
        if (NoDecision().IsMatch(text))
        {
            blocks.Add(new TextBlock(text));
            decisionLabel = null;
            mode = DecisionMode.None;
            return;
        }
        var owner = Assignment().Match(text) is { Success: true } match ? match.Groups["owner"].Value : null;
        blocks.Add(new DecisionBlock(ids.ForDecision(text), text, owner, []));
        decisionLabel = decisionLabel is { } label ? label with { Count = label.Count + 1 } : null;
        mode = nextMode;
    }

    private void EndDecisions()
    {
        if (decisionLabel is { Count: 0 } empty)
        {
            warnings.Add(new ImportWarning(empty.Label.Number, empty.Label.Flat, "inget beslut följer efter rubriken"));
            blocks.Insert(empty.Index, new TextBlock(empty.Label.Text));
        }
        decisionLabel = null;
        mode = DecisionMode.None;
    }

    /// <summary>Text that names the next meeting or the adjusters also fills those fields.</summary>
    private void NoticeText(string text)
    {
        var inNextItem = itemTitle is not null && NextMeetingWords().IsMatch(itemTitle);
        if (next is null && (inNextItem || NextMeetingWords().IsMatch(text)))
        {
            var found = SwedishTimeText.Find(text, meetingDate);
            if (found.Date is { } date && (meetingDate is null || date > meetingDate))
            {
                var end = found.End is { } e && found.Start is { } s && e > s ? found.End : null;
                next = new NextMeeting(date, found.Start, end, SwedishTimeText.PlaceAfter(text, found.EndIndex), null);
            }
        }
        if (AdjusterChosen().Match(text) is { Success: true } chosen)
        {
            var names = NameSeparator().Split(chosen.Groups["names"].Value).Where(ParticipantParser.LooksLikeName);
            chosenAdjusters.AddRange(names.Except(chosenAdjusters));
        }
    }
}
