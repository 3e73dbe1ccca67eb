using Sodertorn.Site.Content;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Content;

/// <summary>
/// Published and updated days from the history of input/ (webbriktlinjer R23): the days of a file's first and last
/// commit, in Stockholm; a list page has the span of the pages under it; outside git, no dates and no error.
/// </summary>
public sealed class SourceHistoryTests
{
    [Fact]
    public void Git_logs_first_and_last_commit_give_the_days_in_stockholm()
    {
        // 2024-05-02T22:30Z is 3 May in Stockholm (UTC+2 in summer).
        var log = "\u001e1717200000\n\nM\tprotokoll/lg.md\n\u001e1714689000\n\nA\tprotokoll/lg.md\nA\tsidor/om.md\n";
        var dates = SourceHistory.Parse(log);

        Assert.Equal(new SourceDates(new DateOnly(2024, 5, 3), new DateOnly(2024, 6, 1)), dates["protokoll/lg.md"]);
        Assert.Equal(new SourceDates(new DateOnly(2024, 5, 3), new DateOnly(2024, 5, 3)), dates["sidor/om.md"]);
    }

    /// <summary>
    /// The writing guide lets authors move and rename files freely: a moved file keeps the day it was first published,
    /// and a move that changes nothing in it does not make it updated (a move with an edit does).
    /// </summary>
    [Fact]
    public void A_moved_file_keeps_its_first_day_and_is_updated_only_by_a_change()
    {
        // Newest first: 2024-09-01 moved again with an edit; 2024-07-01 moved (unchanged); 2024-06-01 edited; 2024-05-03 added.
        var log = "\u001e1725141600\n\nR087\tprotokoll/lg.md\tprotokoll/ledningsgruppen/2024-05-02.md\n"
            + "\u001e1719784800\n\nR100\tlg.md\tprotokoll/lg.md\n"
            + "\u001e1717200000\n\nM\tlg.md\n"
            + "\u001e1714689000\n\nA\tlg.md\nA\tsidor/om.md\n"
            + "\u001e1714689000\n\n";
        var dates = SourceHistory.Parse(log);

        Assert.Equal(new SourceDates(new DateOnly(2024, 5, 3), new DateOnly(2024, 9, 1)), dates["protokoll/ledningsgruppen/2024-05-02.md"]);

        var unchangedMove = SourceHistory.Parse("\u001e1719784800\n\nR100\tlg.md\tprotokoll/lg.md\n\u001e1714689000\n\nA\tlg.md\n");
        Assert.Equal(new SourceDates(new DateOnly(2024, 5, 3), new DateOnly(2024, 5, 3)), unchangedMove["protokoll/lg.md"]);
    }

    [Fact]
    public void Outside_a_git_repository_there_is_no_history_and_pages_have_no_dates()
    {
        // The shared valid site is built in the temp folder, outside any repository.
        Assert.Empty(SourceHistory.Read(SharedSites.Valid.Input));
        Assert.True(SharedSites.Valid.Result.Succeeded);
        Assert.DoesNotContain("class=\"sidinfo\"", SharedSites.Valid.Read("om/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void In_a_repository_each_page_says_when_it_was_published_and_updated()
    {
        using var site = TempSite.CopyOf("valid");
        TestGit.RunAt(site.Root, "2024-05-03T10:00:00+02:00", "init", "-q");
        TestGit.RunAt(site.Root, "2024-05-03T10:00:00+02:00", "add", ".");
        TestGit.RunAt(site.Root, "2024-05-03T10:00:00+02:00", "commit", "-q", "-m", "first");
        File.AppendAllText(Path.Combine(site.Input, "sidor", "om.md"), "\nEtt stycke till.\n");
        TestGit.RunAt(site.Root, "2024-06-10T09:00:00+02:00", "commit", "-q", "-am", "second");
        // Moved into a folder of its organ, unchanged: still published on its first day, and not updated.
        Directory.CreateDirectory(Path.Combine(site.Input, "protokoll", "ledningsgruppen"));
        TestGit.RunAt(site.Root, "2025-01-20T09:00:00+01:00", "mv", "input/protokoll/lg-2030-03-01.md", "input/protokoll/ledningsgruppen/2030-03-01.md");
        TestGit.RunAt(site.Root, "2025-01-20T09:00:00+01:00", "commit", "-q", "-m", "third");
        // Written but not committed: not published yet, so no dates (not those of input/ as a whole).
        File.WriteAllText(Path.Combine(site.Input, "sidor", "ny.md"),
            File.ReadAllText(Path.Combine(site.Input, "sidor", "om.md")).Replace("id: om\n", "id: ny-sida\n", StringComparison.Ordinal));

        Assert.True(site.Build().Succeeded);
        Assert.DoesNotContain("class=\"sidinfo\"", site.ReadOutput("ny-sida/index.html"), StringComparison.Ordinal);

        Assert.Contains("<p class=\"sidinfo\">Publicerad <time datetime=\"2024-05-03\">3 maj 2024</time> · Uppdaterad <time datetime=\"2024-06-10\">10 juni 2024</time></p>",
            site.ReadOutput("om/index.html"), StringComparison.Ordinal);
        Assert.Contains("<p class=\"sidinfo\">Publicerad <time datetime=\"2024-05-03\">3 maj 2024</time></p>",
            site.ReadOutput("protokoll/lg-2030-03-01/index.html"), StringComparison.Ordinal);
        // A list: the span of the pages under it; the register, of no files of its own: the span of input/.
        Assert.Contains("<p class=\"sidinfo\">Publicerad <time datetime=\"2024-05-03\">3 maj 2024</time></p>", site.ReadOutput("protokoll/index.html"), StringComparison.Ordinal);
        Assert.Contains("Uppdaterad <time datetime=\"2024-06-10\">10 juni 2024</time>", site.ReadOutput("beslut/index.html"), StringComparison.Ordinal);
    }
}
