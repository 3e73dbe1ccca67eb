using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

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

    // NodaTime's own copy of the time zone database: the same days on every machine, whatever its system knows.
    private static readonly NodaTime.DateTimeZone Stockholm = NodaTime.DateTimeZoneProviders.Tzdb["Europe/Stockholm"];

    /// <summary>Relative paths ("protokoll/ledningsgruppen/2023-02-10.md", as <see cref="SourceFile"/> names them) to their dates.</summary>
    public static IReadOnlyDictionary<string, SourceDates> Read(string inputFolder)
    {
        var empty = new Dictionary<string, SourceDates>(StringComparer.Ordinal);
        if (!Directory.Exists(inputFolder)) return empty;
        var start = new ProcessStartInfo("git")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        // --relative: paths relative to input/, and only the files in it; quotepath off: å, ä and ö as they are.
        foreach (var arg in new[] { "-C", Path.GetFullPath(inputFolder), "-c", "core.quotepath=off", "log", "--no-color", "--relative", "--name-only", "--format=%x1e%ct", "--", "." })
            start.ArgumentList.Add(arg);
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        try
        {
            using var git = Process.Start(start);
            if (git is null) return empty;
            var errors = git.StandardError.ReadToEndAsync();
            var output = git.StandardOutput.ReadToEnd();
            git.WaitForExit();
            _ = errors.Result;
            return git.ExitCode == 0 ? Parse(output) : empty;
        }
        catch (Win32Exception)
        {
            // No git on this machine.
            return empty;
        }
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
