using System.Text.RegularExpressions;
using Sodertorn.Site.Content;

namespace Sodertorn.Site.Authoring.Import;

/// <summary>
/// Ids for the agenda items and decisions of one imported meeting, made from their words (as the guide asks:
/// describe the content, not the position), unique within the meeting, and never one the meeting page
/// already uses for itself ("innehall", "motets-…").
/// </summary>
public sealed partial class LocalIds
{
    private const int MaxLength = 40;

    [GeneratedRegex(@"\bnästa\s+(möte|sammanträde)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NextMeeting();

    [GeneratedRegex(@"\bfår\s+i\s+uppdrag\s+att\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Assignment();

    // An id that ends in "och" or "till" reads as cut off; such words (as ids spell them) are dropped from its end.
    private static readonly HashSet<string> TrailingWords =
        new(["och", "att", "i", "pa", "till", "for", "med", "av", "om", "som", "den", "det", "de", "en", "ett", "efter", "infor", "fran", "samt"], StringComparer.Ordinal);

    private readonly HashSet<string> taken = new(StringComparer.Ordinal);

    public string ForItem(string title) =>
        Unique(NextMeeting().IsMatch(title) && title.Length < 30 ? "nasta-mote" : Slug(title, 5, "punkt"));

    /// <summary>From what is decided; for "X får i uppdrag att se över …" from the task ("se-over-…"), not the name.</summary>
    public string ForDecision(string text)
    {
        var task = Assignment().Match(text);
        return Unique(Slug(task.Success ? text[(task.Index + task.Length)..] : text, 4, "beslut"));
    }

    private string Unique(string wanted)
    {
        if (wanted == "innehall" || wanted.StartsWith("motets-", StringComparison.Ordinal)) wanted = "punkt-" + wanted;
        var id = wanted;
        for (var n = 2; !taken.Add(id); n++) id = $"{wanted}-{n}";
        return id;
    }

    /// <summary>The first words of the text as an id, at most <paramref name="words"/> words and 40 characters.</summary>
    private static string Slug(string text, int words, string fallback)
    {
        var suggested = Identifier.Suggest(text);
        if (suggested == "mitt-id") return fallback;
        var slug = "";
        foreach (var word in suggested.Split('-').Take(words))
        {
            var longer = slug.Length == 0 ? word : $"{slug}-{word}";
            if (longer.Length > MaxLength && slug.Length > 0) break;
            slug = longer.Length > MaxLength ? longer[..MaxLength].TrimEnd('-') : longer;
        }
        var kept = slug.Split('-').ToList();
        while (kept.Count > 1 && TrailingWords.Contains(kept[^1])) kept.RemoveAt(kept.Count - 1);
        return string.Join('-', kept);
    }
}
