using Sodertorn.Site.Diagnostics;

namespace Sodertorn.Site.Search;

/// <summary>
/// Search stage, the build's last before output/ is swapped in: indexes the finished staging folder with
/// Pagefind, so the bundle in /pagefind/ always matches the pages published with it. Problems are
/// diagnostics like any other: a site whose search does not work is not published.
/// </summary>
/// <param name="progress">Told when Pagefind has to be installed first (the first build on a machine), which takes a while.</param>
public sealed class SearchStage(DiagnosticBag diagnostics, string? toolsFolder = null, Action<string>? progress = null)
{
    /// <summary>The folders the index is written to in the site.</summary>
    public static IReadOnlyList<string> Folders { get; } = [SearchBundles.MainFolder, SearchBundles.ArchiveFolder];

    /// <summary>
    /// Indexes the site in <paramref name="siteFolder"/>, whose pages are <paramref name="pages"/> (as the build wrote them), or
    /// when not given, every page in the folder; null when Pagefind is missing or failed (reported).
    /// </summary>
    public IndexingResult? Run(string siteFolder, IReadOnlyList<SearchablePage>? pages = null)
    {
        var tools = PagefindInstallation.Ensure(toolsFolder ?? PagefindInstallation.DefaultFolder, diagnostics, progress: progress);
        if (tools is null) return null;
        var result = new PagefindIndexer(tools).Index(siteFolder, pages ?? SearchablePage.InFolder(siteFolder));
        if (result.Succeeded) return result;
        diagnostics.Error("search-index-failed", new SourceLocation(Path.Combine(tools.Folder, "package.json")),
            $"sökindexet kunde inte byggas: {result.Problem}",
            "rätta felet som Pagefind anger; bygget publicerar inte en webbplats utan fungerande sökning");
        return null;
    }
}
