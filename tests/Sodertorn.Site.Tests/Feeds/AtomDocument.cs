using System.Globalization;
using System.Xml.Linq;

namespace Sodertorn.Site.Tests.Feeds;

public sealed record AtomEntry(string Id, string Title, string? Summary, DateTimeOffset Updated, DateTimeOffset? Published, string Link);

/// <summary>
/// A feed read back with System.Xml.Linq straight from the Atom namespace — deliberately not with the
/// Syndication library that wrote it, so a quirk of that library cannot hide itself. Reading asserts
/// what RFC 4287 requires of a feed and of each entry.
/// </summary>
public sealed record AtomDocument(
    string Title, string Id, DateTimeOffset Updated, string? Language, IReadOnlyList<string> Authors,
    string? SelfLink, string? AlternateLink, IReadOnlyList<AtomEntry> Entries)
{
    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static AtomDocument Parse(string xml)
    {
        var document = XDocument.Parse(xml);
        var feed = document.Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        var authors = feed.Elements(Atom + "author").Select(a => Single(a, "name")).ToList();
        var entries = feed.Elements(Atom + "entry").Select(ParseEntry).ToList();
        // RFC 4287 4.1.1: a feed without an author needs one in every entry.
        Assert.True(authors.Count > 0 || feed.Elements(Atom + "entry").All(e => e.Elements(Atom + "author").Any()), "the feed has no author");
        return new AtomDocument(
            Single(feed, "title"),
            AbsoluteIri(Single(feed, "id")),
            Date(Single(feed, "updated")),
            feed.Attribute(XNamespace.Xml + "lang")?.Value,
            authors,
            Link(feed, "self"),
            Link(feed, "alternate"),
            entries);
    }

    private static AtomEntry ParseEntry(XElement entry)
    {
        var link = Link(entry, "alternate");
        Assert.NotNull(link);
        var published = entry.Elements(Atom + "published").SingleOrDefault()?.Value;
        return new AtomEntry(
            AbsoluteIri(Single(entry, "id")),
            Single(entry, "title"),
            entry.Elements(Atom + "summary").SingleOrDefault()?.Value,
            Date(Single(entry, "updated")),
            published is null ? null : Date(published),
            AbsoluteIri(link));
    }

    /// <summary>Atom's required elements appear exactly once.</summary>
    private static string Single(XElement parent, string name)
    {
        var elements = parent.Elements(Atom + name).ToList();
        Assert.True(elements.Count == 1, $"<{parent.Name.LocalName}> has {elements.Count} <{name}> elements, Atom requires exactly one");
        return elements[0].Value;
    }

    /// <summary>A link with no rel is an alternate link (RFC 4287 4.2.7.2).</summary>
    private static string? Link(XElement parent, string rel) =>
        parent.Elements(Atom + "link").FirstOrDefault(l => (l.Attribute("rel")?.Value ?? "alternate") == rel)?.Attribute("href")?.Value;

    private static string AbsoluteIri(string value)
    {
        Assert.True(Uri.TryCreate(value, UriKind.Absolute, out _), $"'{value}' is not an absolute IRI");
        return value;
    }

    /// <summary>An RFC 3339 date-time, as Atom requires: with seconds and an explicit offset or Z.</summary>
    private static DateTimeOffset Date(string value)
    {
        Assert.True(DateTimeOffset.TryParseExact(value, ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"],
            CultureInfo.InvariantCulture, DateTimeStyles.None, out var date), $"'{value}' is not an RFC 3339 date-time");
        Assert.True(value.EndsWith('Z') || value[^6] is '+' or '-', $"'{value}' has no time offset");
        return date;
    }
}
