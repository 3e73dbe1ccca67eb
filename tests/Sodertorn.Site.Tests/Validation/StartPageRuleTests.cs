using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Validation;

/// <summary>A site without a start page, or without any content, fails with one error that says so, not one per page.</summary>
public sealed class StartPageRuleTests
{
    [Fact]
    public void A_site_without_a_start_page_gets_one_error_that_names_the_file_to_write()
    {
        using var site = TempSite.CopyOf("valid");
        File.Delete(Path.Combine(site.Input, "sidor", "start.md"));

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("start-missing", error.Code);
        Assert.Equal("sidor/start.md", error.Location.File);
        Assert.Contains("id: start", error.Suggestion, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void An_empty_input_folder_gets_one_error()
    {
        using var site = new TempSite();

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("input-nothing", error.Code);
        Assert.False(result.Succeeded);
        Assert.False(Directory.Exists(site.Output));
    }
}
