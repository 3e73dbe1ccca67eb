using System.Text.RegularExpressions;

namespace Sodertorn.Site.Authoring.Import;

/// <summary>Who signed: "Vid anteckningarna" (the secretary) and "Justeras" (the adjusters).</summary>
public sealed record Signatures(string? Secretary, IReadOnlyList<string> Adjusters, IReadOnlyList<WordParagraph> Leftover, IReadOnlyList<ImportWarning> Warnings);

/// <summary>
/// Reads the signature block at the end of the minutes. Word lays it out in two columns, so the labels
/// ("Vid anteckningarna", "Justeras") often come first and the names after them, in the same order; or a
/// label and its name share a line, split by a tab or a colon. Labels and names are paired in order.
/// </summary>
public static partial class SignatureParser
{
    private enum Role { Secretary, Adjuster, Other }

    [GeneratedRegex(@"^(?<label>vid anteckningarna|vid protokollet|sekreterare|justeras|justerare|justerat|ordförande)\s*:?\s*(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    public static Signatures Parse(IReadOnlyList<WordParagraph> paragraphs)
    {
        var roles = new Queue<Role>();
        var names = new List<(Role? Role, string Name)>();
        var leftover = new List<WordParagraph>();
        var warnings = new List<ImportWarning>();
        foreach (var paragraph in paragraphs)
        {
            foreach (var line in paragraph.Lines)
            {
                foreach (var cell in line.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    if (Label().Match(cell) is { Success: true } label)
                    {
                        var role = RoleOf(label.Groups["label"].Value);
                        var rest = label.Groups["rest"].Value.Trim();
                        if (rest.Length > 0 && ParticipantParser.LooksLikeName(rest)) names.Add((role, rest));
                        else roles.Enqueue(role);
                    }
                    else if (ParticipantParser.LooksLikeName(cell))
                    {
                        names.Add((null, cell));
                    }
                    else
                    {
                        warnings.Add(new ImportWarning(paragraph.Number, cell, "står bland underskrifterna men är inget namn"));
                        leftover.Add(paragraph with { Text = cell, List = ListKind.None });
                    }
                }
            }
        }
        string? secretary = null;
        var adjusters = new List<string>();
        var lastRole = Role.Adjuster;
        foreach (var (given, name) in names)
        {
            // A name without its own label takes the next label waiting; names beyond the labels are further adjusters.
            var role = given ?? (roles.Count > 0 ? roles.Dequeue() : lastRole);
            lastRole = role;
            if (role == Role.Secretary && secretary is null) secretary = name;
            else if (role == Role.Adjuster) adjusters.Add(name);
        }
        return new Signatures(secretary, adjusters, leftover, warnings);
    }

    private static Role RoleOf(string label) => label.ToLowerInvariant() switch
    {
        "vid anteckningarna" or "vid protokollet" or "sekreterare" => Role.Secretary,
        "ordförande" => Role.Other,
        _ => Role.Adjuster,
    };
}
