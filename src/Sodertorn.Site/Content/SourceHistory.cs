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
        // --relative: paths relative to input/, and only the files in it; quotepath off: å, ä and ö as they are;
        // --name-status with -M: a file moved or renamed is one file, whose history goes on under its new name.
        var log = ToolProcess.Git(inputFolder, ["-c", "core.quotepath=off", "log", "--no-color", "--relative", "--name-status", "-M", "--format=%x1e%ct", "--", "."], Timeout);
        return log is { Succeeded: true } ? Parse(log.Output) : new Dictionary<string, SourceDates>(StringComparer.Ordinal);
    }

    /// <summary>The git folder of the repository <paramref name="inputFolder"/> is in (.git, or a worktree's own), or null outside git.</summary>
    public static string? GitFolder(string inputFolder)
    {
        if (!Directory.Exists(inputFolder)) return null;
        var folder = ToolProcess.Git(inputFolder, ["rev-parse", "--absolute-git-dir"], Timeout);
        return folder is { Succeeded: true } && folder.Output.Trim() is { Length: > 0 } path ? path : null;
    }

    /// <summary>
    /// git log's output, newest commit first: records of a commit time (Unix seconds) and a line per file it touched
    /// ("M\tpath", "A\tpath", "R100\told\tnew" …). A file moved or renamed keeps the history it had under its old name
    /// (the writing guide lets authors move files freely), and a move that changes nothing in it is not an update.
    /// </summary>
    public static IReadOnlyDictionary<string, SourceDates> Parse(string log)
    {
        // The first day of any commit of a file, and the last day of one that changed it.
        var first = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        var last = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        // Walking back in time: an old name, met in older commits, stands for the file's name now.
        var nowNamed = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string file, DateOnly day, bool update)
        {
            if (!first.TryGetValue(file, out var f) || day < f) first[file] = day;
            if (update && (!last.TryGetValue(file, out var l) || day > l)) last[file] = day;
        }
        foreach (var record in log.Split(Record, StringSplitOptions.RemoveEmptyEntries))
        {
            var lines = record.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (lines.Length < 2 || !long.TryParse(lines[0], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)) continue;
            var day = NodaTime.Instant.FromUnixTimeSeconds(seconds).InZone(Stockholm).Date.ToDateOnly();
            foreach (var line in lines.Skip(1))
            {
                var fields = line.Split('\t');
                if (fields.Length == 3 && fields[0].StartsWith('R'))
                {
                    var now = nowNamed.GetValueOrDefault(fields[2], fields[2]);
                    Add(now, day, update: fields[0] != "R100");
                    nowNamed[fields[1]] = now;
                }
                else
                {
                    var file = fields[^1];
                    Add(nowNamed.GetValueOrDefault(file, file), day, update: true);
                }
            }
        }
        return first.ToDictionary(f => f.Key, f => new SourceDates(f.Value, last.GetValueOrDefault(f.Key, f.Value)), StringComparer.Ordinal);
    }
}
