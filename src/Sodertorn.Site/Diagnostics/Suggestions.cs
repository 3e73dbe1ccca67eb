namespace Sodertorn.Site.Diagnostics;

/// <summary>"Did you mean …?" candidates by edit distance, for misspelt identifiers and field names.</summary>
public static class Suggestions
{
    public static IReadOnlyList<string> Nearest(string wrong, IEnumerable<string> candidates, int max = 3)
    {
        var limit = Math.Max(2, wrong.Length / 3);
        return candidates
            .Select(c => (Candidate: c, Distance: Distance(wrong, c)))
            .Where(x => x.Distance <= limit || x.Candidate.StartsWith(wrong, StringComparison.Ordinal))
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Candidate, StringComparer.Ordinal)
            .Take(max)
            .Select(x => x.Candidate)
            .ToList();
    }

    /// <summary>A Swedish "menade du …?" sentence, or null when nothing is close.</summary>
    public static string? DidYouMean(string wrong, IEnumerable<string> candidates, Func<string, string>? describe = null)
    {
        var nearest = Nearest(wrong, candidates);
        if (nearest.Count == 0) return null;
        var shown = nearest.Select(c => describe is null ? $"'{c}'" : describe(c));
        return "menade du " + Or(shown) + "?";
    }

    /// <summary>Alternatives as Swedish lists them: "a", "a eller b", "a, b eller c".</summary>
    public static string Or(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count < 2 ? string.Concat(list) : string.Join(", ", list[..^1]) + " eller " + list[^1];
    }

    /// <summary>Optimal string alignment distance: Levenshtein plus swapped neighbours, the commonest typo.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
