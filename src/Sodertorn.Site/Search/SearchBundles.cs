using AngleSharp.Html.Parser;

namespace Sodertorn.Site.Search;

/// <summary>One Pagefind bundle: its folder in the site and the years of the pages in it (null: open-ended).</summary>
public sealed record SearchBundle(string Folder, int? From, int? To)
{
    public string Url => "/" + Folder + "/";

    public string Span => $"{From}-{To}";
}

/// <summary>
/// How the search index is split. A browser fetches, for each word searched, that word's entry for every page
/// of the bundle it searches, plus a list of all those pages; with one bundle for the whole site that grows
/// without end (at 10 000 meetings, 650 kB for a word in every meeting). So the newest years and every page
/// without a year go in the main bundle (/pagefind/), up to <see cref="DefaultMaxPages"/> dated pages, and older
/// years in archive bundles of about as many pages each, which the search page adds only when the reader asks
/// to search the archive or picks one of its years. A site the size of today's real one has one bundle.
/// </summary>
public sealed record SearchBundles(IReadOnlyList<SearchBundle> All)
{
    public const int DefaultMaxPages = 1000;
    public const string MainFolder = "pagefind";
    public const string ArchiveFolder = "pagefind-arkiv";

    public static SearchBundles Single { get; } = new([new SearchBundle(MainFolder, null, null)]);

    public SearchBundle Main => All[0];

    /// <summary>The bundle of a page tagged with <paramref name="year"/>; an undated page, or a year no bundle spans, goes to the main one.</summary>
    public SearchBundle For(int? year) =>
        year is { } y ? All.FirstOrDefault(b => (b.From is null || y >= b.From) && (b.To is null || y <= b.To)) ?? Main : Main;

    public IReadOnlyList<SearchBundle> Archives => All.Skip(1).ToList();

    /// <summary>Splits by year, given the year of each dated page: newest years first into the main bundle.</summary>
    public static SearchBundles Plan(IEnumerable<int> pageYears, int maxPages)
    {
        // Newest first, consecutive years fill a group up to maxPages (a group takes at least one year, however
        // many pages that is); the first group is the main bundle, the others are the archive.
        var groups = new List<(int From, int To, int Pages)>();
        foreach (var (year, pages) in pageYears.GroupBy(y => y).OrderByDescending(g => g.Key).Select(g => (g.Key, g.Count())))
        {
            if (groups.Count > 0 && groups[^1].Pages + pages <= maxPages) groups[^1] = (year, groups[^1].To, groups[^1].Pages + pages);
            else groups.Add((year, year, pages));
        }
        if (groups.Count <= 1) return Single;
        // Oldest archive first, as the search page lists them.
        return new SearchBundles([
            new SearchBundle(MainFolder, groups[0].From, null),
            .. groups.Skip(1).Reverse().Select(g => new SearchBundle($"{ArchiveFolder}/{g.From}-{g.To}", g.From, g.To)),
        ]);
    }

    /// <summary>
    /// The bundles the built search page will load (its form's data-sok-fran and data-sok-arkiv), so the index
    /// is made to match the page published with it; one bundle when the page names none.
    /// </summary>
    public static SearchBundles ReadFrom(string siteFolder)
    {
        var page = Path.Combine(siteFolder, SearchPage.Url.Trim('/'), "index.html");
        if (!File.Exists(page)) return Single;
        var form = new HtmlParser().ParseDocument(File.ReadAllText(page)).QuerySelector("form[data-sok]");
        var spans = form?.GetAttribute("data-sok-arkiv")?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
        if (spans.Length == 0 || !int.TryParse(form?.GetAttribute("data-sok-fran"), out var mainFrom)) return Single;
        var archives = new List<SearchBundle>();
        foreach (var span in spans)
        {
            // A span the layout wrote wrongly is left out rather than stopping the build: its pages go to the main bundle.
            var years = span.Split('-');
            if (years.Length == 2 && int.TryParse(years[0], out var from) && int.TryParse(years[1], out var to))
                archives.Add(new SearchBundle($"{ArchiveFolder}/{from}-{to}", from, to));
        }
        return new SearchBundles([new SearchBundle(MainFolder, mainFrom, null), .. archives]);
    }
}
