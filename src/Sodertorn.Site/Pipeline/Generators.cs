using Sodertorn.Site.Output;

namespace Sodertorn.Site.Pipeline;

/// <summary>Every generator of the build, in a fixed order. One line per generator.</summary>
public static class Generators
{
    public static IReadOnlyList<IOutputGenerator> All { get; } =
    [
        new Feeds.AtomFeedGenerator(),
        new Feeds.FollowUpFeedGenerator(),
        new Sitemaps.SitemapGenerator(),
        new Sitemaps.RobotsTxtGenerator(),
        new Calendars.IcsGenerator(),
        new OpenData.OpenDataGenerator(),
        new Cms.CmsGenerator(),
        // Last: the policy for every top-level name the site writes, reserved ones (these generators') included.
        new Hosting.HeadersFile(() => SiteRoutes.Reserved(All!).PageIds),
    ];
}
