using Sodertorn.Site.Cli;
using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Pipeline;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Deploy;

/// <summary>
/// --allow-warning: production builds with --strict but lets ref-unpublished and ref-draft through, references to
/// documents the authors declared unpublished or marked as drafts, on purpose. Every other warning still fails a strict build, and the allowed ones are still reported.
/// </summary>
public sealed class AllowedWarningTests
{
    private static BuildResult Build(TempSite site, params string[] allowed) =>
        new BuildPipeline(site.Options(strict: true) with { AllowedWarnings = new HashSet<string>(allowed, StringComparer.Ordinal) }).Run();

    [Fact]
    public void An_allowed_warning_does_not_fail_a_strict_build_but_is_still_reported()
    {
        using var site = TempSite.CopyOf("valid");
        var result = Build(site, "ref-unpublished");

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Warning && d.Code == "ref-unpublished");
        Assert.Contains("ref-unpublished", site.ReadOutput("lankrapport/lankrapport.json"));
    }

    /// <summary>
    /// The writing guide's way to take a page down for a while: `utkast: true`. As production builds (the script's
    /// allowed warnings), the page is gone, the links to it are text, and the deploy goes through.
    /// </summary>
    [Fact]
    public void A_page_taken_down_with_utkast_is_gone_from_a_production_build_that_goes_through()
    {
        using var site = TempSite.CopyOf("valid");
        var network = Path.Combine(site.Input, "natverk", "klimatnatverket.md");
        site.Write("natverk/klimatnatverket.md", File.ReadAllText(network).Replace("\n---\n", "\nutkast: true\n---\n", StringComparison.Ordinal));
        var result = Build(site, [.. ProductionBuild.AllowedWarnings]);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains(result.Diagnostics, d => d.Code == "ref-draft");
        Assert.False(File.Exists(Path.Combine(site.Output, "natverk", "klimatnatverket", "index.html")));
        Assert.DoesNotContain("href=\"/natverk/klimatnatverket/\"", site.ReadOutput("mal/klimat/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Any_other_warning_still_fails_a_strict_build()
    {
        using var site = TempSite.CopyOf("valid");
        site.Write("sidor/anteckningar.txt", "inte en sida\n");
        var result = Build(site, "ref-unpublished");

        Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Warning && d.Code == "file-ignored");
        Assert.False(result.Succeeded);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Errors_fail_whatever_is_allowed()
    {
        using var site = TempSite.CopyOf("valid");
        site.Write("sidor/om.md", "---\ntyp: sida\nid: om\ntitel: Om\n---\nSe [planen](xref:vp-2099).\n");
        var result = Build(site, "ref-unpublished", "ref-unknown");

        Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void The_command_line_takes_the_option_as_the_build_script_passes_it()
    {
        using var site = TempSite.CopyOf("valid");
        var (code, output, _) = CommandLine.Run("build", "--strict", "--allow-warning", "ref-unpublished",
            "--input", site.Input, "--theme", Repository.Theme, "--output", site.Output, "--today", "2030-06-01", "--no-search");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("[ref-unpublished]", output);
        Assert.Contains("Bygget lyckades.", output);
    }

    [Theory]
    [InlineData("Ref_Unpublished")]
    [InlineData("ref-unpublished,file-ignored")]
    public void A_code_that_is_not_a_code_is_a_usage_error(string code)
    {
        var (exit, _, errors) = CommandLine.Run("build", "--strict", "--allow-warning", code);
        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("--allow-warning", errors);
    }
}
