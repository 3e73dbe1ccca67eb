using System.Globalization;
using Sodertorn.Site.Tools;

namespace Sodertorn.Site.Content;

/// <summary>When a source file was first and last committed, as days in Stockholm.</summary>
public sealed record SourceDates(DateOnly Published, DateOnly Updated)
{
    /// <summary>The span of several files: the earliest first commit and the latest last one.</summary>
    public static SourceDates? Span(IEnumerable<SourceDates> dates)
    {
        SourceDates? span = null;
        foreach (var d in dates)
            span = span is null ? d : new SourceDates(d.Published < span.Published ? d.Published : span.Published, d.Updated > span.Updated ? d.Updated : span.Updated);
        return span;
    }
}

/// <summary>
/// The commit history of input/: for each file, the day of its first and its last commit (Swedish webbriktlinjer R23:
/// when a page was published and last updated). One git process for the whole folder, at the start of a build, so the
/// dates are the same for every build of one commit. Outside a git repository (a corpus for benchmarks, a copy in a
/// test), or without git, there is no history and pages say nothing of these dates.
/// </summary>
public static class SourceHistory
{
    private const char Record = '\u001e';

    // NodaTime's own copy of the time zone database: the same days on every machine, whatever its system knows. Not
    // Domain.StockholmTime: Domain reads from Content, not the other way.
    private static readonly NodaTime.DateTimeZone Stockholm = NodaTime.DateTimeZoneProviders.Tzdb["Europe/Stockholm"];

    // The history of a large archive is read in well under a second; the limit only catches a git that hangs.
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);

    /// <summary>Relative paths ("protokoll/ledningsgruppen/2023-02-10.md", as <see cref="SourceFile"/> names them) to their dates.</summary>
    public static IReadOnlyDictionary<string, SourceDates> Read(string inputFolder)
    {
        if (!Directory.Exists(inputFolder)) return new Dictionary<string, SourceDates>(StringComparer.Ordinal);
        // --relative: paths relative to input/, and only the files in it; quotepath off: å, ä and ö as they are.
        var log = ToolProcess.Git(inputFolder, ["-c", "core.quotepath=off", "log", "--no-color", "--relative", "--name-only", "--format=%x1e%ct", "--", "."], Timeout);
        return log is { Succeeded: true } ? Parse(log.Output) : new Dictionary<string, SourceDates>(StringComparer.Ordinal);
    }

    /// <summary>The git folder of the repository <paramref name="inputFolder"/> is in (.git, or a worktree's own), or null outside git.</summary>
    public static string? GitFolder(string inputFolder)
    {
        if (!Directory.Exists(inputFolder)) return null;
        var folder = ToolProcess.Git(inputFolder, ["rev-parse", "--absolute-git-dir"], Timeout);
        return folder is { Succeeded: true } && folder.Output.Trim() is { Length: > 0 } path ? path : null;
    }

    /// <summary>git log's output: records of a commit time (Unix seconds) and the files it touched.</summary>
    public static IReadOnlyDictionary<string, SourceDates> Parse(string log)
    {
        var dates = new Dictionary<string, SourceDates>(StringComparer.Ordinal);
        foreach (var record in log.Split(Record, StringSplitOptions.RemoveEmptyEntries))
        {
            var lines = record.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (lines.Length < 2 || !long.TryParse(lines[0], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)) continue;
            var day = NodaTime.Instant.FromUnixTimeSeconds(seconds).InZone(Stockholm).Date.ToDateOnly();
            var one = new SourceDates(day, day);
            foreach (var file in lines.Skip(1))
                dates[file] = dates.TryGetValue(file, out var known) ? SourceDates.Span([known, one])! : one;
        }
        return dates;
    }
}
