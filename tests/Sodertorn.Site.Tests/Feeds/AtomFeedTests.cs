using AngleSharp.Html.Parser;
using Sodertorn.Site.Feeds;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Feeds;

/// <summary>The feeds of the valid fixture site, read back with an independent Atom reader.</summary>
public sealed class AtomFeedTests
{
    private const string Base = TempSite.BaseUrl;

    private static SharedSite Built => SharedSites.Valid;
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void The_site_feed_lists_minutes_and_plans_newest_first_with_absolute_links()
    {
        var feed = AtomDocument.Parse(Built.Read("flode/alla.xml"));

        Assert.Equal("Södertörnskommunerna – nytt på webbplatsen", feed.Title);
        Assert.Equal(Base + "/flode/alla.xml", feed.Id);
        Assert.Equal(Base + "/flode/alla.xml", feed.SelfLink);
        Assert.Equal(Base + "/", feed.AlternateLink);
        Assert.Equal("sv", feed.Language);
        Assert.Equal(["Södertörnskommunerna"], feed.Authors);
        Assert.Equal(
            [
                (Base + "/protokoll/lg-2030-03-01/", "Ledningsgruppen 1 mars 2030", "2030-03-01T00:00:00+01:00"),
                (Base + "/planer/vp-2030/", "Verksamhetsplan och budget 2030", "2030-01-15T00:00:00+01:00"),
            ],
            feed.Entries.Select(e => (e.Id, e.Title, Rfc3339(e.Updated))));
        Assert.All(feed.Entries, e => Assert.Equal(e.Id, e.Link));
        Assert.All(feed.Entries, e => Assert.Equal(e.Updated, e.Published));
        Assert.All(feed.Entries, e => Assert.False(string.IsNullOrWhiteSpace(e.Summary)));
    }

    [Fact]
    public void There_is_a_feed_of_the_site_one_of_decisions_and_one_per_organ_with_minutes()
    {
        var files = Directory.GetFiles(Path.Combine(Built.Output, "flode")).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(["alla.xml", "beslut.xml", "ledningsgruppen.xml"], files);
    }

    [Fact]
    public void A_feed_is_as_new_as_its_newest_entry_never_the_build_time()
    {
        foreach (var file in new[] { "flode/alla.xml", "flode/beslut.xml", "flode/ledningsgruppen.xml" })
        {
            var feed = AtomDocument.Parse(Built.Read(file));
            Assert.Equal(feed.Entries.Max(e => e.Updated), feed.Updated);
        }
    }

    [Fact]
    public void Each_organ_with_minutes_has_a_feed_and_a_subscribe_link_and_others_have_neither()
    {
        var feed = AtomDocument.Parse(Built.Read("flode/ledningsgruppen.xml"));
        Assert.Equal("Ledningsgruppen – minnesanteckningar", feed.Title);
        Assert.Equal(Base + "/organisation/ledningsgruppen/", feed.AlternateLink);
        Assert.Equal([Base + "/protokoll/lg-2030-03-01/"], feed.Entries.Select(e => e.Id));

        var organ = Parser.ParseDocument(Built.Read("organisation/ledningsgruppen/index.html"));
        Assert.Equal("/flode/ledningsgruppen.xml", organ.QuerySelector("main a[href$='.xml']")?.GetAttribute("href"));
        Assert.Contains("Prenumerera", organ.QuerySelector("main a[href$='.xml']")!.TextContent);
        Assert.Contains("/flode/ledningsgruppen.xml", Alternates(organ));

        // Samarbetskommittén has no published minutes in the fixture: nothing to follow yet.
        Assert.False(Built.Exists("flode/samarbetskommitten.xml"));
        var empty = Parser.ParseDocument(Built.Read("organisation/samarbetskommitten/index.html"));
        Assert.Null(empty.QuerySelector("a[href$='.xml']"));
        Assert.DoesNotContain("/flode/samarbetskommitten.xml", Alternates(empty));
    }

    [Fact]
    public void The_decision_feed_has_one_entry_per_decision_pointing_at_its_anchor()
    {
        var feed = AtomDocument.Parse(Built.Read("flode/beslut.xml"));

        Assert.Equal("Södertörnskommunerna – beslut", feed.Title);
        Assert.Equal(
            [
                (Base + "/protokoll/lg-2030-03-01/#kartan-godkands", "Beslut: Ledningsgruppen 1 mars 2030, punkt 1", "Kartan godkänns."),
                (Base + "/protokoll/lg-2030-03-01/#komplettera", "Beslut: Ledningsgruppen 1 mars 2030, punkt 1", "Bo Kansli får i uppdrag att komplettera kartan."),
            ],
            feed.Entries.Select(e => (e.Id, e.Title, e.Summary)));
        var meeting = Parser.ParseDocument(Built.Read("protokoll/lg-2030-03-01/index.html"));
        Assert.All(feed.Entries, e => Assert.NotNull(meeting.GetElementById(e.Link.Split('#')[1])));
    }

    [Fact]
    public void Every_page_names_the_site_feeds_for_feed_readers()
    {
        foreach (var page in new[] { "index.html", "om/index.html", "protokoll/lg-2030-03-01/index.html" })
        {
            var alternates = Alternates(Parser.ParseDocument(Built.Read(page)));
            Assert.Contains("/flode/alla.xml", alternates);
            Assert.Contains("/flode/beslut.xml", alternates);
        }
    }

    [Fact]
    public void Feeds_are_utf8_without_byte_order_mark()
    {
        // Every feed: the site's, and those of each goal, municipality and follow-up in the folders under it.
        var feeds = Directory.GetFiles(Path.Combine(Built.Output, "flode"), "*", SearchOption.AllDirectories);
        Assert.Contains(feeds, f => Path.GetRelativePath(Built.Output, f).Count(c => c == Path.DirectorySeparatorChar) >= 2);
        foreach (var file in feeds)
        {
            var bytes = File.ReadAllBytes(file);
            Assert.False(bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), $"{file} starts with a BOM");
            var text = new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", text);
        }
    }

    [Fact]
    public void Dates_are_midnight_in_Stockholm_whatever_the_season()
    {
        Assert.Equal("2030-01-15T00:00:00+01:00", Rfc3339(AtomWriter.Timestamp(new DateOnly(2030, 1, 15))));
        Assert.Equal("2030-06-14T00:00:00+02:00", Rfc3339(AtomWriter.Timestamp(new DateOnly(2030, 6, 14))));
    }

    private static List<string?> Alternates(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("head link[rel=alternate][type='application/atom+xml']").Select(l => l.GetAttribute("href")).ToList();

    private static string Rfc3339(DateTimeOffset date) =>
        date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);
}
