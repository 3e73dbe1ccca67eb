using System.Text.RegularExpressions;
using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Linking;

namespace Sodertorn.Site.Reporting;

/// <summary>Where a reader sees what a finding is about: the page, the anchor on it, and what that anchor is called.</summary>
/// <param name="Path">Root-relative, with the anchor when one is known ("/protokoll/…/#verksamhetsplan"); null for a file without a page.</param>
/// <param name="Section">The agenda item, decision or heading the anchor leads to, in words; null at the top of the page.</param>
public sealed record FindingPlace(string? Path, string? PageTitle, string? Section)
{
    public static FindingPlace None { get; } = new(null, null, null);
}

/// <summary>
/// Maps a finding's file and line to the spot on the page that shows it. The candidates before the line are the parts the
/// index knows (agenda items, decisions, assignments, with their lines), the file's headings ({#id} or the id the
/// post-process stage gives them), the end of a ::: container (back to its heading) and, in the front matter, the
/// top-level key (a plan's "kalendarium" is a section of its page). The nearest one the written page really has as an
/// id wins, so a guess never makes a dead link; without it the link goes to the top of the page.
/// </summary>
public sealed partial class FindingPlaces
{
    private const int LargestScanned = 2 << 20;

    // Made on the first finding asked about: most builds have none, and the index is large on a large site.
    private readonly Lazy<Dictionary<string, (string Url, string Title, int Line)>> pages;
    private readonly Lazy<Dictionary<string, List<Candidate>>> parts;
    private readonly IReadOnlyDictionary<string, IReadOnlySet<string>>? anchors;
    private readonly string input;
    private readonly Dictionary<string, List<Candidate>> scanned = new(StringComparer.Ordinal);

    private sealed record Candidate(int Line, string Anchor, string? Label, bool Explicit);

    /// <param name="anchors">Each written page's ids by its address; null when the pages were not written (then only ids
    /// the author or the index gave are trusted).</param>
    /// <param name="input">The input folder, to read a file's headings again.</param>
    public FindingPlaces(LinkedSite site, IReadOnlyDictionary<string, IReadOnlySet<string>>? anchors, string input)
    {
        this.anchors = anchors;
        this.input = input;
        // Each file's page, and the line its document starts on (the parts of a file's front matter are not on its page).
        pages = new(() => site.All.GroupBy(e => e.Source.File, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (UrlScheme.For(g.First()), g.First().Title, g.First().Source.Line), StringComparer.Ordinal));
        parts = new(() => site.Index.Ids.Select(site.Index.Find).OfType<IndexEntry>()
            .Where(e => e is { Published: true, Draft: false } && e.Url!.Contains('#')
                && e.Source.Line > (pages.Value.TryGetValue(e.Source.File, out var page) ? page.Line : int.MaxValue))
            .GroupBy(e => e.Source.File, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => new Candidate(e.Source.Line, e.Url![(e.Url!.IndexOf('#') + 1)..], e.Title, true)).ToList(), StringComparer.Ordinal));
    }

    public FindingPlace For(Diagnostic finding)
    {
        if (!pages.Value.TryGetValue(finding.Location.File, out var page)) return FindingPlace.None;
        if (finding.Location.Line <= 0) return new FindingPlace(page.Url, page.Title, null);
        var onPage = anchors?.GetValueOrDefault(page.Url);
        var best = Candidates(finding.Location.File)
            .Where(c => c.Line <= finding.Location.Line && (onPage?.Contains(c.Anchor) ?? (anchors is null && c.Explicit)))
            .OrderBy(c => c.Line).ThenBy(c => c.Explicit).LastOrDefault();
        if (best is null) return new FindingPlace(page.Url, page.Title, null);
        var label = best.Label is { } l && !Content.PersonalIdentityNumbers.Any(l) ? l.Replace($" ({page.Title})", "", StringComparison.Ordinal).Replace($", {page.Title}", "", StringComparison.Ordinal) : null;
        return new FindingPlace(page.Url + "#" + best.Anchor, page.Title, label);
    }

    private List<Candidate> Candidates(string file)
    {
        if (!scanned.TryGetValue(file, out var list))
        {
            list = [.. parts.Value.GetValueOrDefault(file) ?? [], .. Scan(Path.Combine(input, file))];
            scanned[file] = list;
        }
        return list;
    }

    /// <summary>Headings, container ends and front-matter keys of a Markdown file, by line; nothing when it cannot be read.</summary>
    private static List<Candidate> Scan(string path)
    {
        var found = new List<Candidate>();
        string[] lines;
        try
        {
            if (!path.EndsWith(".md", StringComparison.Ordinal) || new FileInfo(path).Length > LargestScanned) return found;
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return found;
        }
        var body = 0;
        if (lines.Length > 0 && lines[0].TrimEnd() == "---")
        {
            body = Array.FindIndex(lines, 1, l => l.TrimEnd() is "---" or "...") is var end and > 0 ? end + 1 : lines.Length;
            for (var i = 1; i < body; i++)
                if (TopLevelKey().Match(lines[i]) is { Success: true } key)
                    found.Add(new Candidate(i + 1, key.Groups[1].Value, char.ToUpperInvariant(key.Groups[1].Value[0]) + key.Groups[1].Value[1..], false));
        }
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        Candidate? heading = null;
        string? fence = null;
        for (var i = body; i < lines.Length; i++)
        {
            var line = lines[i];
            if (Fence().Match(line) is { Success: true } f)
            {
                if (fence is null) fence = f.Groups[1].Value;
                else if (line.TrimStart().StartsWith(fence, StringComparison.Ordinal)) fence = null;
                continue;
            }
            if (fence is not null) continue;
            if (Heading().Match(line) is { Success: true } h)
            {
                var text = h.Groups[1].Value;
                var id = ExplicitId().Match(text) is { Success: true } e ? e.Groups[1].Value : null;
                var label = MarkdownLink().Replace(ExplicitId().Replace(text, ""), "$1").Replace("*", "").Replace("`", "").Trim();
                if (id is null)
                {
                    // The id Markdig gives the heading on the page (MarkdownPipelineFactory: auto identifiers, GitHub's
                    // way, which keeps å, ä and ö and numbers a repeat -1, -2 …); the page keeps it.
                    var slug = Markdig.Helpers.LinkHelper.UrilizeAsGfm(label);
                    id = slug;
                    for (var n = 1; !slugs.Add(id); n++) id = $"{slug}-{n}";
                }
                heading = new Candidate(i + 1, id, label, ExplicitId().IsMatch(text));
                found.Add(heading);
            }
            else if (line.Trim() == ":::" && heading is not null)
            {
                found.Add(heading with { Line = i + 1 });
            }
        }
        return found;
    }

    [GeneratedRegex(@"^([A-Za-zÅÄÖåäö_][\w-]*)\s*:")]
    private static partial Regex TopLevelKey();

    [GeneratedRegex(@"^\s{0,3}(`{3,}|~{3,})")]
    private static partial Regex Fence();

    [GeneratedRegex(@"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"\{#([^\s}]+)[^}]*\}")]
    private static partial Regex ExplicitId();
}
