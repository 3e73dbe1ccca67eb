using Sodertorn.Site.Tools;

namespace Sodertorn.Site.Tests.Support;

/// <summary>
/// git for a test's own repository: without the user's or the system's configuration (a developer's signing, hooks or
/// default branch cannot change what a test sees), with a fixed author and the commit date given.
/// </summary>
public static class TestGit
{
    public const string DefaultDate = "2024-03-12T14:03:00+01:00";

    /// <summary>Runs git in <paramref name="folder"/> and returns what it printed; fails the test when git fails.</summary>
    public static string Run(string folder, params string[] args) => RunAt(folder, DefaultDate, args);

    /// <summary>As <see cref="Run"/>, with <paramref name="date"/> as the author's and committer's date.</summary>
    public static string RunAt(string folder, string date, params string[] args)
    {
        var result = ToolProcess.Git(folder, ["-c", "user.name=Test", "-c", "user.email=test@example.test", "-c", "commit.gpgsign=false", .. args], TimeSpan.FromMinutes(1),
            new Dictionary<string, string>
            {
                ["GIT_CONFIG_GLOBAL"] = "/dev/null", ["GIT_CONFIG_NOSYSTEM"] = "1", ["GIT_AUTHOR_DATE"] = date, ["GIT_COMMITTER_DATE"] = date,
            });
        Assert.True(result is { Succeeded: true }, $"git {string.Join(' ', args)}: {result?.Errors ?? "git is not installed"}");
        return result!.Output;
    }
}
