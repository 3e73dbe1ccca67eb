using Sodertorn.Site.Cli;
using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Domain;
using Sodertorn.Site.Scaffolding;
using Sodertorn.Site.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Sodertorn.Site.Tests.Scaffolding;

/// <summary>`new aktivitet` and `new sida`, and the front matter writer both they and `new protokoll` use.</summary>
public sealed class NewDocumentTests
{
    private static (int Code, string Output, string Errors) Run(params string[] args) => NewMinutesTests.Run(args);

    [Fact]
    public void An_activity_in_an_existing_plan_is_written_under_the_plan_year_and_builds()
    {
        using var site = TempSite.CopyOf("valid");
        var (code, output, _) = Run("new", "aktivitet", "--plan", "2030", "--id", "vp-2030-exempel", "--input", site.Input);
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("planer/2030/aktiviteter/vp-2030-exempel.md", output);
        var (entity, diagnostics) = ContentFixture.Read("planer/2030/aktiviteter/vp-2030-exempel.md",
            File.ReadAllText(Path.Combine(site.Input, "planer", "2030", "aktiviteter", "vp-2030-exempel.md")));
        Assert.Empty(diagnostics.Sorted());
        var activity = Assert.IsType<Activity>(entity);
        Assert.Equal(("vp-2030", "klimat", "klimatnatverket", "planerad"), (activity.Plan, activity.Goal, activity.Responsible, activity.Status));
        var result = site.Build();
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void An_activity_for_a_plan_not_yet_written_says_so_and_is_still_written_with_an_id_from_its_title()
    {
        using var site = TempSite.CopyOf("valid");
        var (code, output, _) = Run("new", "aktivitet", "--plan", "2031", "--titel", "Ett gemensamt yttrande: RUFS 2050", "--input", site.Input);
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("Planen vp-2031 finns inte ännu", output);
        var path = Path.Combine(site.Input, "planer", "2031", "aktiviteter", "vp-2031-ett-gemensamt-yttrande-rufs-2050.md");
        Assert.Contains("titel: \"Ett gemensamt yttrande: RUFS 2050\"\nplan: vp-2031\n", File.ReadAllText(path));
        Assert.Contains(site.Build().Diagnostics, d => d.Code == "ref-unknown" && d.Target == "vp-2031");
    }

    [Fact]
    public void An_activity_needs_an_id_or_a_title()
    {
        var (code, _, errors) = Run("new", "aktivitet", "--plan", "2030");
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("ange --id", errors);
    }

    [Fact]
    public void A_page_is_written_to_sidor_and_builds()
    {
        using var site = TempSite.CopyOf("valid");
        var (code, output, _) = Run("new", "sida", "--id", "kontaktuppgifter", "--titel", "Kontaktuppgifter", "--input", site.Input);
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("sidor/kontaktuppgifter.md", output);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Contains("Skriv sidans text här.", site.ReadOutput("kontaktuppgifter/index.html"));
    }

    [Theory]
    [InlineData("kontakt", "sidor/kontakt.md finns redan")]
    [InlineData("protokoll", "reserverat för webbplatsens listsida /protokoll/")]
    [InlineData("klimat", "id 'klimat' används redan i mal/klimat.md")]
    public void A_page_refuses_an_existing_file_a_reserved_id_and_an_id_in_use(string id, string message)
    {
        using var site = TempSite.CopyOf("valid");
        var (code, _, errors) = Run("new", "sida", "--id", id, "--input", site.Input);
        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains(message, errors);
    }

    [Fact]
    public void Usage_errors_for_new_have_their_own_exit_code()
    {
        Assert.Equal(ExitCodes.UsageError, Run("new").Code);
        Assert.Equal(ExitCodes.UsageError, Run("new", "sida", "--id", "Om oss").Code);
        Assert.Contains("ange --id", Run("new", "sida").Errors);
    }

    [Theory]
    [InlineData("Huddinge kommunhus, lokal Valhall")]
    [InlineData("Kontakt: kansliet")]
    [InlineData("# inte en kommentar")]
    [InlineData("- inte en lista")]
    [InlineData("ja")]
    [InlineData("2023")]
    [InlineData("\"citat\" och \\ snedstreck")]
    [InlineData("Anna, Bo [m.fl.]")]
    public void Front_matter_values_read_back_unchanged(string value)
    {
        var yaml = new FrontMatterWriter().Field("plats", value).List("justerare", [value]).End().Trim('-', '\n');
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        Assert.Equal(value, ((YamlScalarNode)root["plats"]).Value);
        Assert.Equal(value, ((YamlScalarNode)((YamlSequenceNode)root["justerare"])[0]).Value);
    }
}
