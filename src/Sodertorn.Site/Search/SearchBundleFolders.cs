using System.Text.RegularExpressions;

namespace Sodertorn.Site.Search;

/// <summary>
/// Sorts a finished site's pages into the search bundles by the year their search tags give
/// (theme/partials/search_tags.sbn, data-pagefind-filter="år:…"; pages without one go to the main bundle), and
/// lays each bundle out as a folder of links to its pages, at the same paths, for Pagefind to index as a site
/// of its own: Pagefind chooses pages by path only, and the addresses it derives stay those of the real site.
/// Only pages that mark what is indexed (data-pagefind-body) are linked when any page does: Pagefind leaves the others
/// out of the index then, but only after reading them whole, and they are the site's largest (lists, register pages).
/// </summary>
public sealed partial class SearchBundleFolders : IDisposable
{
    private readonly string root;

    private SearchBundleFolders(string root, IReadOnlyDictionary<SearchBundle, string> folders)
    {
        this.root = root;
        Folders = folders;
    }

    /// <summary>Each bundle's folder of links.</summary>
    public IReadOnlyDictionary<SearchBundle, string> Folders { get; }

    public static SearchBundleFolders Create(string site, SearchBundles bundles)
    {
        // Outside the site (nothing of it may be published) and outside the project (a build that is killed
        // leaves nothing in the author's folder).
        var root = Directory.CreateTempSubdirectory("sodertorn-sokindex-").FullName;
        var folders = bundles.All.ToDictionary(b => b, b => Path.Combine(root, b.Folder.Replace('/', '-')));
        var pages = Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories)
            .Select(page => (Page: page, Html: File.ReadAllText(page)))
            .Select(p => (p.Page, Bundle: BundleFor(p.Html, bundles), Marked: BodyTag().IsMatch(p.Html)))
            .ToList();
        var anyMarked = pages.Exists(p => p.Marked);
        foreach (var (page, bundle, _) in pages.Where(p => p.Marked || !anyMarked))
        {
            var relative = Path.GetRelativePath(site, page);
            var target = Path.Combine(folders[bundle], relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            try
            {
                File.CreateSymbolicLink(target, page);
            }
            catch (IOException)
            {
                // Where links need privileges (Windows without developer mode), a copy does the same.
                File.Copy(page, target);
            }
            catch (UnauthorizedAccessException)
            {
                File.Copy(page, target);
            }
        }
        foreach (var folder in folders.Values) Directory.CreateDirectory(folder);
        return new SearchBundleFolders(root, folders);
    }

    public static SearchBundle BundleFor(string html, SearchBundles bundles)
    {
        if (YearTag().Match(html) is not { Success: true } match) return bundles.Main;
        var year = int.Parse(match.Groups[1].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
        return bundles.All.FirstOrDefault(b => (b.From is null || year >= b.From) && (b.To is null || year <= b.To)) ?? bundles.Main;
    }

    public void Dispose()
    {
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
    }

    // The attribute inside a tag, not the words in a page's text (a guide may mention them).
    [GeneratedRegex("<[a-zA-Z][^<>]*\\sdata-pagefind-body(?=[\\s=/>])")]
    private static partial Regex BodyTag();

    [GeneratedRegex("data-pagefind-filter=\"år:(\\d{4})\"")]
    private static partial Regex YearTag();
}
