using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Sodertorn.Site.Authoring.Import;

/// <summary>
/// Word's list numbering: which paragraphs are bullets or numbered items, at what level, and the number Word
/// would show. Counters belong to the abstract numbering a list instance points at, as in Word, so a list
/// continues across paragraphs with other text between them; a "restart" (startOverride) begins it again.
/// </summary>
public sealed class WordNumbering
{
    private readonly Dictionary<int, int> abstractOf = [];
    private readonly Dictionary<int, Dictionary<int, int>> startOverrides = [];
    private readonly Dictionary<(int Abstract, int Level), (ListKind Kind, int Start)> levels = [];
    private readonly Dictionary<string, NumberingProperties> styleNumbering = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int[]> counters = [];
    private readonly HashSet<int> started = [];

    public WordNumbering(MainDocumentPart main)
    {
        var numbering = main.NumberingDefinitionsPart?.Numbering;
        foreach (var abstractNum in numbering?.Elements<AbstractNum>() ?? [])
        {
            var abstractId = abstractNum.AbstractNumberId?.Value ?? -1;
            foreach (var level in abstractNum.Elements<Level>())
            {
                var format = level.NumberingFormat?.Val?.Value;
                var kind = format is null || format == NumberFormatValues.Bullet ? ListKind.Bullet
                    : format == NumberFormatValues.None ? ListKind.None : ListKind.Numbered;
                levels[(abstractId, level.LevelIndex?.Value ?? 0)] = (kind, level.StartNumberingValue?.Val?.Value ?? 1);
            }
        }
        foreach (var instance in numbering?.Elements<NumberingInstance>() ?? [])
        {
            var id = instance.NumberID?.Value ?? -1;
            abstractOf[id] = instance.AbstractNumId?.Val?.Value ?? -1;
            foreach (var level in instance.Elements<LevelOverride>())
                if (level.StartOverrideNumberingValue?.Val?.Value is { } start)
                    (startOverrides.TryGetValue(id, out var map) ? map : startOverrides[id] = [])[level.LevelIndex?.Value ?? 0] = start;
        }
        foreach (var style in main.StyleDefinitionsPart?.Styles?.Elements<Style>() ?? [])
            if (style.StyleId?.Value is { } styleId && style.StyleParagraphProperties?.NumberingProperties is { } props)
                styleNumbering[styleId] = props;
    }

    /// <summary>Call once per paragraph, in document order: numbered items advance their list's counter.</summary>
    public (ListKind Kind, int Level, int? Number) Classify(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties;
        var direct = properties?.NumberingProperties;
        var style = properties?.ParagraphStyleId?.Val?.Value is { } styleId ? styleNumbering.GetValueOrDefault(styleId) : null;
        var numId = direct?.NumberingId?.Val?.Value ?? style?.NumberingId?.Val?.Value;
        var level = direct?.NumberingLevelReference?.Val?.Value ?? style?.NumberingLevelReference?.Val?.Value ?? 0;
        // numId 0 is Word's way of switching numbering off for a paragraph whose style has it.
        if (numId is null or 0 || !abstractOf.TryGetValue(numId.Value, out var abstractId)) return (ListKind.None, 0, null);
        var (kind, start) = levels.GetValueOrDefault((abstractId, level), (ListKind.Bullet, 1));
        if (kind != ListKind.Numbered) return (kind, level, null);

        var counter = counters.TryGetValue(abstractId, out var c) ? c : counters[abstractId] = new int[10];
        if (level is < 0 or > 9) level = 0;
        if (started.Add(numId.Value) && startOverrides.TryGetValue(numId.Value, out var overrides) && overrides.TryGetValue(level, out var restart))
            counter[level] = restart - 1;
        counter[level] = counter[level] == 0 ? start : counter[level] + 1;
        for (var deeper = level + 1; deeper < counter.Length; deeper++) counter[deeper] = 0;
        return (kind, level, counter[level]);
    }
}
