using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Pipeline;

namespace Sodertorn.Site.Cli;

/// <summary>The one place that prints a build's findings and its summary to the terminal.</summary>
public static class ConsoleReport
{
    public static void Print(BuildResult result, TextWriter output, TextWriter errors, bool verbose = false)
    {
        var counts = $"{result.Diagnostics.Count(d => d.Severity == Severity.Error)} fel, " +
                     $"{result.Diagnostics.Count(d => d.Severity == Severity.Warning)} varningar, " +
                     $"{result.Diagnostics.Count(d => d.Severity == Severity.Info)} noteringar";
        if (result.Diagnostics.Count > 0) output.WriteLine($"Länkrapport: {counts}");
        foreach (var diagnostic in result.Diagnostics)
            (diagnostic.Severity == Severity.Error ? errors : output).WriteLine(diagnostic.ToString());
        if (verbose)
            foreach (var cause in result.Causes) errors.WriteLine(cause.ToString());

        // "pages 6773/13210/410": wall time, the CPU time of all threads (a stage that runs on one core shows), the GC's pauses.
        var stages = string.Join(", ", result.Timings.Select(t => t.CpuMilliseconds is { } cpu ? $"{t.Stage} {t.Milliseconds}/{cpu}/{t.GcPauseMilliseconds}" : $"{t.Stage} {t.Milliseconds}"));
        output.WriteLine($"{result.DocumentsRead} dokument lästa, {result.PagesWritten} sidor skrivna; {counts}; {result.TotalMilliseconds} ms ({stages}; {Collector()})");
        if (result.ReportFolder is not null) output.WriteLine($"Länkrapporten (HTML och JSON) finns i {result.ReportFolder}");
        output.WriteLine(result.Succeeded ? "Bygget lyckades."
            : result.PublishedReportOnly ? "Bygget misslyckades: output/ är nu bara länkrapporten (--publish-report-on-failure). Rätta felen ovan och bygg igen."
            : "Bygget misslyckades: output/ lämnades orörd. Rätta felen ovan och bygg igen.");
    }

    /// <summary>What the garbage collector cost this process: its pauses stop every thread (bench/run, docs/benchmarks.md).</summary>
    private static string Collector() =>
        $"GC {(long)GC.GetTotalPauseDuration().TotalMilliseconds} ms paus, {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} gen0/1/2, " +
        $"{GC.GetTotalAllocatedBytes() >> 20} MB allokerat";
}
