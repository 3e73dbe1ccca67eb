using Sodertorn.Site.Diagnostics;

namespace Sodertorn.Site.Authoring.Preview;

/// <summary>
/// What the preview prints after each rebuild: findings in the build's format (file:line:column: …), errors
/// on every failed rebuild, warnings and notes only when they differ from the last ones printed, so that
/// a save does not repeat the same screenful each time.
/// </summary>
public sealed class PreviewReport(TextWriter output, TextWriter errors)
{
    private IReadOnlyList<Diagnostic> shownNotes = [];

    public void Initial(BuildOutcome outcome, string url)
    {
        Findings(outcome, force: true);
        output.WriteLine($"{outcome.Documents} dokument lästa, {outcome.Pages} sidor; {Counts(outcome)}; {outcome.Milliseconds} ms");
        if (!outcome.Succeeded)
            output.WriteLine("Bygget misslyckades: rätta felen ovan. Förhandsgranskningen bygger om när du sparar.");
        output.WriteLine($"Förhandsgranskningen körs på {url}/ — den uppdateras när du sparar i input/ eller theme/. Avsluta med Ctrl+C.");
    }

    public void Rebuilt(BuildOutcome outcome, BuildOutcome? early)
    {
        Findings(outcome, force: false);
        var time = DateTime.Now.ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
        if (!outcome.Succeeded)
        {
            output.WriteLine($"[{time}] Bygget misslyckades ({Counts(outcome)}): förhandsgranskningen visar den senaste versionen som fungerade. Rätta felen ovan och spara igen.");
            return;
        }
        var first = early is null ? "" : $" (den ändrade sidan efter {early.Milliseconds} ms)";
        var changed = outcome.ChangedUrls.Count + (early?.ChangedUrls.Count ?? 0);
        var stages = string.Join(", ", outcome.Timings.Where(t => !t.Stage.StartsWith('Σ')).Select(t => $"{t.Stage} {t.Milliseconds}"));
        output.WriteLine($"[{time}] Ombyggt på {outcome.Milliseconds} ms{first}: {changed} {(changed == 1 ? "fil" : "filer")} ändrade; {Counts(outcome)} ({stages}).");
    }

    /// <summary>An unexpected failure of the preview itself; the server keeps serving the last good site.</summary>
    public void Crashed(Exception exception) =>
        errors.WriteLine($"förhandsgranskningen kunde inte bygga om: {exception.GetType().Name}: {exception.Message}");

    private void Findings(BuildOutcome outcome, bool force)
    {
        var notes = outcome.Diagnostics.Where(d => d.Severity != Severity.Error).ToList();
        if (force || !notes.SequenceEqual(shownNotes))
            foreach (var note in notes) output.WriteLine(note.ToString());
        shownNotes = notes;
        foreach (var error in outcome.Errors) errors.WriteLine(error.ToString());
    }

    private static string Counts(BuildOutcome outcome) =>
        $"{outcome.Diagnostics.Count(d => d.Severity == Severity.Error)} fel, " +
        $"{outcome.Diagnostics.Count(d => d.Severity == Severity.Warning)} varningar, " +
        $"{outcome.Diagnostics.Count(d => d.Severity == Severity.Info)} noteringar";
}
