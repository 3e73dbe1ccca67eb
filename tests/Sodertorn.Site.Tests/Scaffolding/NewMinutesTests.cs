using Sodertorn.Site.Cli;
using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Domain;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Scaffolding;

/// <summary>`new protokoll`: filled in from the site, and a file that builds as it is written.</summary>
public sealed class NewMinutesTests
{
    internal static (int Code, string Output, string Errors) Run(params string[] args)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var code = Application.Run(args, output, errors);
        return (code, output.ToString(), errors.ToString());
    }

    private static Meeting Read(TempSite site, string relative)
    {
        var (entity, diagnostics) = ContentFixture.Read(relative, File.ReadAllText(Path.Combine(site.Input, relative)));
        Assert.Empty(diagnostics.Sorted());
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
        Assert.Equal([("1", "val-av-justerare"), ("2", "skriv-eget-id"), ("3", "ovriga-fragor"), ("4", "nasta-mote")],
            meeting.AgendaItems.Select(i => (i.Number!, i.LocalId)));
        Assert.StartsWith("Skriv", meeting.AgendaItems[1].Title);
        var example = Assert.Single(meeting.AgendaItems.SelectMany(i => i.Decisions));
        Assert.Equal("exempel", example.LocalId);
        Assert.Equal(["vp-2024-rufs-yttrande"], example.ActsOn); // an activity of the year's plan, so the example is valid
        Assert.StartsWith("Skriv beslutet", example.Text);
    }

    [Fact]
    public void New_minutes_build_without_errors_in_the_real_site()
    {
        using var site = TempSite.CopyOf(null);
        Run("new", "protokoll", "--organ", "ledningsgruppen", "--datum", "2024-02-16", "--input", site.Input);
        Run("new", "protokoll", "--organ", "samarbetskommitten", "--datum", "2025-01-20", "--input", site.Input);
        var result = site.Build();
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.DoesNotContain(result.Diagnostics, d => d.Location.File.StartsWith("protokoll/samarbetskommitten/", StringComparison.Ordinal) ||
                                                       d.Location.File == "protokoll/ledningsgruppen/2024-02-16.md");
        Assert.True(result.Succeeded);
        Assert.Contains("Skriv beslutet här", site.ReadOutput("protokoll/lg-2024-02-16/index.html"));
    }

    [Fact]
    public void A_meeting_outside_the_calendar_is_said_so_and_still_builds_in_the_fixture_site()
    {
        using var site = TempSite.CopyOf("valid");
        var (code, output, _) = Run("new", "protokoll", "--organ", "ledningsgruppen", "--datum", "2030-05-20", "--input", site.Input);
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("finns inte i något kalendarium", output);
        var text = File.ReadAllText(Path.Combine(site.Input, "protokoll", "ledningsgruppen", "2030-05-20.md"));
        Assert.Contains("# start: \"09:00\"", text);
        Assert.Contains("avser=\"vp-2030-laddplatser\"", text);
        var meeting = Read(site, "protokoll/ledningsgruppen/2030-05-20.md");
        Assert.Equal(["Anna Exempel", "Bo Kansli", "Cecilia Borta"], meeting.Participants.Select(p => p.Name)); // members: present and absent last time
        Assert.Null(meeting.Start);
        Assert.True(site.Build().Succeeded);
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
