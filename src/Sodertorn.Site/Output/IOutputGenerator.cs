using Sodertorn.Site.Linking;

namespace Sodertorn.Site.Output;

/// <summary>
/// A file the build writes besides the HTML pages: a feed, the sitemap, a calendar, open data. Small files
/// are given as text; a large one as a writer that streams into the file, so it is never held whole.
/// </summary>
public sealed class OutputFile
{
    private static readonly System.Text.UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly Action<Stream> write;

    public OutputFile(string path, string text)
    {
        Path = path;
        Text = text;
        write = stream => stream.Write(Utf8.GetBytes(text));
    }

    private OutputFile(string path, Action<Stream> write)
    {
        Path = path;
        this.write = write;
    }

    public static OutputFile Streamed(string path, Action<Stream> write) => new(path, write);

    /// <summary>
    /// A file published as it is, like an attachment: the sink copies it (the preview only when its time or length
    /// changed) instead of reading it through (the CMS's bundle at /admin/, some 7 MB, on every rebuild).
    /// </summary>
    public static OutputFile CopyOf(string path, string sourceFile) =>
        new(path, stream => { using var file = File.OpenRead(sourceFile); file.CopyTo(stream); }) { SourceFile = sourceFile };

    /// <summary>The file on disk this one is a copy of, or null for a file made by the generator.</summary>
    public string? SourceFile { get; private init; }

    public string Path { get; }

    /// <summary>The content when the file was given as text; null for a streamed file.</summary>
    public string? Text { get; }

    public void WriteTo(Stream stream) => write(stream);
}

/// <summary>A page once written: what later stages (link check, sitemap) need, without its HTML.</summary>
/// <param name="Listed">Whether search engines are pointed to it (the sitemap); not the not-found page or the link report.</param>
public sealed record PageInfo(string Url, string OutputPath, string? SourceFile, bool Listed);

/// <summary>What a generator may read: the published site, the site's address, and — after the page stage — its pages.</summary>
public sealed record GeneratorContext(LinkedSite Site, string BaseUrl)
{
    private readonly IReadOnlyList<PageInfo>? pages;

    public GeneratorContext(LinkedSite site, string baseUrl, IReadOnlyList<PageInfo> pages) : this(site, baseUrl) => this.pages = pages;

    /// <summary>Where a generator reports a problem that is not a fault of its code (a tool it needs is missing).</summary>
    public Diagnostics.DiagnosticBag Diagnostics { get; init; } = new();

    /// <summary>Hears what takes a while (an install on the first build), as BuildOptions.Progress.</summary>
    public Action<string>? Progress { get; init; }

    /// <summary>
    /// The finished pages. Given only to generators that declare <see cref="IOutputGenerator.ReadsPages"/>: one that
    /// forgot would run beside the rendering and see no pages, and this says so instead of handing it an empty list.
    /// </summary>
    public IReadOnlyList<PageInfo> Pages => pages ?? throw new InvalidOperationException(
        "a generator that reads the pages must say so with ReadsPages => true; it runs beside the rendering of the pages and has none yet");
}

/// <summary>
/// Produces extra output files from the linked site. Generators only read; their files are published together with
/// the pages, or not at all.
/// </summary>
public interface IOutputGenerator
{
    IEnumerable<OutputFile> Generate(GeneratorContext context);

    /// <summary>The top-level folder (or file) everything it writes lies in: no page may take it as its id.</summary>
    string Root { get; }

    /// <summary>Names of its files for the whole site beside one per organ (/flode/alla.xml): no organ may take them as its id.</summary>
    IEnumerable<string> SiteWideNames => [];

    /// <summary>
    /// Whether the generator reads <see cref="GeneratorContext.Pages"/>. One that does not runs beside the rendering
    /// of the pages and is given no pages (reading them throws); one that does runs after them.
    /// </summary>
    bool ReadsPages => false;
}
