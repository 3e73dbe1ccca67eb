namespace Sodertorn.Site.Rendering;

/// <summary>Render stage output: one HTML file, its URL, and the source file it came from (for the link report).</summary>
public sealed record RenderedPage(string Url, string OutputPath, string Html, string? SourceFile)
{
    public bool Indexable { get; init; } = true;
}
