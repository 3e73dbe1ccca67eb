using System.Text;
using System.Text.Json;
using Sodertorn.Site.Tools;

namespace Sodertorn.Site.Search;

/// <summary>What one indexing run did: how many pages went into the index, or why it failed.</summary>
public sealed record IndexingResult(bool Succeeded, int Pages, string? Problem);

/// <summary>
/// Runs Pagefind over a finished site folder; it writes the bundles (<see cref="SearchBundles"/>) into the site. Which parts of a
/// page are indexed, and with which filters, the layouts say with data-pagefind-* attributes; only what holds
/// for the whole site is given here.
/// </summary>
public sealed class PagefindIndexer(PagefindTools tools)
{
    // 10 000 meetings take about half a minute; the limit only catches a hung process.
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(20);

    /// <summary>
    /// Indexes <paramref name="pages"/> of the site in <paramref name="siteFolder"/>, each into the bundle of its year. Only
    /// pages that mark what is indexed are handed to Pagefind when any page does: Pagefind would leave the others out
    /// anyway, but only after reading them whole, and they are the site's largest (lists, register pages).
    /// </summary>
    public IndexingResult Index(string siteFolder, IReadOnlyList<SearchablePage> pages)
    {
        var site = Path.GetFullPath(siteFolder);
        var bundles = SearchBundles.ReadFrom(site);
        var anyMarked = pages.Any(p => p.Marked);
        var pagesOf = bundles.All.ToDictionary(b => b, _ => new List<string>());
        foreach (var page in pages.Where(p => p.Marked || !anyMarked)) pagesOf[bundles.For(page.Year)].Add(page.Path);
        // Each bundle is an index of its own, written to its own folder, so they are made side by side: one Pagefind
        // run keeps about one and a half cores busy, and part of each run is serial.
        var results = new IndexingResult[bundles.All.Count];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            i => results[i] = Run(site, pagesOf[bundles.All[i]], bundles.All[i]));
        // The first failure in the bundles' order, whichever finished first.
        return results.FirstOrDefault(r => !r.Succeeded) ?? new IndexingResult(true, results.Sum(r => r.Pages), null);
    }

    /// <summary>Indexes <paramref name="pages"/> of <paramref name="site"/> into one bundle.</summary>
    private IndexingResult Run(string site, IReadOnlyList<string> pages, SearchBundle bundle)
    {
        var output = Path.Combine(site, bundle.Folder);
        // The pages are named by a glob of their paths, which is too long for a command line on a large site (Linux takes
        // 128 kB for one argument): so the run is configured by a pagefind.json in a folder of its own, its working folder.
        var folder = Directory.CreateTempSubdirectory("sodertorn-sokindex-").FullName;
        try
        {
            var config = new Dictionary<string, object>
            {
                ["site"] = site,
                ["glob"] = Glob(pages),
                ["output_path"] = output,
                // One Swedish index with Swedish stemming, even for a page that lacked lang="sv".
                ["force_language"] = "sv",
                // "Länk till beslutet" beside every decision would otherwise be among the most frequent words of the site.
                ["exclude_selectors"] = new[] { ".permalank" },
            };
            File.WriteAllText(Path.Combine(folder, "pagefind.json"), JsonSerializer.Serialize(config));
            var (program, arguments) = tools.Command;
            var result = ToolProcess.Run(program, [.. arguments, "--silent"], folder, Timeout);
            if (!result.Succeeded)
                return new IndexingResult(false, 0, result.TimedOut ? "Pagefind tog för lång tid och avbröts" : result.Tail());
            var entry = Path.Combine(output, "pagefind-entry.json");
            if (!File.Exists(entry)) return new IndexingResult(false, 0, $"Pagefind skrev inget index i {bundle.Folder}/ ({result.Tail()})");
            using var json = JsonDocument.Parse(File.ReadAllText(entry));
            var count = json.RootElement.GetProperty("languages").EnumerateObject().Sum(l => l.Value.GetProperty("page_count").GetInt32());
            return new IndexingResult(true, count, null);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// A glob that matches exactly these paths: "{a/index.html,b/index.html}", each character the glob syntax gives a
    /// meaning escaped. Pagefind chooses pages by path only, so this is how a bundle is given its pages without copying them.
    /// </summary>
    public static string Glob(IEnumerable<string> paths)
    {
        var glob = new StringBuilder("{");
        foreach (var path in paths)
        {
            if (glob.Length > 1) glob.Append(',');
            foreach (var c in path)
            {
                if (c is '\\' or '?' or '*' or '$' or ':' or '<' or '>' or '(' or ')' or '[' or ']' or '{' or '}' or ',') glob.Append('\\');
                glob.Append(c);
            }
        }
        return glob.Append('}').ToString();
    }
}
