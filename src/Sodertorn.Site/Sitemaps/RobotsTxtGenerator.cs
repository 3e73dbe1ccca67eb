using Sodertorn.Site.Output;
using Sodertorn.Site.Reporting;

namespace Sodertorn.Site.Sitemaps;

/// <summary>
/// robots.txt: everything may be crawled except the link report, which is a working list for the kansli
/// (it also says noindex itself); and where the sitemap is.
/// </summary>
public sealed class RobotsTxtGenerator : IOutputGenerator
{
    public const string File = "robots.txt";

    public string Root => File;

    public IEnumerable<OutputFile> Generate(GeneratorContext context)
    {
        yield return new OutputFile(File, Text(context.BaseUrl));
    }

    public static string Text(string baseUrl) =>
        $"User-agent: *\nDisallow: {LinkReport.Url}\n\nSitemap: {baseUrl.TrimEnd('/')}/{SitemapGenerator.File}\n";
}
