using Sodertorn.Site.Linking;
using Sodertorn.Site.Markdown;
using Sodertorn.Site.Output;

namespace Sodertorn.Site.Feeds;

/// <summary>
/// The Atom feeds: everything new, each organ's minutes, and every decision. People follow the
/// collaboration by these instead of visiting the site to look for changes.
/// </summary>
public sealed class AtomFeedGenerator : IOutputGenerator
{
    public const string AllTitle = "Södertörnskommunerna – nytt på webbplatsen";
    public const string DecisionsTitle = "Södertörnskommunerna – beslut";

    public static string OrganTitle(string organTitle) => $"{organTitle} – minnesanteckningar";

    public string Root => FeedPaths.Folder;

    /// <summary>alla.xml and beslut.xml: an organ with one of these ids would overwrite a feed of the whole site.</summary>
    public IEnumerable<string> SiteWideNames => [FeedPaths.NameOf(FeedPaths.All), FeedPaths.NameOf(FeedPaths.Decisions)];

    public IEnumerable<OutputFile> Generate(GeneratorContext context) =>
        Feeds(context.Site).Select(feed => new OutputFile(FeedPaths.FileFor(feed.Path), AtomWriter.Write(feed, context.BaseUrl)));

    public static IEnumerable<AtomFeed> Feeds(LinkedSite site)
    {
        var entries = new FeedEntries(site);
        yield return new AtomFeed(FeedPaths.All, AllTitle, "Nya minnesanteckningar och verksamhetsplaner från Södertörnskommunernas samverkan.",
            "/", entries.Everything());
        yield return new AtomFeed(FeedPaths.Decisions, DecisionsTitle, "Varje beslut i de publicerade minnesanteckningarna, med länk till beslutet.",
            "/protokoll/", entries.Decisions());
        var taken = new HashSet<string>([FeedPaths.All, FeedPaths.Decisions], StringComparer.Ordinal);
        foreach (var organ in site.Organs)
        {
            var minutes = entries.MinutesOf(organ.Id);
            // An organ named like a site feed ("alla", "beslut") would overwrite it; its page's subscribe link
            // then fails the link check, which points at the problem instead of a silently wrong feed.
            if (minutes.Count == 0 || !taken.Add(FeedPaths.ForOrgan(organ.Id))) continue;
            yield return new AtomFeed(FeedPaths.ForOrgan(organ.Id), OrganTitle(organ.Title), $"Publicerade minnesanteckningar från {organ.Title}.",
                UrlScheme.For(organ), minutes);
        }
    }
}
