using Sodertorn.Site.Cli;
using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Domain;
using Sodertorn.Site.Domain.Reading;
using Sodertorn.Site.Authoring.Scaffolding;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Authoring.Scaffolding;

/// <summary>`new protokoll`: filled in from the site; a file that parses as it is written and builds once its placeholders are replaced.</summary>
public sealed class NewMinutesTests
{
    internal static (int Code, string Output, string Errors) Run(params string[] args)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var code = Application.Run(args, output, errors);
        return (code, output.ToString(), errors.ToString());
    }

    /// <summary>The new file as the model reads it: nothing wrong with it but the placeholders left to replace.</summary>
    private static Meeting Read(TempSite site, string relative)
    {
        var (entity, diagnostics) = ContentFixture.Read(relative, File.ReadAllText(Path.Combine(site.Input, relative)));
        Assert.DoesNotContain(diagnostics.Sorted(), d => d.Code != PlaceholderCheck.Code);
        return Assert.IsType<Meeting>(entity);
    }

    [Fact]
    public void Minutes_for_a_meeting_in_the_calendar_take_time_place_members_and_next_meeting_from_the_site()
    {
        using var site = TempSite.CopyOf(null);
        var (code, output, _) = Run("new", "protokoll", "--organ", "ledningsgruppen", "--datum", "2024-02-16", "--input", site.Input);
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains($"Skrev {site.Input.Replace('\\', '/')}/protokoll/ledningsgruppen/2024-02-16.md", output);

        var meeting = Read(site, "protokoll/ledningsgruppen/2024-02-16.md");
        Assert.Equal(("lg-2024-02-16", "ledningsgruppen", new DateOnly(2024, 2, 16)), (meeting.Id, meeting.Organ, meeting.Date));
        Assert.Equal((new TimeOnly(9, 0), new TimeOnly(11, 30), "StorSthlms lokaler"), (meeting.Start!.Value, meeting.End!.Value, meeting.Place));
        // The members are those of the last minutes (lg-2023-02-10), without that meeting's notes.
        Assert.Equal(9, meeting.Participants.Count);
        Assert.Equal(new Participant("Leif Eriksson", "botkyrka", null, null), meeting.Participants[0]);
        Assert.Equal(new Participant("Helene Olofsson", null, "Södertörnskommunerna", null), meeting.Participants[^1]);
        Assert.All(meeting.Participants, p => Assert.Null(p.Note));
        Assert.Equal("Helene Olofsson", meeting.Secretary);
        Assert.Equal(new NextMeeting(new DateOnly(2024, 4, 19), new TimeOnly(9, 0), new TimeOnly(11, 30), "Huddinge kommunhus", null), meeting.Next);
    }

    [Fact]
    public void The_agenda_is_numbered_placeholders_ending_with_the_next_meeting_and_one_example_decision()
    {
        using var site = TempSite.CopyOf(null);
        Run("new", "protokoll", "--organ", "ledningsgruppen", "--datum", "2024-02-16", "--input", site.Input);
        var meeting = Read(site, "protokoll/ledningsgruppen/2024-02-16.md");
        Assert.Equal([("1", "val-av-justerare"), ("2", Placeholders.ItemId), ("3", "ovriga-fragor"), ("4", "nasta-mote")],
            meeting.AgendaItems.Select(i => (i.Number!, i.LocalId)));
        Assert.Equal(Placeholders.ItemTitle, meeting.AgendaItems[1].Title);
        var example = Assert.Single(meeting.AgendaItems.SelectMany(i => i.Decisions));
        Assert.Equal(Placeholders.DecisionId, example.LocalId);
        Assert.Equal(Placeholders.DecisionText, example.Text);
        // Left as it is, the example must not link to real content: it acts on a placeholder, and a real id is only suggested in a comment.
        Assert.Equal([Placeholders.ActsOn], example.ActsOn);
        Assert.Contains("<!-- Ett exempel på ett beslut.", File.ReadAllText(Path.Combine(site.Input, "protokoll", "ledningsgruppen", "2024-02-16.md")));
    }

    [Fact]
    public void Untouched_new_minutes_fail_with_placeholder_left_on_every_unfinished_line_and_build_once_filled_in()
    {
        using var site = TempSite.CopyOf("valid");
        const string relative = "protokoll/ledningsgruppen/2030-05-20.md";
        Assert.Equal(ExitCodes.Success, Run("new", "protokoll", "--organ", "ledningsgruppen", "--datum", "2030-05-20", "--input", site.Input).Code);
        var path = Path.Combine(site.Input, relative);
        var text = File.ReadAllText(path);

        var untouched = site.Build();
        Assert.False(untouched.Succeeded);
        Assert.False(Directory.Exists(site.Output));
        var unfinished = ScaffoldedFile.UnfinishedLines(text);
        Assert.True(unfinished.Count >= 6, string.Join(",", unfinished));
        Assert.Equal(unfinished, ScaffoldedFile.ReportedLines(untouched, relative));
        // The placeholders are the only errors: the example decision's avser is not also reported as pointing at nothing.
        Assert.All(untouched.Diagnostics.Where(d => d.Severity == Severity.Error), d => Assert.Equal(PlaceholderCheck.Code, d.Code));

        File.WriteAllText(path, ScaffoldedFile.FillIn(text, actsOn: "vp-2030-laddplatser"));
        var filled = site.Build();
        Assert.True(filled.Succeeded, string.Join('\n', filled.Diagnostics));
        var page = site.ReadOutput("protokoll/lg-2030-05-20/index.html");
        Assert.Contains("Kartan över laddplatser godkänns.", page);
        Assert.DoesNotContain("Skriv", page, StringComparison.Ordinal);
    }

    [Fact]
    public void New_minutes_without_earlier_minutes_of_the_organ_ask_for_participants_and_secretary()
    {
        using var site = TempSite.CopyOf("valid");
        const string relative = "protokoll/samarbetskommitten/2030-05-20.md";
        Run("new", "protokoll", "--organ", "samarbetskommitten", "--datum", "2030-05-20", "--input", site.Input);
        var text = File.ReadAllText(Path.Combine(site.Input, relative));
        Assert.Contains($"namn: {Placeholders.ParticipantName}\n", text);
        Assert.Contains($"sekreterare: {Placeholders.Secretary}\n", text);

        var untouched = site.Build();
        Assert.Equal(ScaffoldedFile.UnfinishedLines(text), ScaffoldedFile.ReportedLines(untouched, relative));
        var lines = text.Split('\n');
        var secretaryLine = Array.FindIndex(lines, l => l.StartsWith("sekreterare:", StringComparison.Ordinal)) + 1;
        var secretary = Assert.Single(untouched.Diagnostics, d => d.Code == PlaceholderCheck.Code && d.Location.Line == secretaryLine);
        Assert.Equal("sekreterare: ".Length + 1, secretary.Location.Column);
        Assert.Contains("sekreterare: Anna Andersson", secretary.Suggestion);

        File.WriteAllText(Path.Combine(site.Input, relative), ScaffoldedFile.FillIn(text, actsOn: "vp-2030"));
        var filled = site.Build();
        Assert.True(filled.Succeeded, string.Join('\n', filled.Diagnostics));
    }

    [Fact]
    public void New_minutes_in_the_real_site_fail_only_on_their_placeholders_and_build_once_filled_in()
    {
        using var site = TempSite.CopyOf(null);
        Run("new", "protokoll", "--organ", "ledningsgruppen", "--datum", "2024-02-16", "--input", site.Input);
        Run("new", "protokoll", "--organ", "samarbetskommitten", "--datum", "2025-01-20", "--input", site.Input);
        string[] created = ["protokoll/ledningsgruppen/2024-02-16.md", "protokoll/samarbetskommitten/2025-01-20.md"];
        var untouched = site.Build();
        Assert.All(untouched.Diagnostics.Where(d => created.Contains(d.Location.File)), d => Assert.Equal(PlaceholderCheck.Code, d.Code));
        Assert.DoesNotContain(untouched.Diagnostics, d => d.Severity == Severity.Error && !created.Contains(d.Location.File));
        foreach (var relative in created)
        {
            var text = File.ReadAllText(Path.Combine(site.Input, relative));
            Assert.Equal(ScaffoldedFile.UnfinishedLines(text), ScaffoldedFile.ReportedLines(untouched, relative));
            File.WriteAllText(Path.Combine(site.Input, relative), ScaffoldedFile.FillIn(text, actsOn: "vp-2024"));
        }
        var filled = site.Build();
        Assert.True(filled.Succeeded, string.Join('\n', filled.Diagnostics.Where(d => d.Severity == Severity.Error)));
        Assert.Contains("Kartan över laddplatser godkänns.", site.ReadOutput("protokoll/lg-2024-02-16/index.html"));
    }

    [Fact]
    public void A_meeting_outside_the_calendar_is_said_so_and_parses_in_the_fixture_site()
    {
        using var site = TempSite.CopyOf("valid");
        var (code, output, _) = Run("new", "protokoll", "--organ", "ledningsgruppen", "--datum", "2030-05-20", "--input", site.Input);
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("finns inte i något kalendarium", output);
        var text = File.ReadAllText(Path.Combine(site.Input, "protokoll", "ledningsgruppen", "2030-05-20.md"));
        Assert.Contains("# start: \"09:00\"", text);
        Assert.Contains("t.ex. avser=\"vp-2030-laddplatser\"", text); // a real id, suggested in the comment only
        var meeting = Read(site, "protokoll/ledningsgruppen/2030-05-20.md");
        Assert.Equal(["Anna Exempel", "Bo Kansli", "Cecilia Borta"], meeting.Participants.Select(p => p.Name)); // members: present and absent last time
        Assert.Null(meeting.Start);
    }

    [Fact]
    public void The_next_meeting_comes_from_the_calendar_of_the_meeting_s_own_year()
    {
        using var site = TempSite.CopyOf("valid");
        var (_, output, _) = Run("new", "protokoll", "--organ", "ledningsgruppen", "--datum", "2030-01-20", "--input", site.Input);
        var meeting = Read(site, "protokoll/ledningsgruppen/2030-01-20.md");
        Assert.Equal(new DateOnly(2030, 2, 15), meeting.Next?.Date);
        Assert.Equal("Exempelby kommunhus", meeting.Next?.Place);
        Assert.Contains("Nästa möte är hämtat från kalendariet för 2030", output);
        Assert.Contains("träffas nästa gång fredag 15 februari 2030", File.ReadAllText(Path.Combine(site.Input, "protokoll", "ledningsgruppen", "2030-01-20.md")));
    }

    [Theory]
    [InlineData(null, "2023-05-12")] // back-dated: the site has no plan for 2023, only for 2024
    [InlineData(null, "2024-12-13")] // the last meeting in the 2024 calendar; 2025 has no plan to look in
    [InlineData("valid", "2029-11-10")] // the fixture's only plan is for 2030
    public void Without_a_later_meeting_in_the_own_year_s_calendar_the_next_meeting_is_left_to_the_author(string? fixture, string date)
    {
        using var site = TempSite.CopyOf(fixture);
        var (_, output, _) = Run("new", "protokoll", "--organ", "ledningsgruppen", "--datum", date, "--input", site.Input);
        var relative = $"protokoll/ledningsgruppen/{date}.md";
        var text = File.ReadAllText(Path.Combine(site.Input, relative));
        Assert.Null(Read(site, relative).Next);
        Assert.DoesNotContain("\nnästa_möte:", text);
        Assert.Contains("\n# nästa_möte: ", text);
        Assert.Contains(Placeholders.NextMeeting, text);
        Assert.Contains($"Kalendariet för {date[..4]} har inget senare möte", output);
    }

    [Fact]
    public void An_existing_file_is_never_overwritten()
    {
        using var site = TempSite.CopyOf(null);
        var path = Path.Combine(site.Input, "protokoll", "ledningsgruppen", "2023-02-10.md");
        var before = File.ReadAllText(path);
        var (code, output, errors) = Run("new", "protokoll", "--organ", "ledningsgruppen", "--datum", "2023-02-10", "--input", site.Input);
        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Equal("", output);
        Assert.Contains($"fel: filen {path.Replace('\\', '/')} finns redan och skrivs inte över", errors);
        Assert.Equal(before, File.ReadAllText(path));
    }

    [Theory]
    [InlineData("--organ", "Ledningsgruppen", "--datum", "2024-02-16", "'--organ Ledningsgruppen' är inte ett giltigt id")]
    [InlineData("--organ", "ledningsgruppen", "--datum", "2024-02-30", "'--datum 2024-02-30' är inte ett datum som finns")]
    [InlineData("--organ", "ledningsgruppen", "--datum", "16/2/2024", "skriv t.ex. --datum 2024-02-16")]
    [InlineData("--datum", "2024-02-16", null, null, "ange --organ")]
    public void Bad_ids_and_dates_are_usage_errors_that_say_what_to_write(string o1, string v1, string? o2, string? v2, string message)
    {
        using var site = new TempSite();
        string[] args = ["new", "protokoll", o1, v1, .. o2 is null ? Array.Empty<string>() : [o2, v2!], "--input", site.Input];
        var (code, _, errors) = Run(args);
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains(message, errors);
        Assert.Empty(Directory.GetFiles(site.Input, "*", SearchOption.AllDirectories));
    }
}
