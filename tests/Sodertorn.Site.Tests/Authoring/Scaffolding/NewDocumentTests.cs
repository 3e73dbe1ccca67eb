using Sodertorn.Site.Cli;
using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Domain;
using Sodertorn.Site.Domain.Reading;
using Sodertorn.Site.Authoring.Scaffolding;
using Sodertorn.Site.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Sodertorn.Site.Tests.Authoring.Scaffolding;

/// <summary>`new aktivitet` and `new sida`, and the front matter writer both they and `new protokoll` use.</summary>
public sealed class NewDocumentTests
{
    private static (int Code, string Output, string Errors) Run(params string[] args) => NewMinutesTests.Run(args);

    [Fact]
    public void An_activity_in_an_existing_plan_is_written_under_the_plan_year_and_builds_once_filled_in()
    {
        using var site = TempSite.CopyOf("valid");
        const string relative = "planer/2030/aktiviteter/vp-2030-exempel.md";
        var (code, output, _) = Run("new", "aktivitet", "--plan", "2030", "--id", "vp-2030-exempel", "--input", site.Input);
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains(relative, output);
        var path = Path.Combine(site.Input, relative);
        var text = File.ReadAllText(path);
        var (entity, diagnostics) = ContentFixture.Read(relative, text);
        Assert.DoesNotContain(diagnostics.Sorted(), d => d.Code != PlaceholderCheck.Code);
        var activity = Assert.IsType<Activity>(entity);
        Assert.Equal(("vp-2030", "klimat", "klimatnatverket", (string?)null), (activity.Plan, activity.Goal, activity.Responsible, activity.Status));

        var untouched = site.Build();
        Assert.False(untouched.Succeeded);
        Assert.Equal(ScaffoldedFile.UnfinishedLines(text), ScaffoldedFile.ReportedLines(untouched, relative));
        Assert.Equal(2, ScaffoldedFile.ReportedLines(untouched, relative).Count); // the title and the comment
        Assert.DoesNotContain(untouched.Diagnostics, d => d.Severity == Severity.Error && d.Code != PlaceholderCheck.Code);

        File.WriteAllText(path, ScaffoldedFile.FillIn(text, actsOn: "vp-2030"));
        var filled = site.Build();
        Assert.True(filled.Succeeded, string.Join('\n', filled.Diagnostics));
        Assert.Contains("Inventera cykelparkeringar", site.ReadOutput("aktiviteter/vp-2030-exempel/index.html"));
    }

    [Fact]
    public void An_activity_without_a_goal_to_suggest_has_a_goal_placeholder_reported_once_at_its_field()
    {
        using var site = new TempSite();
        const string relative = "planer/2030/aktiviteter/vp-2030-exempel.md";
        Run("new", "aktivitet", "--plan", "2030", "--id", "vp-2030-exempel", "--input", site.Input);
        var text = File.ReadAllText(Path.Combine(site.Input, relative));
        Assert.Contains($"\nmål: {Placeholders.GoalId}\n", text);
        var goalLine = Array.IndexOf(text.Split('\n'), $"mål: {Placeholders.GoalId}") + 1;

        var result = site.Build();
        var goal = Assert.Single(result.Diagnostics, d => d.Code == PlaceholderCheck.Code && d.Location.Line == goalLine);
        Assert.Equal((relative, 6), (goal.Location.File, goal.Location.Column));
        Assert.Contains("mål: omstallning", goal.Suggestion);
        // Reported as a placeholder, not a second time as an id that points at nothing.
        Assert.DoesNotContain(result.Diagnostics, d => d.Target == Placeholders.GoalId);
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
    public void A_page_is_written_to_sidor_and_builds_once_its_text_is_written()
    {
        using var site = TempSite.CopyOf("valid");
        const string relative = "sidor/kontaktuppgifter.md";
        var (code, output, _) = Run("new", "sida", "--id", "kontaktuppgifter", "--titel", "Kontaktuppgifter", "--input", site.Input);
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains(relative, output);
        Assert.Contains("Bygget stoppar med felet placeholder-left", output);
        var path = Path.Combine(site.Input, relative);
        var text = File.ReadAllText(path);

        var untouched = site.Build();
        Assert.False(untouched.Succeeded);
        var textLine = Array.IndexOf(text.Split('\n'), Placeholders.PageText) + 1;
        Assert.Equal(new SortedSet<int> { textLine }, ScaffoldedFile.ReportedLines(untouched, relative));
        Assert.Equal(ScaffoldedFile.UnfinishedLines(text), ScaffoldedFile.ReportedLines(untouched, relative));

        File.WriteAllText(path, ScaffoldedFile.FillIn(text, actsOn: "vp-2030"));
        var filled = site.Build();
        Assert.True(filled.Succeeded, string.Join('\n', filled.Diagnostics));
        Assert.Contains("Kansliet nås via kommunernas växlar.", site.ReadOutput("kontaktuppgifter/index.html"));
    }

    [Fact]
    public void A_page_without_a_title_has_its_title_placeholder_reported_too()
    {
        using var site = TempSite.CopyOf("valid");
        Run("new", "sida", "--id", "kontaktuppgifter", "--input", site.Input);
        var text = File.ReadAllText(Path.Combine(site.Input, "sidor", "kontaktuppgifter.md"));
        Assert.Contains($"titel: {Placeholders.PageTitle}\n", text);
        var reported = ScaffoldedFile.ReportedLines(site.Build(), "sidor/kontaktuppgifter.md");
        Assert.Equal(2, reported.Count);
        Assert.Equal(ScaffoldedFile.UnfinishedLines(text), reported);
    }

    [Fact]
    public void Every_placeholder_the_check_knows_is_one_that_new_writes()
    {
        // An empty site: nothing to fill in from, so every command writes all of its placeholders.
        using var site = new TempSite();
        Run("new", "protokoll", "--organ", "ledningsgruppen", "--datum", "2030-05-20", "--input", site.Input);
        Run("new", "aktivitet", "--plan", "2030", "--id", "vp-2030-exempel", "--input", site.Input);
        Run("new", "sida", "--id", "kontaktuppgifter", "--input", site.Input);
        var written = string.Concat(Directory.GetFiles(site.Input, "*.md", SearchOption.AllDirectories).Select(File.ReadAllText));
        Assert.All(Placeholders.All, p => Assert.Contains(p.Text, written));
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
