using Sodertorn.Site.Linking;
using Sodertorn.Site.Pipeline;
using Sodertorn.Site.Rendering;

namespace Sodertorn.Site.Output;

/// <summary>A file the build writes besides the HTML pages: a feed, the sitemap, a calendar, open data.</summary>
public sealed record OutputFile(string Path, string Text);

/// <summary>What a generator may read: the published site, its finished pages and the build's options.</summary>
public sealed record GeneratorContext(LinkedSite Site, IReadOnlyList<PageInfo> Pages, BuildOptions Options);

/// <summary>
/// Produces extra output files from the linked site after the pages are rendered. Generators only read;
/// their files are written atomically together with the pages.
/// </summary>
public interface IOutputGenerator
{
    IEnumerable<OutputFile> Generate(GeneratorContext context);
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
