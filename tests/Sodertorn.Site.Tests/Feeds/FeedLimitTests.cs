using Sodertorn.Site.Feeds;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Feeds;

public sealed class FeedLimitTests
{
    [Fact]
    public void Feeds_carry_the_newest_entries_not_the_whole_archive()
    {
        var extra = Enumerable.Range(1, FeedEntries.MaxEntries + 5)
            .Select(i => ($"protokoll/lg-2031-{i:000}.md",
                $"---\ntyp: protokoll\nid: lg-2031-{i:000}\norgan: ledningsgruppen\ndatum: {new DateOnly(2031, 1, 1).AddDays(i):yyyy-MM-dd}\n---\n## 1. Punkt {{#punkt}}\n\n::: beslut {{#beslutet}}\nBeslut {i}.\n:::\n"))
            .ToArray();
        var (site, _) = ContentFixture.Link(ContentFixture.ValidInput, extra);
        var entries = new FeedEntries(site);

        var everything = entries.Everything();
        Assert.Equal(FeedEntries.MaxEntries, everything.Count);
        Assert.Equal($"/protokoll/lg-2031-{FeedEntries.MaxEntries + 5:000}/", everything[0].Url);
        Assert.Equal(FeedEntries.MaxEntries, entries.MinutesOf("ledningsgruppen").Count);
        Assert.Equal(FeedEntries.MaxEntries + 5 + 2, entries.Decisions().Count);
    }
}
