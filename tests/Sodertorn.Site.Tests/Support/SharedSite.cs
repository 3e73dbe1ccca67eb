using System.Diagnostics;
using System.Globalization;
using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Linking;
using Sodertorn.Site.Pipeline;

namespace Sodertorn.Site.Tests.Support;

/// <summary>
/// A copy of an input folder built once per test run, on first use, and then only read by the tests that share it.
/// A static instance rather than an xunit fixture: a class fixture is built again for every class that uses it, and a
/// collection fixture would make its classes run one after another. The folder is deleted when the test process
/// exits, or by a later run when the process was killed first.
/// </summary>
public sealed class SharedSite
{
    private const string Prefix = "sodertorn-shared-";

    private readonly Lazy<(TempSite Site, BuildResult Result)> built;

    /// <param name="name">Tells the shared sites' folders apart.</param>
    /// <param name="input">The input folder to copy and build.</param>
    /// <param name="options">The options the copy is built with.</param>
    /// <param name="overlay">A folder copied over the input before the build (a fixture laid over another), or null.</param>
    public SharedSite(string name, string input, Func<TempSite, BuildOptions> options, string? overlay = null) =>
        built = new(() => Build(name, input, overlay, options), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The copy of the input that was built.</summary>
    public string Input => built.Value.Site.Input;

    /// <summary>What the build reported, whether it succeeded or not.</summary>
    public BuildResult Result => built.Value.Result;

    /// <summary>The built output/ folder; fails the calling test with the build's errors if the build failed.</summary>
    public string Output
    {
        get
        {
            var (site, result) = built.Value;
            if (!result.Succeeded)
                throw new InvalidOperationException("the shared site did not build:\n" + string.Join("\n", result.Diagnostics.Where(d => d.Severity == Severity.Error)));
            return site.Output;
        }
    }

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Output, relativePath));

    public byte[] Bytes(string relativePath) => File.ReadAllBytes(Path.Combine(Output, relativePath));

    public bool Exists(string relativePath) => File.Exists(Path.Combine(Output, relativePath));

    private static (TempSite, BuildResult) Build(string name, string input, string? overlay, Func<TempSite, BuildOptions> options)
    {
        RemoveLeftovers();
        // The process id first, so that RemoveLeftovers can tell which run a folder belongs to.
        var root = Path.Combine(Path.GetTempPath(), Prefix + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "-" + name);
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(root);
        var site = new TempSite(root);
        TempSite.CopyDirectory(input, site.Input);
        if (overlay is not null) TempSite.CopyDirectory(overlay, site.Input, overwrite: true);
        return (site, new BuildPipeline(options(site)).Run());
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

/// <summary>The sites built once per test run (see <see cref="SharedSite"/>), each built as <see cref="TempSite"/> builds.</summary>
public static class SharedSites
{
    private static readonly Lazy<LinkedSite> RealContent = new(() => ContentFixture.Link(Repository.Input).Site);

    /// <summary>The real input/, with its search index: the site the browser tests serve and the search tests read.</summary>
    public static SharedSite Real { get; } = new("real", Repository.Input, site => site.Options(searchIndex: true));

    /// <summary>
    /// The real input/ with its search index split as a site of many years would split it: 2023 and 2024 in the
    /// main bundle, the minutes of 2019 and 2022 in an archive bundle (Search/SearchBundles.cs).
    /// </summary>
    public static SharedSite RealSplitIndex { get; } =
        new("real-split", Repository.Input, site => site.Options(searchIndex: true) with { SearchBundlePages = 12 });

    /// <summary>The valid fixture site, without a search index.</summary>
    public static SharedSite Valid { get; } = new("valid", ContentFixture.ValidInput, site => site.Options());

    /// <summary>The real input/ read and linked (no pages), to compare the built site with.</summary>
    public static LinkedSite RealLinked => RealContent.Value;
}
