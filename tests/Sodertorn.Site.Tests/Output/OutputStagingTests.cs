using System.Diagnostics;
using Sodertorn.Site.Output;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Output;

/// <summary>output/ is always the last good site or the new one: after a kill, with two builds at once, and never a folder it must not replace.</summary>
public sealed class OutputStagingTests
{
    [Fact]
    public void A_build_killed_between_the_two_renames_gets_its_last_good_site_back()
    {
        using var site = new TempSite();
        var dead = DeadProcessId();
        // What a build killed inside Commit leaves: output/ moved aside, the new site not yet in its place.
        var retired = Path.Combine(site.Root, $".output.old-{dead}-1");
        Directory.CreateDirectory(retired);
        File.WriteAllText(Path.Combine(retired, "index.html"), "the last good site");
        var stale = Path.Combine(site.Root, $".output.staging-{dead}-1");
        Directory.CreateDirectory(stale);

        using (OutputStaging.Begin(site.Output)) { }

        Assert.Equal("the last good site", File.ReadAllText(Path.Combine(site.Output, "index.html")));
        Assert.False(Directory.Exists(retired));
        Assert.False(Directory.Exists(stale));
    }

    [Fact]
    public void The_folders_of_a_build_still_running_are_left_alone()
    {
        using var site = new TempSite();
        using var running = OutputStaging.Begin(site.Output);
        using (OutputStaging.Begin(site.Output)) { }
        Assert.True(Directory.Exists(running.Folder));
    }

    [Fact]
    public void Two_builds_into_the_same_folder_at_once_both_succeed_and_leave_a_whole_site()
    {
        using var site = TempSite.CopyOf("valid");
        var options = new Sodertorn.Site.Pipeline.BuildOptions(site.Input, Repository.Theme, site.Output, "https://example.test", false, new DateOnly(2030, 6, 1))
            { BuildSearchIndex = false };

        var results = Enumerable.Range(0, 3).AsParallel().WithDegreeOfParallelism(3)
            .Select(_ => new Sodertorn.Site.Pipeline.BuildPipeline(options).Run()).ToList();

        Assert.All(results, r => Assert.True(r.Succeeded, string.Join("\n", r.Diagnostics)));
        Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
        Assert.True(File.Exists(Path.Combine(site.Output, Sodertorn.Site.Reporting.LinkReport.JsonFile)));
        Assert.Empty(Directory.GetDirectories(site.Root, ".output.*"));
    }

    [Theory]
    [InlineData("input")]
    [InlineData("input/sidor")]
    [InlineData(".")]
    public void A_folder_that_holds_or_lies_in_the_input_is_refused(string output)
    {
        using var site = TempSite.CopyOf("valid");
        Assert.NotNull(OutputStaging.Problem(Path.Combine(site.Root, output), site.Input, Repository.Theme));
    }

    [Fact]
    public void A_file_or_a_folder_with_other_things_in_it_is_refused_and_an_earlier_site_is_not()
    {
        using var site = new TempSite();
        var file = Path.Combine(site.Root, "fil.txt");
        File.WriteAllText(file, "x");
        var other = Path.Combine(site.Root, "annat");
        Directory.CreateDirectory(other);
        File.WriteAllText(Path.Combine(other, "viktig.txt"), "x");
        var built = Path.Combine(site.Root, "byggd");
        Directory.CreateDirectory(Path.Combine(built, "lankrapport"));
        File.WriteAllText(Path.Combine(built, Sodertorn.Site.Reporting.LinkReport.JsonFile), "{}");

        Assert.Contains("ska vara en mapp", OutputStaging.Problem(file, site.Input));
        Assert.Contains("innehåller annat", OutputStaging.Problem(other, site.Input));
        Assert.Null(OutputStaging.Problem(built, site.Input));
        Assert.Null(OutputStaging.Problem(Path.Combine(site.Root, "ny"), site.Input));
    }

    private static int DeadProcessId()
    {
        using var process = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        process.WaitForExit();
        return process.Id;
    }
}
