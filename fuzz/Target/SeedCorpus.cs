using System.Text.RegularExpressions;

namespace Sodertorn.Site.Fuzz;

/// <summary>
/// The seeds: every text file of the real input/ and of the test fixtures (valid and invalid), each placed in the slot
/// of the file it replaces (same path, data files included), else of a fixture file of the same kind, else as a new
/// page; another data file in the slot of opublicerade.yml. Made from the checkout on each run, so that no copy of the
/// content is kept in git.
/// </summary>
public static partial class SeedCorpus
{
    /// <summary>Seeds as (name, input), in a stable order, without duplicates.</summary>
    public static IReadOnlyList<(string Name, byte[] Input)> Create(SiteFuzzTarget target, string repositoryRoot)
    {
        var fixtures = Path.Combine(repositoryRoot, "tests", "Sodertorn.Site.Tests", "Fixtures");
        var roots = new List<(string Label, string Input)> { ("input", Path.Combine(repositoryRoot, "input")), ("valid", Path.Combine(fixtures, "valid", "input")) };
        var invalid = Path.Combine(fixtures, "invalid");
        if (Directory.Exists(invalid))
            roots.AddRange(Directory.GetDirectories(invalid).Order(StringComparer.Ordinal)
                .Select(d => ("invalid-" + Path.GetFileName(d), Path.Combine(d, "input"))));

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var seeds = new List<(string, byte[])>();
        foreach (var (label, root) in roots.Where(r => Directory.Exists(r.Input)))
        {
            foreach (var file in Directory.GetFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
                if (!(relative.EndsWith(".md", StringComparison.Ordinal) || relative.StartsWith("data/", StringComparison.Ordinal))) continue;
                var bytes = File.ReadAllBytes(file);
                var input = target.Encode(SlotFor(target, relative, bytes), bytes);
                if (!seen.Add(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(input)))) continue;
                seeds.Add((label + "-" + Regex.Replace(relative, "[^A-Za-z0-9.-]+", "_"), input));
            }
        }
        return seeds;
    }

    private static string SlotFor(SiteFuzzTarget target, string relative, byte[] bytes)
    {
        if (target.Slots.Contains(relative)) return relative;
        if (relative.StartsWith("data/", StringComparison.Ordinal)) return Domain.Reading.UnpublishedReader.FileName;
        var kind = KindLine().Match(System.Text.Encoding.UTF8.GetString(bytes)) is { Success: true } m ? m.Groups[1].Value.Trim() : null;
        return target.KindOfSlot.Where(k => k.Value == kind).Select(k => k.Key).Order(StringComparer.Ordinal).FirstOrDefault()
            ?? SiteFuzzTarget.NewDocumentSlot;
    }

    [GeneratedRegex(@"^typ:\s*(\S+)\s*$", RegexOptions.Multiline)]
    private static partial Regex KindLine();
}
