namespace Sodertorn.Site.Rendering;

/// <summary>One page to render: its address, layout, source file, how to build its model, and whether it is listed
/// for search engines (the sitemap).</summary>
public sealed record PageJob(string Url, string Layout, string? SourceFile, Func<Scriban.Runtime.ScriptObject> Model, bool Listed = true)
{
    /// <summary>The file in the site folder that serves <see cref="Url"/>.</summary>
    public string OutputPath => Url.EndsWith('/') ? Linking.UrlScheme.FileFor(Url) : Url.TrimStart('/');

    public Output.PageInfo Info => new(Url, OutputPath, SourceFile, Listed);
}

/// <summary>
/// A page just rendered. Its HTML is the render worker's output, which the next page overwrites: so this is a ref struct,
/// which the compiler lets no one keep, capture or store; what must outlive it (the bytes written, the links found) is
/// made from it inside <see cref="SiteRenderer.Render{T}"/>'s callback.
/// </summary>
public readonly ref struct RenderedPage(PageJob job, ReadOnlySpan<char> html)
{
    public PageJob Job { get; } = job;

    public ReadOnlySpan<char> Html { get; } = html;
}

/// <summary>What is done with a page while its HTML exists.</summary>
public delegate T PageUse<out T>(RenderedPage page);
