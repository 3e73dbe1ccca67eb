using System.Text.RegularExpressions;
using Sodertorn.Site.Domain;

namespace Sodertorn.Site.Authoring.Import;

/// <summary>
/// One line of a participant list: "Leif Eriksson&lt;TAB&gt;Botkyrka (digitalt till ca kl 10)",
/// "Magnus Gyllestad&lt;TAB&gt;Haninge, ordförande", or without a tab "Leif Eriksson Botkyrka kommun".
/// The part after the name becomes a municipality id or an organisation; parentheses and lower-case
/// words after a comma become the note.
/// </summary>
public sealed partial class ParticipantParser(MunicipalityMatcher municipalities)
{
    [GeneratedRegex(@"\(([^()]*)\)")]
    private static partial Regex Parenthesis();

    // Two to five capitalised words ("Bette Lundh Malmros"), lower case only for particles ("Anna von Essen"); no digits.
    [GeneratedRegex(@"^\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|von|van|af|de|der|den|la|di|da|du)){0,3}\s+\p{Lu}[\p{L}'’-]*$")]
    private static partial Regex PersonName();

    public static bool LooksLikeName(string text) => PersonName().IsMatch(text.Trim());

    /// <summary>The person on the line, or null when the line does not read as one.</summary>
    public Participant? Parse(string line)
    {
        var cells = line.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (cells.Length == 0) return null;
        if (cells.Length >= 2) return FromCells(cells[0], cells[1], cells.Skip(2));
        return FromText(cells[0]);
    }

    private Participant? FromCells(string nameCell, string affiliation, IEnumerable<string> extraNotes)
    {
        var notes = new List<string>();
        var name = TakeParentheses(nameCell, notes).Trim().TrimEnd(',');
        if (name.Length == 0 || name.Any(char.IsAsciiDigit)) return null;
        var (municipality, organisation) = Affiliation(affiliation, notes);
        notes.AddRange(extraNotes);
        return new Participant(name, municipality, organisation, Note(notes));
    }

    /// <summary>
    /// Without a tab: a known municipality at the end tells where the name stops ("Leif Eriksson Botkyrka kommun");
    /// else a capitalised part after a comma is the organisation ("Anna Söderström, Södertörnskommunerna");
    /// else the line is a bare name, or no person at all.
    /// </summary>
    private Participant? FromText(string text)
    {
        var notes = new List<string>();
        var parts = TakeParentheses(text, notes).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0) return null;
        var affiliation = parts.Skip(1).Where(p => !char.IsLower(p[0])).ToList();
        var commaNotes = parts.Skip(1).Where(p => char.IsLower(p[0]));
        var words = parts[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var take = Math.Min(3, words.Length - 2); take >= 1; take--)
        {
            var suffix = string.Join(' ', words[^take..]);
            var name = string.Join(' ', words[..^take]);
            if (municipalities.Match(suffix) is { } id && LooksLikeName(name))
                return new Participant(name, id, null, Note([.. commaNotes, .. notes]));
        }
        if (!LooksLikeName(parts[0])) return null;
        var organisation = affiliation.Count == 0 ? null : string.Join(", ", affiliation);
        var municipality = organisation is null ? null : municipalities.Match(organisation);
        return new Participant(parts[0], municipality, municipality is null ? organisation : null, Note([.. commaNotes, .. notes]));
    }

    /// <summary>"Södertälje kommun, ordförande (digitalt)" → sodertalje, note "ordförande, digitalt".</summary>
    private (string? Municipality, string? Organisation) Affiliation(string text, List<string> notes)
    {
        var parenthesised = new List<string>();
        var rest = TakeParentheses(text, parenthesised);
        var parts = rest.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var organisation = new List<string>();
        foreach (var part in parts)
        {
            // Notes are lower-case ("ordförande", "digitalt"); a capitalised part belongs to the organisation
            // ("Tillväxt- och regionplaneförvaltningen, Region Stockholm").
            if (organisation.Count > 0 && char.IsLower(part[0])) notes.Add(part);
            else organisation.Add(part);
        }
        notes.AddRange(parenthesised);
        var joined = string.Join(", ", organisation);
        if (joined.Length == 0) return (null, null);
        return municipalities.Match(joined) is { } id ? (id, null) : (null, joined);
    }

    private static string TakeParentheses(string text, List<string> notes)
    {
        foreach (Match match in Parenthesis().Matches(text))
            if (match.Groups[1].Value.Trim() is { Length: > 0 } note) notes.Add(note);
        return Parenthesis().Replace(text, " ").Replace("  ", " ");
    }

    private static string? Note(List<string> notes)
    {
        var kept = notes.Select(n => n.Trim()).Where(n => n.Length > 0).ToList();
        return kept.Count == 0 ? null : string.Join(", ", kept);
    }
}
