namespace Sodertorn.Site.Diagnostics;

public enum Severity
{
    Info,
    Warning,
    Error,
}

/// <summary>Where a problem is: a path relative to the input folder, 1-based line and column (0 = unknown).</summary>
public sealed record SourceLocation(string File, int Line = 0, int Column = 0)
{
    public override string ToString() =>
        Line <= 0 ? File : Column <= 0 ? $"{File}:{Line}" : $"{File}:{Line}:{Column}";
}

/// <summary>
/// One finding of the build. Message says what is wrong, Suggestion what to write instead; both are
/// Swedish because the kansli reads them. Code is a stable English identifier for tests and CI.
/// </summary>
/// <param name="Target">What the finding is about when it is a link or reference: the identifier or URL.</param>
public sealed record Diagnostic(
    Severity Severity,
    string Code,
    SourceLocation Location,
    string Message,
    string? Suggestion = null,
    string? Target = null)
{
    public string SeverityLabel => Severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    public override string ToString() =>
        Suggestion is null
            ? $"{Location}: {SeverityLabel}: {Message} [{Code}]"
            : $"{Location}: {SeverityLabel}: {Message} — {Suggestion} [{Code}]";
}
