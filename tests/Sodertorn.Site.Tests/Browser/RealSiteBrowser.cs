using System.Diagnostics;
using Sodertorn.Site.Pipeline;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Browser;

/// <summary>
/// The real input/ built once per test run (with the search index) into a temporary folder, shared by every
/// browser test class: building takes seconds, and the built site is only read. Built as TempSite builds
/// (a copy of input/, the real theme, the same base URL and date).
/// </summary>
public static class RealSiteBuild
{
    private const string Prefix = "sodertorn-realsite-";
    private static readonly Lazy<string> Output = new(() => Build("", o => o), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The real site with its search index split as a site of many years would split it: 2023 and 2024 in the
    /// main bundle, the minutes of 2019 and 2022 in an archive bundle (Search/SearchBundles.cs).
    /// </summary>
    private static readonly Lazy<string> SplitOutput = new(() => Build("-split", o => o with { SearchBundlePages = 12 }), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The built output/ folder; fails the calling test with the build's errors if the build failed.</summary>
    public static string Folder => Output.Value;

    public static string SplitIndexFolder => SplitOutput.Value;

    private static string Build(string variant, Func<BuildOptions, BuildOptions> configure)
    {
        RemoveLeftovers();
        // The process id first, so that RemoveLeftovers can tell which run a folder belongs to.
        var root = Path.Combine(Path.GetTempPath(), Prefix + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture) + variant);
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(root);
        var input = Path.Combine(root, "input");
        TempSite.CopyDirectory(Repository.Input, input);
        var output = Path.Combine(root, "output");
        var result = new BuildPipeline(configure(new BuildOptions(input, Repository.Theme, output, "https://example.test", false, new DateOnly(2030, 6, 1)))).Run();
        if (!result.Succeeded)
            throw new InvalidOperationException("the real site did not build:\n" + string.Join("\n", result.Diagnostics.Where(d => d.Severity == Sodertorn.Site.Diagnostics.Severity.Error)));
        return output;
    }

    /// <summary>
    /// The test host may be stopped before its exit handlers finish deleting; a later run removes what a run that
    /// is no longer alive left behind.
    /// </summary>
    private static void RemoveLeftovers()
    {
        foreach (var dir in Directory.GetDirectories(Path.GetTempPath(), Prefix + "*"))
        {
            if (!int.TryParse(Path.GetFileName(dir)[Prefix.Length..].Split('-')[0], out var pid) || pid == Environment.ProcessId) continue;
            try
            {
                using var process = Process.GetProcessById(pid);
            }
            catch (ArgumentException)
            {
                TryDelete(dir);
            }
        }
    }

    private static void TryDelete(string dir)
    {
        try
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
        catch (IOException)
        {
            // Another run is deleting it too, or a file is still open; the next run tries again.
        }
    }
}

/// <summary>Chromium over the real site, served with the site's CSP. Use as IClassFixture&lt;RealSiteBrowser&gt;.</summary>
public sealed class RealSiteBrowser : BrowserFixture
{
    protected override string BuildSite() => RealSiteBuild.Folder;
}

/// <summary>Chromium over the real site with its index split into a main and an archive bundle.</summary>
public sealed class SplitIndexSiteBrowser : BrowserFixture
{
    protected override string BuildSite() => RealSiteBuild.SplitIndexFolder;
}
