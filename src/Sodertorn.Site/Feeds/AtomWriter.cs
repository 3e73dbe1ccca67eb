using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using NodaTime;

namespace Sodertorn.Site.Feeds;

/// <summary>
/// Writes a feed as Atom 1.0 with System.ServiceModel.Syndication. Every value comes from the content,
/// never from the clock, so two builds of the same input write the same bytes.
/// </summary>
public static class AtomWriter
{
    public const string Author = "Södertörnskommunerna";
    public const string Language = "sv";

    /// <summary>
    /// The "updated" of a feed with no entries. Atom requires the element, and the build time would make
    /// every build differ, so an empty feed carries a fixed date instead.
    /// </summary>
    public static readonly DateOnly EmptyFeedDate = new(2000, 1, 1);

    private static readonly DateTimeZone Stockholm = DateTimeZoneProviders.Tzdb["Europe/Stockholm"];

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
    };

    /// <summary>
    /// Dates are midnight in Sweden, the day the minutes or plan are dated. NodaTime's built-in time-zone
    /// database gives the same offset on every machine, whatever time zones the build server has installed.
    /// </summary>
    public static DateTimeOffset Timestamp(DateOnly date) =>
        LocalDate.FromDateOnly(date).AtStartOfDayInZone(Stockholm).ToDateTimeOffset();

    public static string Write(AtomFeed feed, string baseUrl)
    {
        var root = baseUrl.TrimEnd('/');
        var updated = Timestamp(feed.Entries.Count == 0 ? EmptyFeedDate : feed.Entries.Max(e => e.Date));
        var syndication = new SyndicationFeed
        {
            Id = root + feed.Path,
            Title = new TextSyndicationContent(feed.Title),
            Description = new TextSyndicationContent(feed.Subtitle),
            Language = Language,
            LastUpdatedTime = updated,
            Items = feed.Entries.Select(e => Entry(e, root)).ToList(),
        };
        syndication.Authors.Add(new SyndicationPerson { Name = Author });
        syndication.Links.Add(new SyndicationLink(Address(root + feed.Path), "self", feed.Title, "application/atom+xml", 0));
        syndication.Links.Add(SyndicationLink.CreateAlternateLink(Address(root + feed.PageUrl), "text/html"));

        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, Settings))
        {
            writer.WriteStartDocument();
            new Atom10FeedFormatter(syndication).WriteTo(writer);
            writer.WriteEndDocument();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static SyndicationItem Entry(FeedEntry entry, string root)
    {
        var url = root + entry.Url;
        var date = Timestamp(entry.Date);
        var item = new SyndicationItem
        {
            // The permanent address never changes between builds, so readers never see an entry twice.
            Id = url,
            Title = new TextSyndicationContent(entry.Title),
            Summary = new TextSyndicationContent(entry.Summary),
            PublishDate = date,
            LastUpdatedTime = date,
        };
        item.Links.Add(SyndicationLink.CreateAlternateLink(Address(url), "text/html"));
        return item;
    }

    // --base-url is the author's to give; a malformed one should give odd links, not crash the build.
    private static Uri Address(string url) => new(url, UriKind.RelativeOrAbsolute);
}
