namespace Sodertorn.Site.Pipeline;

/// <summary>What a build reads and writes. Paths may be relative to the working directory.</summary>
public sealed record BuildOptions(string Input, string Theme, string Output, string BaseUrl, bool Strict);

public sealed record StageTiming(string Stage, long Milliseconds);

public sealed record BuildResult(
    bool Succeeded,
    int DocumentsRead,
    int PagesWritten,
    IReadOnlyList<Diagnostics.Diagnostic> Diagnostics,
    IReadOnlyList<StageTiming> Timings,
    long TotalMilliseconds);
