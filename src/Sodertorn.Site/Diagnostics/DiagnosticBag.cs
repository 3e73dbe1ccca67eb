using System.Collections.Concurrent;

namespace Sodertorn.Site.Diagnostics;

/// <summary>
/// Collects findings from every stage, possibly from several threads at once, so that one build lists
/// every problem instead of stopping at the first.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> items = new();
    private readonly ConcurrentQueue<Exception> causes = new();

    public void Add(Diagnostic diagnostic) => items.Enqueue(diagnostic);

    public void Error(string code, SourceLocation location, string message, string? suggestion = null, string? target = null) =>
        Add(new Diagnostic(Severity.Error, code, location, message, suggestion, target));

    public void Warning(string code, SourceLocation location, string message, string? suggestion = null, string? target = null) =>
        Add(new Diagnostic(Severity.Warning, code, location, message, suggestion, target));

    public void Info(string code, SourceLocation location, string message, string? suggestion = null, string? target = null) =>
        Add(new Diagnostic(Severity.Info, code, location, message, suggestion, target));

    /// <summary>
    /// An error the generator did not foresee while it handled one file: reported against that file like any other, so the
    /// build goes on and lists the rest; the exception is kept for `--verbose` (authors never see a stack trace).
    /// </summary>
    public void Failure(SourceLocation location, Exception cause, string what)
    {
        causes.Enqueue(cause);
        Error("file-failed", location, $"{what}: generatorn stötte på något den inte känner igen ({cause.GetType().Name})",
            "jämför filen med skrivguiden (docs/skrivguide.md) och rätta det som ser ovanligt ut; kvarstår felet, skicka filen till utvecklarna (med --verbose visas detaljerna)");
    }

    /// <summary>The exceptions behind <see cref="Failure"/> reports, for `--verbose`.</summary>
    public IReadOnlyList<Exception> Causes => causes.ToList();

    public bool HasErrors => items.Any(d => d.Severity == Severity.Error);

    public int Count(Severity severity) => items.Count(d => d.Severity == severity);

    /// <summary>Sorted by file, line, column and code so that output never depends on thread timing.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        items
            .OrderBy(d => d.Location.File, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
}
