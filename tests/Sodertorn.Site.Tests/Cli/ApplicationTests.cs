using Sodertorn.Site.Cli;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Cli;

public sealed class ApplicationTests
{
    private static (int Code, string Output, string Errors) Run(params string[] args) => CommandLine.Run(args);

    [Fact]
    public void Build_succeeds_with_exit_code_zero_and_a_summary()
    {
        using var site = TempSite.CopyOf("valid");
        var (code, output, _) = Run("build", "--input", site.Input, "--theme", Repository.Theme, "--output", site.Output, "--today", "2030-06-01");
        Assert.Equal(ExitCodes.Success, code);
        Assert.Matches(@"12 dokument lästa, \d+ sidor skrivna; 0 fel, 1 varningar, 1 noteringar; \d+ ms", output);
        Assert.Contains("Bygget lyckades.", output);
    }

    [Fact]
    public void Build_is_the_default_verb()
    {
        using var site = TempSite.CopyOf("valid");
        var (code, _, _) = Run("--input", site.Input, "--theme", Repository.Theme, "--output", site.Output);
        Assert.Equal(ExitCodes.Success, code);
        Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
    }

    [Fact]
    public void No_search_builds_the_site_without_an_index_and_the_default_build_has_one()
    {
        using var site = TempSite.CopyOf("valid");
        var (code, output, _) = Run("build", "--no-search", "--input", site.Input, "--theme", Repository.Theme, "--output", site.Output, "--today", "2030-06-01");

        Assert.Equal(ExitCodes.Success, code);
        Assert.True(File.Exists(Path.Combine(site.Output, "sok", "index.html")));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "pagefind")));
        Assert.DoesNotContain(" search ", output, StringComparison.Ordinal);

        (code, output, _) = Run("build", "--input", site.Input, "--theme", Repository.Theme, "--output", site.Output, "--today", "2030-06-01");
        Assert.Equal(ExitCodes.Success, code);
        Assert.True(File.Exists(Path.Combine(site.Output, "pagefind", "pagefind-entry.json")));
    }

    [Fact]
    public void Content_errors_exit_with_one_and_print_file_line_and_suggestion()
    {
        using var site = TempSite.CopyOf("valid");
        site.Write("sidor/om.md", "---\ntyp: sida\nid: om\ntitl: Om\n---\n");
        var (code, _, errors) = Run("build", "--input", site.Input, "--theme", Repository.Theme, "--output", site.Output);
        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains("sidor/om.md:4:1: error: okänt fält 'titl' i ett dokument av typen 'sida' — menade du 'titel'? [field-unknown]", errors);
    }

    [Fact]
    public void Strict_turns_warnings_into_a_failed_build()
    {
        using var site = TempSite.CopyOf("valid");
        var (code, output, _) = Run("build", "--strict", "--input", site.Input, "--theme", Repository.Theme, "--output", site.Output);
        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains("Bygget misslyckades", output);
    }

    [Theory]
    [InlineData("build", "--no-such-option")]
    [InlineData("build", "--today", "2030-02-30")]
    [InlineData("build", "--base-url", "sodertorn.se")]
    [InlineData("publicera")]
    public void Usage_errors_have_their_own_exit_code(params string[] args)
    {
        var (code, _, errors) = Run(args);
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("fel i kommandoraden", errors);
    }

    [Fact]
    public void A_missing_input_folder_is_a_content_error_that_says_what_to_do()
    {
        using var site = new TempSite();
        var (code, _, errors) = Run("build", "--input", Path.Combine(site.Root, "finns-inte"), "--output", site.Output);
        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains("--input", errors);
    }
}
