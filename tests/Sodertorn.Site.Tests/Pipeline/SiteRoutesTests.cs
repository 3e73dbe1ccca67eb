using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Pipeline;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Pipeline;

/// <summary>The route table says which pages exist; the ids an author may not use follow from it.</summary>
public sealed class SiteRoutesTests
{
    [Theory]
    [InlineData("protokoll")]
    [InlineData("beslut")]
    [InlineData("sok")]
    [InlineData("kommuner")]
    [InlineData("lankrapport")]
    [InlineData("flode")]
    [InlineData("kalender")]
    [InlineData("data")]
    [InlineData("assets")]
    [InlineData("pagefind")]
    public void A_page_that_would_take_a_generated_address_is_an_error(string id)
    {
        using var site = TempSite.CopyOf("valid");
        site.Write($"sidor/{id}.md", $"---\ntyp: sida\nid: {id}\ntitel: En sida\n---\nText.\n");

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(("id-reserved", $"sidor/{id}.md"), (error.Code, error.Location.File));
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Every_route_and_generator_folder_is_reserved_but_the_address_a_page_is_declared_to_take()
    {
        var reserved = SiteBuild.Reserved.PageIds;
        foreach (var route in SiteRoutes.All.Where(r => r.TopLevel.Length > 0 && r.ReplaceableBy is null && r.TopLevel != "organisation"))
            Assert.Contains(route.TopLevel, reserved);
        foreach (var generator in Generators.All) Assert.Contains(generator.Root, reserved);
        Assert.DoesNotContain("organisation", reserved);
        Assert.Equal(["alla", "beslut"], SiteBuild.Reserved.OrganIds.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_organisation_page_takes_the_organ_list_address_and_without_it_the_list_is_generated()
    {
        using var site = TempSite.CopyOf("valid");
        Assert.True(site.Build().Succeeded);
        Assert.Contains("<h1>Organisation</h1>", site.ReadOutput("organisation/index.html"), StringComparison.Ordinal);

        site.Write("sidor/organisation.md", "---\ntyp: sida\nid: organisation\ntitel: Organisationen i korthet\n---\nSkriven text.\n");
        Assert.True(site.Build().Succeeded);
        var page = site.ReadOutput("organisation/index.html");
        Assert.Contains("Organisationen i korthet", page, StringComparison.Ordinal);
        Assert.Contains("Skriven text.", page, StringComparison.Ordinal);
    }

    [Fact]
    public void An_organ_may_not_take_the_name_of_a_feed_or_calendar_of_the_whole_site()
    {
        using var site = TempSite.CopyOf("valid");
        site.Write("organisation/alla.md", "---\ntyp: organ\nid: alla\ntitel: Alla\n---\n");
        var result = site.Build();
        Assert.Contains(result.Diagnostics, d => d.Code == "id-reserved" && d.Location.File == "organisation/alla.md");
    }
}
