using Sodertorn.Site.Tools;

namespace Sodertorn.Site.Fuzz;

/// <summary>
/// The target's work folder as a git repository whose one commit holds the fixture site's files (then deleted from the
/// folder, which keeps only the fuzzed file): pages get the published and updated days a real build gives them, and the
/// build core's history cache (Content/SourceHistoryCache, the preview's) asks git once per target instead of once per
/// input. A git process per input cost three quarters of the smoke test's time.
/// </summary>
public static class FixtureHistory
{
    /// <summary>Fixed, so that every run renders the same days.</summary>
    private const string Date = "2030-01-15T12:00:00+01:00";

    /// <summary>Commits <paramref name="fixture"/>'s files into a new repository in <paramref name="workRoot"/>; false without git (pages then have no dates).</summary>
    public static bool Create(string fixture, string workRoot)
    {
        foreach (var file in Directory.GetFiles(fixture, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(workRoot, Path.GetRelativePath(fixture, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
        try
        {
            return Git(workRoot, "init", "-q") && Git(workRoot, "add", "-A") && Git(workRoot, "commit", "-q", "-m", "fixture");
        }
        finally
        {
            // The fixture's files are read and modelled once by the target; in the folder they would be read on every input.
            foreach (var entry in new DirectoryInfo(workRoot).EnumerateFileSystemInfos().Where(e => e.Name != ".git"))
                if (entry is DirectoryInfo dir) dir.Delete(recursive: true); else entry.Delete();
        }
    }

    // Without the user's or the system's configuration: a developer's hooks or signing must not change the fixture.
    private static bool Git(string folder, params string[] args) =>
        ToolProcess.Git(folder, ["-c", "user.name=Fuzz", "-c", "user.email=fuzz@example.test", "-c", "commit.gpgsign=false", .. args], TimeSpan.FromMinutes(1),
            new Dictionary<string, string>
            {
                ["GIT_CONFIG_GLOBAL"] = "/dev/null", ["GIT_CONFIG_NOSYSTEM"] = "1", ["GIT_AUTHOR_DATE"] = Date, ["GIT_COMMITTER_DATE"] = Date,
            }) is { Succeeded: true };
}
