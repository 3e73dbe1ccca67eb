using Sodertorn.Site.Linking;
using Sodertorn.Site.Pipeline;
using Sodertorn.Site.Rendering;

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

    public string Path { get; }

    /// <summary>The content when the file was given as text; null for a streamed file.</summary>
    public string? Text { get; }

    public void WriteTo(Stream stream) => write(stream);
}

/// <summary>What a generator may read: the published site, its finished pages and the build's options.</summary>
public sealed record GeneratorContext(LinkedSite Site, BuildOptions Options)
{
    private readonly IReadOnlyList<PageInfo>? pages;

    public GeneratorContext(LinkedSite site, IReadOnlyList<PageInfo> pages, BuildOptions options) : this(site, options) => this.pages = pages;

    /// <summary>
    /// The finished pages. Given only to generators that declare <see cref="IOutputGenerator.ReadsPages"/>: one that
    /// forgot would run beside the rendering and see no pages, and this says so instead of handing it an empty list.
    /// </summary>
    public IReadOnlyList<PageInfo> Pages => pages ?? throw new InvalidOperationException(
        "a generator that reads the pages must say so with ReadsPages => true; it runs beside the rendering of the pages and has none yet");
}

/// <summary>
/// Produces extra output files from the linked site after the pages are rendered. Generators only read;
/// their files are written atomically together with the pages.
/// </summary>
public interface IOutputGenerator
{
    IEnumerable<OutputFile> Generate(GeneratorContext context);

    /// <summary>
    /// Whether the generator reads <see cref="GeneratorContext.Pages"/>. One that does not runs beside the rendering
    /// of the pages and is given no pages (reading them throws); one that does runs after them.
    /// </summary>
    bool ReadsPages => false;
}

/// <summary>Every generator of the build, in a fixed order. One line per generator.</summary>
public static class OutputGenerators
{
    public static IReadOnlyList<IOutputGenerator> All { get; } =
    [
        new Feeds.AtomFeedGenerator(),
        new Sitemaps.SitemapGenerator(),
        new Sitemaps.RobotsTxtGenerator(),
        new Calendars.IcsGenerator(),
        new OpenData.OpenDataGenerator(),
    ];
}
