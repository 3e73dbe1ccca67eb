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

    public IndexingResult Index(string siteFolder)
    {
        var site = Path.GetFullPath(siteFolder);
        var bundles = SearchBundles.ReadFrom(site);
        using var folders = SearchBundleFolders.Create(site, bundles);
        // Each bundle is an index of its own, written to its own folder, so they are made side by side: one Pagefind
        // run keeps about one and a half cores busy, and part of each run is serial.
        var results = new IndexingResult[bundles.All.Count];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            i => results[i] = Run(folders.Folders[bundles.All[i]], Path.Combine(site, bundles.All[i].Folder), bundles.All[i]));
        // The first failure in the bundles' order, whichever finished first.
        return results.FirstOrDefault(r => !r.Succeeded) ?? new IndexingResult(true, results.Sum(r => r.Pages), null);
    }

    /// <summary>Indexes the pages under <paramref name="pages"/> into one bundle at <paramref name="output"/>.</summary>
    private IndexingResult Run(string pages, string output, SearchBundle bundle)
    {
        string[] arguments =
        [
            tools.Cli, "--site", pages, "--output-path", output,
            // One Swedish index with Swedish stemming, even for a page that lacked lang="sv".
            "--force-language", "sv",
            // "Länk till beslutet" beside every decision would otherwise be among the most frequent words of the site.
            "--exclude-selectors", ".permalank",
            "--silent",
        ];
        var result = ToolProcess.Run(tools.Node, arguments, tools.Folder, Timeout);
        if (!result.Succeeded)
            return new IndexingResult(false, 0, result.TimedOut ? "Pagefind tog för lång tid och avbröts" : result.Tail());
        var entry = Path.Combine(output, "pagefind-entry.json");
        if (!File.Exists(entry)) return new IndexingResult(false, 0, $"Pagefind skrev inget index i {bundle.Folder}/ ({result.Tail()})");
        using var json = JsonDocument.Parse(File.ReadAllText(entry));
        var count = json.RootElement.GetProperty("languages").EnumerateObject().Sum(l => l.Value.GetProperty("page_count").GetInt32());
        return new IndexingResult(true, count, null);
    }
}
