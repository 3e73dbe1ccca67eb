namespace Sodertorn.Site.Feeds;

/// <summary>One entry of a feed. Url is the root-relative permanent address, which also gives the entry its id.</summary>
public sealed record FeedEntry(string Url, string Title, string Summary, DateOnly Date);

/// <summary>A feed before it is written: where it goes, what it is called, which page it stands for, newest entry first.</summary>
public sealed record AtomFeed(string Path, string Title, string Subtitle, string PageUrl, IReadOnlyList<FeedEntry> Entries);
