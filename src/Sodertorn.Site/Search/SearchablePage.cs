using System.Globalization;
using System.Text.RegularExpressions;

namespace Sodertorn.Site.Search;

/// <summary>
/// A page of the finished site as the search index sees it: its file (relative, with '/'), whether it marks what is
/// indexed (data-pagefind-body) and the year its search tags give (theme/partials/search_tags.sbn,
/// data-pagefind-filter="år:…"; null: none), which picks its bundle. The build reads this from each page while its HTML
/// is still in memory (Pipeline/SiteBuild), so the search stage reads no page again; the preview, which indexes only
/// on demand, reads its folder.
/// </summary>
public sealed partial record SearchablePage(string Path, bool Marked, int? Year)
{
    public static SearchablePage Of(string path, ReadOnlySpan<char> html)
    {
        int? year = null;
        foreach (var match in YearTag().EnumerateMatches(html))
        {
            // The four digits that end the match.
            year = int.Parse(html.Slice(match.Index + match.Length - 5, 4), provider: CultureInfo.InvariantCulture);
            break;
        }
        return new SearchablePage(path.Replace('\\', '/'), BodyTag().IsMatch(html), year);
    }

    /// <summary>Every page (*.html) in a site folder, read from disk.</summary>
    public static IReadOnlyList<SearchablePage> InFolder(string site) =>
        Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories)
            .Select(page => Of(System.IO.Path.GetRelativePath(site, page), File.ReadAllText(page)))
            .OrderBy(page => page.Path, StringComparer.Ordinal)
            .ToList();

    // The attribute inside a tag, not the words in a page's text (a guide may mention them).
    [GeneratedRegex("<[a-zA-Z][^<>]*\\sdata-pagefind-body(?=[\\s=/>])")]
    private static partial Regex BodyTag();

    [GeneratedRegex("data-pagefind-filter=\"år:\\d{4}\"")]
    private static partial Regex YearTag();
}
