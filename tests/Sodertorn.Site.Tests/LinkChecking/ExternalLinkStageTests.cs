using System.Text.Json;
using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Pipeline;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.LinkChecking;

/// <summary>--check-external in a whole build, against a server on loopback only.</summary>
public sealed class ExternalLinkStageTests
{
    [Fact]
    public void A_dead_external_link_is_a_warning_at_its_line_and_the_report_shows_every_result()
    {
        using var server = new LoopbackServer();
        server.On("/finns", (_, _) => new Reply(200));
        server.On("/borta", (_, _) => new Reply(404));
        using var site = TempSite.CopyOf("valid");
        site.Write("sidor/kontakt.md", $"---\ntyp: sida\nid: kontakt\ntitel: Kontakt\n---\nLäs [här]({server.Url("/finns")}).\n\nOch [där]({server.Url("/borta")}).\n");

        using var client = new HttpClient();
        var options = site.Options() with
        {
            CheckExternal = true,
            ExternalHttpClient = client,
        };
        var result = new BuildPipeline(options).Run();

        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "external-broken");
        Assert.Equal(("sidor/kontakt.md", 8, Severity.Warning, server.Url("/borta")), (warning.Location.File, warning.Location.Line, warning.Severity, warning.Target));
        Assert.Contains("404", warning.Message);

        using var json = JsonDocument.Parse(site.ReadOutput("lankrapport/lankrapport.json"));
        var links = json.RootElement.GetProperty("externalLinks").EnumerateArray().ToDictionary(e => e.GetProperty("url").GetString()!);
        Assert.True(links[server.Url("/finns")].GetProperty("ok").GetBoolean());
        Assert.False(links[server.Url("/borta")].GetProperty("ok").GetBoolean());
        Assert.True(links[server.Url("/borta")].GetProperty("checked").GetBoolean());
        Assert.True(File.Exists(options.ExternalCacheFile));
    }

    [Fact]
    public void Without_the_option_no_request_is_made_and_links_are_listed_as_unchecked()
    {
        using var server = new LoopbackServer();
        server.On("/finns", (_, _) => new Reply(200));
        using var site = TempSite.CopyOf("valid");
        site.Write("sidor/kontakt.md", $"---\ntyp: sida\nid: kontakt\ntitel: Kontakt\n---\nLäs [här]({server.Url("/finns")}).\n");

        Assert.True(site.Build().Succeeded);

        Assert.Equal(0, server.Count("/finns"));
        using var json = JsonDocument.Parse(site.ReadOutput("lankrapport/lankrapport.json"));
        var link = Assert.Single(json.RootElement.GetProperty("externalLinks").EnumerateArray());
        Assert.False(link.GetProperty("checked").GetBoolean());
        Assert.Equal("/kontakt/", link.GetProperty("pages")[0].GetString());
    }
}
