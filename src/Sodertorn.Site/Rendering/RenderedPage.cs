namespace Sodertorn.Site.Rendering;

/// <summary>Render stage output: one HTML file, its URL, and the source file it came from (for the link report).</summary>
/// <param name="Html">
/// The page, in its rendering thread's output (<see cref="WordBreakingOutput.Written"/>): valid until that thread renders
/// its next page, so post-process and write it first, on the same thread, or copy it.
/// </param>
public sealed record RenderedPage(string Url, string OutputPath, ReadOnlyMemory<char> Html, string? SourceFile)
{
    public bool Indexable { get; init; } = true;

    public PageInfo Info => new(Url, OutputPath, SourceFile, Indexable);
}

/// <summary>A page once written: what later stages (link check, sitemap) need, without its HTML.</summary>
public sealed record PageInfo(string Url, string OutputPath, string? SourceFile, bool Indexable);
