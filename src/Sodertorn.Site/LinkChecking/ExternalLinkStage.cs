using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Linking;
using Sodertorn.Site.Reporting;

namespace Sodertorn.Site.LinkChecking;

/// <summary>
/// The optional check of links to other sites (--check-external). A dead external link is a warning: it
/// breaks outside the kansli's control and must not stop minutes from being published.
/// </summary>
/// <param name="client">Tests give a loopback server's client; null makes one for the check.</param>
/// <param name="cacheFile">Results are kept here for a day between builds (beside output/, never published).</param>
public sealed class ExternalLinkStage(HttpClient? client, string cacheFile, DiagnosticBag diagnostics)
{
    public IReadOnlyList<ExternalLink> Check(IReadOnlyList<ExternalLink> links, LinkedSite site)
    {
        var ownsClient = client is null;
        var http = client ?? new HttpClient();
        try
        {
            var checker = new ExternalLinkChecker(http, ExternalCheckOptions.Default(cacheFile), TimeProvider.System);
            var results = checker.CheckAsync(links.Select(l => l.Url).ToList()).GetAwaiter().GetResult()
                .ToDictionary(r => r.Url, StringComparer.Ordinal);
            var sources = site.All.ToDictionary(e => UrlScheme.For(e), e => e, StringComparer.Ordinal);
            return links.Select(link =>
            {
                if (!results.TryGetValue(link.Url, out var result)) return link;
                if (!result.Ok) Report(link, result, sources);
                return link with { Checked = true, Ok = result.Ok, Status = result.StatusCode, Error = result.Error };
            }).ToList();
        }
        catch (IOException e)
        {
            diagnostics.Warning("external-cache", new SourceLocation(cacheFile), $"resultaten av länkkontrollen kunde inte sparas: {e.Message}",
                "kontrollera att mappen bredvid output/ går att skriva till");
            return links;
        }
        finally
        {
            if (ownsClient) http.Dispose();
        }
    }

    private void Report(ExternalLink link, ExternalLinkResult result, Dictionary<string, Domain.Entity> sources)
    {
        foreach (var page in link.Pages)
        {
            var entity = sources.GetValueOrDefault(page);
            var location = entity is not null && entity.LinkLocations.TryGetValue(link.Url, out var at)
                ? at
                : new SourceLocation(entity?.Source.File ?? $"(genererad sida {page})");
            diagnostics.Warning("external-broken", location, $"länken till {link.Url} fungerar inte: {result.Error ?? result.StatusCode?.ToString()}",
                "kontrollera adressen i en webbläsare och rätta eller ta bort länken", link.Url);
        }
    }
}
