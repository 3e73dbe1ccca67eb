using System.Globalization;
using Sodertorn.Site.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Sodertorn.Site.Content;

/// <summary>
/// Typed, diagnosing access to one YAML mapping of front matter. Every key a reader asks for counts as
/// known; <see cref="ReportUnknownKeys"/> then flags the rest with the nearest known key, so a typo in
/// a field name never publishes silently.
/// </summary>
public sealed class FrontMatter
{
    private readonly YamlMappingNode map;
    private readonly int lineOffset;
    private readonly DiagnosticBag diagnostics;
    // The keys readers asked for: a few to some twenty per mapping, and one mapping per participant of every meeting,
    // so a list searched in order rather than a set that grows through its sizes for each.
    private readonly List<string> known = new(16);

    public FrontMatter(YamlMappingNode map, string file, int lineOffset, DiagnosticBag diagnostics)
    {
        this.map = map;
        File = file;
        this.lineOffset = lineOffset;
        this.diagnostics = diagnostics;
    }

    public string File { get; }

    public SourceLocation Location => At(map);

    public SourceLocation At(YamlNode node) =>
        new(File, (int)node.Start.Line + lineOffset, (int)node.Start.Column);

    public SourceLocation LocationOf(string key) => IndexOf(key) is var i and >= 0 ? At(map.Children[i].Key) : Location;

    public bool Has(string key)
    {
        Know(key);
        return Find(key) is not null;
    }

    /// <summary>Whether the key holds one text value (not a list or a group), for fields that changed shape between versions.</summary>
    public bool IsText(string key)
    {
        Know(key);
        return Find(key) is YamlScalarNode { Value: { Length: > 0 } };
    }

    public string? String(string key, bool required = false, string? example = null)
    {
        var node = Node(key, required, example);
        if (node is null) return null;
        if (node is YamlScalarNode scalar)
        {
            var value = scalar.Value?.Trim();
            if (!string.IsNullOrEmpty(value)) return value;
            if (required) Missing(key, example);
            return null;
        }
        WrongShape(key, node, "en text", example, node is YamlSequenceNode { Children: [YamlScalarNode { Value: { } first }, ..] }
            ? $"skriv en enda text, utan hakparenteser och utan '- ', t.ex. '{key}: {first.Trim()}'"
            : $"skriv texten på samma rad, direkt efter '{key}:'");
        return null;
    }

    public string? Id(string key, bool required = false, string? example = null, bool allowPart = false)
    {
        var value = String(key, required, example);
        if (value is null) return null;
        if (allowPart ? Identifier.IsReference(value) : Identifier.IsValid(value)) return value;
        diagnostics.Error("id-syntax", At(Find(key)!),
            $"'{key}: {value}' är inte ett giltigt id: minst två och högst {Identifier.MaxLength} tecken, bara små bokstäver a–z, siffror och bindestreck",
            $"skriv '{key}: {Identifier.Suggest(value)}'");
        return null;
    }

    public DateOnly? Date(string key, bool required = false, string example = "2024-02-16")
    {
        var text = String(key, required, example);
        if (text is null) return null;
        var fault = DateText.Read(text, out var date);
        if (fault == DateFault.None) return date;
        var location = At(Find(key)!);
        if (fault == DateFault.OutsideYears)
            diagnostics.Error("date-impossible", location, $"datumet {text}: {SiteYears.Problem(date.Year)}", $"kontrollera årtalet, t.ex. '{key}: {example}'");
        else if (fault == DateFault.NotInCalendar)
            diagnostics.Error("date-impossible", location, $"datumet {text} finns inte i kalendern",
                $"kontrollera månad och dag, t.ex. '{key}: {example}'");
        else
            diagnostics.Error("date-format", location, $"'{text}' är inte ett datum i formen ÅÅÅÅ-MM-DD",
                $"skriv t.ex. '{key}: {example}'");
        return null;
    }

    public TimeOnly? Time(string key, string example = "\"09:30\"")
    {
        var text = String(key);
        if (text is null) return null;
        // Swedish minutes write "8.30"; accept that as well as "08:30".
        if (TimeOnly.TryParseExact(text.Replace('.', ':'), ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            return time;
        diagnostics.Error("time-format", At(Find(key)!), $"'{text}' är inte ett klockslag",
            $"skriv klockslaget inom citattecken som timmar:minuter, t.ex. {key}: {example}");
        return null;
    }

    /// <summary>A whole number within <paramref name="range"/> (<see cref="NumberRanges.Amount"/> when none is given); spaces between digit groups allowed.</summary>
    public long? Integer(string key, bool required = false, string example = "1000", NumberRange? range = null)
    {
        var (min, max) = range ?? NumberRanges.Amount;
        var text = String(key, required, example);
        if (text is null) return null;
        var digits = text.Replace(" ", "").Replace("\u00a0", "");
        if (long.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max) return value;
        var unsigned = digits.TrimStart('-', '+');
        if (unsigned.Length > 0 && unsigned.All(char.IsAsciiDigit))
            diagnostics.Error("number-format", At(Find(key)!), $"'{text}' kan inte stämma: talet ska vara från {Grouped(min)} till {Grouped(max)}",
                $"kontrollera talet (en siffra för mycket?), t.ex. '{key}: {example}'");
        else
            diagnostics.Error("number-format", At(Find(key)!), $"'{text}' är inte ett heltal", $"skriv bara siffror, t.ex. '{key}: {example}'");
        return null;
    }

    // As Swedish writes large numbers: groups of three digits apart.
    private static string Grouped(long value) => value.ToString("N0", CultureInfo.InvariantCulture).Replace(',', ' ');

    /// <summary>A year, such as a plan's <c>år</c>, within <see cref="SiteYears"/>.</summary>
    public int? Year(string key, bool required = false, string example = "2024")
    {
        if (Integer(key, required, example) is not { } value) return null;
        if (SiteYears.Contains(value)) return (int)value;
        diagnostics.Error("date-impossible", At(Find(key)!), SiteYears.Problem(value),
            $"kontrollera årtalet, t.ex. '{key}: {example}'");
        return null;
    }

    public bool Flag(string key)
    {
        var text = String(key);
        if (text is null) return false;
        switch (text.ToLowerInvariant())
        {
            case "true" or "ja" or "yes": return true;
            case "false" or "nej" or "no": return false;
        }
        diagnostics.Error("flag-format", At(Find(key)!), $"'{key}' ska vara true eller false, inte '{text}'",
            $"skriv '{key}: true' eller ta bort raden");
        return false;
    }

    /// <summary>A list of identifiers, written as a YAML list or, for one value, as a plain scalar.</summary>
    public IReadOnlyList<(string Id, SourceLocation Location)> IdList(string key, string example = "[mitt-id]")
    {
        var node = Node(key, false, example);
        if (node is null) return [];
        var scalars = node switch
        {
            YamlSequenceNode seq => seq.Children.ToList(),
            YamlScalarNode s when !string.IsNullOrWhiteSpace(s.Value) => [s],
            YamlScalarNode => [],
            _ => null,
        };
        if (scalars is null)
        {
            WrongShape(key, node, "en lista med id", example, $"skriv id:n inom hakparenteser, t.ex. '{key}: [id-ett, id-tva]'");
            return [];
        }
        var result = new List<(string, SourceLocation)>();
        foreach (var item in scalars)
        {
            if (item is YamlScalarNode { Value: { } v } && Identifier.IsReference(v.Trim()))
                result.Add((v.Trim(), At(item)));
            else
                diagnostics.Error("id-syntax", At(item),
                    $"'{(item as YamlScalarNode)?.Value}' i '{key}' är inte ett giltigt id",
                    $"skriv små bokstäver, siffror och bindestreck, t.ex. {Identifier.Suggest((item as YamlScalarNode)?.Value ?? "")}");
        }
        return result;
    }

    public IReadOnlyList<string> StringList(string key)
    {
        var node = Node(key, false, null);
        return node switch
        {
            null => [],
            YamlSequenceNode seq => seq.Children.OfType<YamlScalarNode>().Select(s => s.Value?.Trim() ?? "").Where(s => s.Length > 0).ToList(),
            YamlScalarNode s when !string.IsNullOrWhiteSpace(s.Value) => [s.Value.Trim()],
            _ => WrongShapeList(key, node),
        };
    }

    public FrontMatter? Mapping(string key, string? example = null)
    {
        var node = Node(key, false, example);
        if (node is null) return null;
        if (node is YamlMappingNode mapping) return new FrontMatter(mapping, File, lineOffset, diagnostics);
        WrongShape(key, node, "en grupp av fält (indenterade rader under nyckeln)", example,
            $"skriv fälten på egna rader under '{key}:', indragna två mellanslag, ett fält per rad (namn: värde)");
        return null;
    }

    public IReadOnlyList<FrontMatter> MappingList(string key, string? example = null)
    {
        var node = Node(key, false, example);
        if (node is null || node is YamlScalarNode { Value: null or "" }) return [];
        if (node is not YamlSequenceNode seq)
        {
            WrongShape(key, node, "en lista där varje post börjar med '- '", example,
                $"skriv varje post på en egen rad under '{key}:', indragen två mellanslag och inledd med '- '");
            return [];
        }
        var result = new List<FrontMatter>();
        foreach (var item in seq.Children)
        {
            if (item is YamlMappingNode mapping) result.Add(new FrontMatter(mapping, File, lineOffset, diagnostics));
            else diagnostics.Error("shape", At(item), $"en post i '{key}' ska vara en grupp av fält, inte '{(item as YamlScalarNode)?.Value}'",
                example is null ? "skriv fälten indenterade under '- '" : $"skriv t.ex.: {example}");
        }
        return result;
    }

    /// <summary>Flags every key no reader asked for, with the nearest known key as suggestion.</summary>
    public void ReportUnknownKeys(string context)
    {
        for (var i = 0; i < map.Children.Count; i++)
        {
            var keyNode = map.Children[i].Key;
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (known.Contains(key)) continue;
            var hint = Suggestions.DidYouMean(key, known);
            diagnostics.Error("field-unknown", At(keyNode), $"okänt fält '{key}' i {context}",
                hint ?? $"tillåtna fält är: {string.Join(", ", known.Order(StringComparer.Ordinal))}");
        }
    }

    private void Know(string key)
    {
        if (!known.Contains(key)) known.Add(key);
    }

    private YamlNode? Find(string key) => IndexOf(key) is var i and >= 0 ? map.Children[i].Value : null;

    // In order, by the key's text and by index (its enumerators are objects too): a mapping has a few to some twenty
    // keys, and a look-up by node made a node per question.
    private int IndexOf(string key)
    {
        var children = map.Children;
        for (var i = 0; i < children.Count; i++)
            if (children[i].Key is YamlScalarNode { Value: var value } && string.Equals(value, key, StringComparison.Ordinal)) return i;
        return -1;
    }

    private YamlNode? Node(string key, bool required, string? example)
    {
        Know(key);
        var node = Find(key);
        if (node is null || node is YamlScalarNode { Value: null } || (node is YamlScalarNode { Value: "" } && required))
        {
            if (required) Missing(key, example);
            return null;
        }
        return node;
    }

    private void Missing(string key, string? example) =>
        diagnostics.Error("field-missing", Location, $"fältet '{key}' saknas",
            example is null ? $"lägg till raden '{key}: …'" : $"lägg till t.ex. '{key}: {example}'");

    /// <param name="otherwise">What to write when the field has no example to give.</param>
    private void WrongShape(string key, YamlNode node, string expected, string? example, string otherwise) =>
        diagnostics.Error("shape", At(node), $"'{key}' ska vara {expected}",
            example is null ? otherwise : $"skriv t.ex. '{key}: {example}'");

    private List<string> WrongShapeList(string key, YamlNode node)
    {
        WrongShape(key, node, "en lista", example: null, $"skriv t.ex. '{key}: [\"…\", \"…\"]'");
        return [];
    }
}
