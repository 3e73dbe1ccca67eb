using Sodertorn.Site.Content;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Content;

/// <summary>
/// The preview's history of input/: the dates follow every commit, checkout or reset, while a save without a commit
/// (most saves) does not ask git again.
/// </summary>
public sealed class SourceHistoryCacheTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("sodertorn-historycache-test-").FullName;

    private string Input => Path.Combine(root, "input");

    private string Page => Path.Combine(Input, "sidor", "om.md");

    public SourceHistoryCacheTests()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Page)!);
        File.WriteAllText(Page, "första\n");
        TestGit.RunAt(root, "2024-05-03T10:00:00+02:00", "init", "-q");
        TestGit.RunAt(root, "2024-05-03T10:00:00+02:00", "add", ".");
        TestGit.RunAt(root, "2024-05-03T10:00:00+02:00", "commit", "-q", "-m", "first");
    }

    [Fact]
    public void The_dates_follow_each_commit_and_a_save_alone_does_not_ask_git_again()
    {
        var cache = new SourceHistoryCache(Input);
        var first = cache.Read();
        Assert.Equal(new SourceDates(new DateOnly(2024, 5, 3), new DateOnly(2024, 5, 3)), first["sidor/om.md"]);

        File.AppendAllText(Page, "sparad, inte incheckad\n");
        Assert.Same(first, cache.Read());

        TestGit.RunAt(root, "2024-06-10T09:00:00+02:00", "commit", "-q", "-am", "second");
        Assert.Equal(new SourceDates(new DateOnly(2024, 5, 3), new DateOnly(2024, 6, 10)), cache.Read()["sidor/om.md"]);

        // Back to the first commit: the later date goes again.
        TestGit.Run(root, "reset", "-q", "--hard", "HEAD~1");
        Assert.Equal(new SourceDates(new DateOnly(2024, 5, 3), new DateOnly(2024, 5, 3)), cache.Read()["sidor/om.md"]);
    }

    [Fact]
    public void Outside_git_there_are_no_dates()
    {
        var outside = Directory.CreateTempSubdirectory("sodertorn-historycache-outside-").FullName;
        try
        {
            Assert.Empty(new SourceHistoryCache(outside).Read());
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
