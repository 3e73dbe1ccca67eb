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
        var (code, output, _) = Run("build", "--no-search", "--input", site.Input, "--theme", Repository.Theme, "--output", site.Output, "--today", "2030-06-01");
        Assert.Equal(ExitCodes.Success, code);
        Assert.Matches(@"12 dokument lästa, \d+ sidor skrivna; 0 fel, 1 varningar, 1 noteringar; \d+ ms", output);
        Assert.Contains("Bygget lyckades.", output);
    }

    [Fact]
    public void Build_is_the_default_verb()
    {
        using var site = TempSite.CopyOf("valid");
        // The fixture's meetings are in 2030, and minutes dated after today are an error.
        var (code, _, _) = Run("--no-search", "--input", site.Input, "--theme", Repository.Theme, "--output", site.Output, "--today", "2030-06-01");
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

    [Fact]
    public void An_output_that_is_a_file_is_a_usage_error_of_one_line()
    {
        using var site = TempSite.CopyOf("valid");
        var file = Path.Combine(site.Root, "output");
        File.WriteAllText(file, "not a folder");

        var (code, _, errors) = Run("build", "--input", site.Input, "--theme", Repository.Theme, "--output", file);

        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Single(errors.Trim().Split('\n'));
        Assert.Contains("ska vara en mapp", errors);
        Assert.Equal("not a folder", File.ReadAllText(file));
    }

    [Fact]
    public void An_output_inside_the_input_is_refused_before_anything_is_replaced()
    {
        using var site = TempSite.CopyOf("valid");
        var (code, _, errors) = Run("build", "--input", site.Input, "--theme", Repository.Theme, "--output", site.Input);
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("fel i kommandoraden", errors);
        Assert.True(File.Exists(Path.Combine(site.Input, "sidor", "start.md")));
    }

    [Fact]
    public void An_output_folder_that_cannot_be_written_is_a_content_error_naming_it()
    {
        using var site = TempSite.CopyOf("valid");
        // /proc cannot be written, even by root.
        var (code, output, errors) = Run("build", "--input", site.Input, "--theme", Repository.Theme, "--output", "/proc/sodertorn-test/output", "--no-search");
        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains("/proc/sodertorn-test/output: error: mappen för webbplatsen går inte att skriva i", errors);
        Assert.DoesNotContain(" at ", output + errors, StringComparison.Ordinal);
    }

    [Fact]
    public void An_internal_failure_is_one_swedish_line_with_exit_code_three_and_the_trace_only_when_verbose()
    {
        var failure = new Sodertorn.Site.Pipeline.StageFailedException("generate", new NullReferenceException("Object reference not set"));
        var quiet = new StringWriter();
        var verbose = new StringWriter();

        Assert.Equal(ExitCodes.InternalError, Application.InternalError(failure, verbose: false, quiet));
        Assert.Equal(ExitCodes.InternalError, Application.InternalError(failure, verbose: true, verbose));

        var line = Assert.Single(quiet.ToString().Trim().Split('\n'));
        Assert.StartsWith("Internt fel i generatorn i steget 'generate' (NullReferenceException", line, StringComparison.Ordinal);
        Assert.Contains("skicka", line, StringComparison.Ordinal);
        Assert.Contains("StageFailedException", verbose.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_content_gives_errors_and_exit_one_never_a_stack_trace()
    {
        using var site = TempSite.CopyOf("valid");
        site.Write("sidor/trasig.md", "---\nnyckel: [öppen\ntyp: sida\nid: trasig\ntitel: T\n---\nx\n");
        site.Write("sidor/djup.md", "---\ntyp: sida\nid: djup\ntitel: D\n---\n" + new string('>', 5000) + " x\n");

        var (code, output, errors) = Run("build", "--input", site.Input, "--theme", Repository.Theme, "--output", site.Output, "--no-search");

        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains("sidor/trasig.md:2:9: error: YAML-fel", errors);
        Assert.Contains("sidor/djup.md:6: error:", errors);
        Assert.DoesNotContain("   at ", output + errors, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", output + errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }
}
