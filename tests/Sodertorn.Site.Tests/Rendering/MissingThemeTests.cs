using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Rendering;

/// <summary>A theme folder or layout that is not there is said once, not once for every page that needs it.</summary>
public sealed class MissingThemeTests
{
    [Fact]
    public void A_theme_folder_that_does_not_exist_is_one_error_naming_the_option()
    {
        using var site = TempSite.CopyOf("valid");
        var missing = Path.Combine(site.Root, "tema");

        var result = site.Build(theme: missing);

        Assert.False(result.Succeeded);
        var theme = Assert.Single(result.Diagnostics, d => d.Code == "theme-missing");
        Assert.Equal(missing, theme.Location.File);
        Assert.Contains("--theme", theme.Suggestion, StringComparison.Ordinal);
        // The report page may say its own layout is missing; no page of the site is tried.
        Assert.True(result.Diagnostics.Count(d => d.Severity == Severity.Error) <= 2, string.Join("\n", result.Diagnostics));
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void A_missing_layout_is_reported_once_for_all_the_pages_that_use_it()
    {
        using var site = TempSite.CopyOf("valid");
        var theme = Path.Combine(site.Root, "theme");
        TempSite.CopyDirectory(Repository.Theme, theme);
        File.Delete(Path.Combine(theme, "layouts", "page.sbn"));
        Assert.True(Directory.GetFiles(Path.Combine(site.Input, "sidor"), "*.md").Length > 1,
            "the fixture must have several pages for the test to mean anything");

        var result = site.Build(theme: theme);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Code == "template-missing");
        Assert.Equal("theme/layouts/page.sbn", error.Location.File);
    }
}
