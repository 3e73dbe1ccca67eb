using System.Diagnostics;

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
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "-c", "user.name=Test", "-c", "user.email=test@example.test", "-c", "commit.gpgsign=false" }.Concat(args))
            start.ArgumentList.Add(arg);
        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        start.Environment.Remove("GIT_DIR");
        start.Environment.Remove("GIT_WORK_TREE");
        start.Environment["GIT_AUTHOR_DATE"] = date;
        start.Environment["GIT_COMMITTER_DATE"] = date;
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', args)}: {error.Result}");
        return output;
    }
}
