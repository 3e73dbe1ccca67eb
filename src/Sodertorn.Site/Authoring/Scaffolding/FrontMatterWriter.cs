using System.Globalization;
using System.Text;
using Sodertorn.Site.Domain;

namespace Sodertorn.Site.Authoring.Scaffolding;

/// <summary>
/// Writes front matter the way the authoring guide shows it: one field per line, people as indented groups,
/// plain values where YAML allows them and double quotes only where a plain value would be misread.
/// </summary>
public sealed class FrontMatterWriter
{
    private static readonly string[] SpecialWords = ["true", "false", "yes", "no", "on", "off", "null", "y", "n", "~"];

    private readonly StringBuilder text = new("---\n");

    public FrontMatterWriter Field(string key, string? value)
    {
        if (value is not null) text.Append(key).Append(": ").Append(Scalar(value)).Append('\n');
        return this;
    }

    public FrontMatterWriter Date(string key, DateOnly? date) =>
        date is { } d ? Raw(key, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : this;

    /// <summary>Times are quoted, as the guide asks: a bare 08:30 is a number in some YAML readers.</summary>
    public FrontMatterWriter Time(string key, TimeOnly? time) =>
        time is { } t ? Raw(key, $"\"{t.ToString("HH:mm", CultureInfo.InvariantCulture)}\"") : this;

    /// <summary>A line the build never reads: guidance for the author, or a field left for them to fill in.</summary>
    public FrontMatterWriter Comment(string comment)
    {
        text.Append("# ").Append(comment).Append('\n');
        return this;
    }

    /// <summary>An empty list is written as [] so the field is there to fill in.</summary>
    public FrontMatterWriter People(string key, IReadOnlyList<Participant> people)
    {
        if (people.Count == 0) return Raw(key, "[]");
        text.Append(key).Append(":\n");
        foreach (var person in people)
        {
            text.Append("  - namn: ").Append(Scalar(person.Name)).Append('\n');
            if (person.Municipality is { } municipality) text.Append("    kommun: ").Append(municipality).Append('\n');
            else if (person.Organisation is { } organisation) text.Append("    organisation: ").Append(Scalar(organisation)).Append('\n');
            if (person.Note is { } note) text.Append("    not: ").Append(Scalar(note)).Append('\n');
        }
        return this;
    }

    public FrontMatterWriter List(string key, IReadOnlyList<string> values) =>
        Raw(key, "[" + string.Join(", ", values.Select(v => Scalar(v, inFlow: true))) + "]");

    public FrontMatterWriter Next(NextMeeting? next)
    {
        if (next is null) return this;
        text.Append("nästa_möte:\n");
        if (next.Date is { } date) text.Append("  datum: ").Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        if (next.Start is { } start) text.Append("  start: \"").Append(start.ToString("HH:mm", CultureInfo.InvariantCulture)).Append("\"\n");
        if (next.End is { } end) text.Append("  slut: \"").Append(end.ToString("HH:mm", CultureInfo.InvariantCulture)).Append("\"\n");
        if (next.Place is { } place) text.Append("  plats: ").Append(Scalar(place)).Append('\n');
        if (next.Text is { } note) text.Append("  text: ").Append(Scalar(note)).Append('\n');
        return this;
    }

    /// <summary>The front matter, closed with its '---' line.</summary>
    public string End() => text + "---\n";

    /// <summary>A value as a YAML scalar: plain when YAML reads it back unchanged, else double-quoted.</summary>
    public static string Scalar(string value, bool inFlow = false)
    {
        if (IsPlainSafe(value, inFlow)) return value;
        var quoted = new StringBuilder("\"");
        foreach (var ch in value)
        {
            quoted.Append(ch switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                _ when char.IsControl(ch) => $"\\u{(int)ch:x4}",
                _ => ch.ToString(),
            });
        }
        return quoted.Append('"').ToString();
    }

    private static bool IsPlainSafe(string value, bool inFlow)
    {
        if (value.Length == 0 || value != value.Trim()) return false;
        if ("-?:,[]{}#&*!|>'\"%@`".Contains(value[0])) return false;
        if (value.Contains(": ", StringComparison.Ordinal) || value.Contains(" #", StringComparison.Ordinal) || value.EndsWith(':')) return false;
        if (inFlow && value.IndexOfAny([',', '[', ']', '{', '}']) >= 0) return false;
        if (value.Any(char.IsControl)) return false;
        // Words and numbers that some YAML readers turn into booleans, nulls or numbers stay text only in quotes.
        if (SpecialWords.Contains(value.ToLowerInvariant())) return false;
        return !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
    }

    private FrontMatterWriter Raw(string key, string value)
    {
        text.Append(key).Append(": ").Append(value).Append('\n');
        return this;
    }
}
