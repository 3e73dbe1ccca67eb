using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Pipeline;

namespace Sodertorn.Site.Cli;

/// <summary>The one place that prints a build's findings and its summary to the terminal.</summary>
public static class ConsoleReport
{
    public static void Print(BuildResult result, TextWriter output, TextWriter errors)
    {
        var counts = $"{result.Diagnostics.Count(d => d.Severity == Severity.Error)} fel, " +
                     $"{result.Diagnostics.Count(d => d.Severity == Severity.Warning)} varningar, " +
                     $"{result.Diagnostics.Count(d => d.Severity == Severity.Info)} noteringar";
        if (result.Diagnostics.Count > 0) output.WriteLine($"Länkrapport: {counts}");
        foreach (var diagnostic in result.Diagnostics)
            (diagnostic.Severity == Severity.Error ? errors : output).WriteLine(diagnostic.ToString());

        var stages = string.Join(", ", result.Timings.Select(t => $"{t.Stage} {t.Milliseconds}"));
        output.WriteLine($"{result.DocumentsRead} dokument lästa, {result.PagesWritten} sidor skrivna; {counts}; {result.TotalMilliseconds} ms ({stages})");
        if (result.ReportFolder is not null) output.WriteLine($"Länkrapporten (HTML och JSON) finns i {result.ReportFolder}");
        output.WriteLine(result.Succeeded
            ? "Bygget lyckades."
            : "Bygget misslyckades: output/ lämnades orörd. Rätta felen ovan och bygg igen.");
    }
}
