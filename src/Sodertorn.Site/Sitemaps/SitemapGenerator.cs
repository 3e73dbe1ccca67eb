using System.Globalization;
using System.Text;
using System.Xml;
using Sodertorn.Site.Linking;
using Sodertorn.Site.Output;

namespace Sodertorn.Site.Sitemaps;

/// <summary>
/// sitemap.xml (sitemaps.org 0.9): every page meant for search engines, by absolute address, sorted so
/// that two builds write the same bytes. Drafts have no page, so they have no line here either.
/// </summary>
public sealed class SitemapGenerator : IOutputGenerator
{
    public const string File = "sitemap.xml";
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public bool ReadsPages => true;

    public string Root => File;

    public IEnumerable<OutputFile> Generate(GeneratorContext context)
    {
        // Streamed: with thousands of meetings the sitemap is megabytes, and only the file needs it whole.
        yield return OutputFile.Streamed(File, stream => Write(stream, context.Pages, LastModified(context.Site), context.BaseUrl));
    }

    /// <summary>
    /// The date a page's content is from, where the content gives one: a meeting's date, a plan's date.
    /// Other pages have none, and a guessed or build-time lastmod would mislead crawlers, so they get none.
    /// </summary>
    public static IReadOnlyDictionary<string, DateOnly> LastModified(LinkedSite site) =>
        site.Meetings.Select(m => (Url: UrlScheme.For(m), Date: (DateOnly?)m.Date))
            .Concat(site.Plans.Select(p => (Url: UrlScheme.For(p), p.Date)))
            .Where(x => x.Date is not null)
            .ToDictionary(x => x.Url, x => x.Date!.Value, StringComparer.Ordinal);

    public static void Write(Stream stream, IEnumerable<PageInfo> pages, IReadOnlyDictionary<string, DateOnly> lastModified, string baseUrl)
    {
        var root = baseUrl.TrimEnd('/');
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
        };
        using (var writer = XmlWriter.Create(stream, settings))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("urlset", Namespace);
            foreach (var url in pages.Where(p => p.Listed).Select(p => p.Url).Distinct().Order(StringComparer.Ordinal))
            {
                writer.WriteStartElement("url", Namespace);
                writer.WriteElementString("loc", Namespace, root + url);
                if (lastModified.TryGetValue(url, out var date))
                    writer.WriteElementString("lastmod", Namespace, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
            writer.WriteEndDocument();
        }
        stream.WriteByte((byte)'\n');
    }
}
