namespace Sodertorn.Site.Pipeline;

/// <summary>What a build reads and writes. Paths may be relative to the working directory.</summary>
/// <param name="Today">The date the build treats as today (meetings in the calendar before it have passed).</param>
public sealed record BuildOptions(string Input, string Theme, string Output, string BaseUrl, bool Strict, DateOnly Today)
{
    public bool CheckExternal { get; init; }

    /// <summary>Whether the search stage indexes the site; off only on request (--no-search), never for a deploy.</summary>
    public bool BuildSearchIndex { get; init; } = true;

    /// <summary>
    /// Warning codes that do not fail a Strict build: findings the authors caused on purpose (production builds
    /// allow ref-unpublished, a reference to a document declared in data/opublicerade.yml). They are still reported.
    /// </summary>
    public IReadOnlySet<string> AllowedWarnings { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>What the link report says about this build (context, commit), what it compares with, its edit links.</summary>
    public Reporting.ReportSettings Report { get; init; } = new();

    /// <summary>How external links are checked with CheckExternal; tests point this at a loopback server's client.</summary>
    public HttpClient? ExternalHttpClient { get; init; }

    /// <summary>Results of external checks are kept here between builds (beside output/, never published).</summary>
    public string ExternalCacheFile => Path.GetFullPath(Output).TrimEnd(Path.DirectorySeparatorChar) + ".cache/externa-lankar.json";

    /// <summary>
    /// Dated pages (minutes, plans, activities) in the main search bundle; older years go to archive bundles
    /// of about as many pages (Search/SearchBundles.cs). Tests lower it to split a small site.
    /// </summary>
    public int SearchBundlePages { get; init; } = Search.SearchBundles.DefaultMaxPages;

    /// <summary>Where the build says what it is doing when that takes a while and would otherwise look like a hang (installing Pagefind).</summary>
    public Action<string>? Progress { get; init; }

    /// <summary>
    /// Today in Stockholm, whatever the machine's own time zone: Netlify's build machines run in UTC, and a build between
    /// midnight and one or two in the morning would otherwise count yesterday (upcoming meetings, overdue assignments).
    /// </summary>
    public static DateOnly LocalToday() => TodayInStockholm(NodaTime.SystemClock.Instance.GetCurrentInstant());

    public static DateOnly TodayInStockholm(NodaTime.Instant now) => now.InZone(Domain.StockholmTime.Zone).Date.ToDateOnly();
}

/// <summary>
/// A stage's wall time; for a stage (not a per-page step) also the CPU time of all threads and the garbage collector's
/// pauses during it (a pause stops every thread, so it is wall time lost on both cores).
/// </summary>
public sealed record StageTiming(string Stage, long Milliseconds, long? CpuMilliseconds = null, long? GcPauseMilliseconds = null);

public sealed record BuildResult(
    bool Succeeded,
    int DocumentsRead,
    int PagesWritten,
    IReadOnlyList<Diagnostics.Diagnostic> Diagnostics,
    IReadOnlyList<StageTiming> Timings,
    long TotalMilliseconds)
{
    /// <summary>Where the link report (HTML and JSON) was written.</summary>
    public string? ReportFolder { get; init; }

    /// <summary>A failed build that replaced output/ with a site of the report alone (ReportSettings.PublishReportOnFailure).</summary>
    public bool PublishedReportOnly { get; init; }

    /// <summary>The exceptions behind "file-failed" errors, printed only with --verbose.</summary>
    public IReadOnlyList<Exception> Causes { get; init; } = [];
}
