using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Tests.Support;
using Sodertorn.Site.Tools;

namespace Sodertorn.Site.Tests.Tools;

/// <summary>
/// The install both npm tools share (Pagefind, Decap CMS), with a stand-in npm on a private search path: what the build
/// says when the install fails, and that builds side by side install once. Search/PagefindInstallationTests covers the rest.
/// </summary>
public sealed class NpmInstallTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "sodertorn-npminstall-test-" + Guid.NewGuid().ToString("N"));

    public NpmInstallTests()
    {
        Directory.CreateDirectory(Folder);
        Directory.CreateDirectory(Bin);
    }

    private string Folder => Path.Combine(root, "Cms");

    private string Bin => Path.Combine(root, "bin");

    private string Marker => Path.Combine(Folder, "node_modules", "installed");

    private NpmInstall Install => new(Folder, "cms-npm-missing", "cms-install-failed", "Decap CMS", "redigeringsverktyget", "en minut", ["ci"]);

    [Fact]
    public void Builds_side_by_side_wait_for_one_install()
    {
        var log = Path.Combine(root, "npm.log");
        Npm($"echo \"$*\" >> '{log}'\nsleep 0.3\nmkdir -p node_modules && touch node_modules/installed\n");
        var diagnostics = new DiagnosticBag();

        var results = new bool[4];
        using var start = new Barrier(results.Length);
        var builds = Enumerable.Range(0, results.Length).Select(i => new Thread(() =>
        {
            start.SignalAndWait();
            results[i] = Install.Ensure(() => File.Exists(Marker), diagnostics, Bin);
        })).ToList();
        builds.ForEach(b => b.Start());
        builds.ForEach(b => b.Join());

        Assert.All(results, Assert.True);
        Assert.Empty(diagnostics.Sorted());
        Assert.Equal(["ci --no-audit --no-fund"], File.ReadAllLines(log));
    }

    [Fact]
    public void A_failed_install_names_the_tool_npm_s_own_words_and_the_command_to_run()
    {
        Npm("echo 'npm ERR! code ENOTFOUND' >&2\nexit 1\n");
        var diagnostics = new DiagnosticBag();
        var said = new List<string>();

        Assert.False(Install.Ensure(() => File.Exists(Marker), diagnostics, Bin, said.Add));

        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal("cms-install-failed", error.Code);
        Assert.Equal(Path.Combine(Folder, "package.json"), error.Location.File);
        Assert.StartsWith("Decap CMS kunde inte installeras med npm ci: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("npm ERR! code ENOTFOUND", error.Message, StringComparison.Ordinal);
        Assert.Equal($"kontrollera att npm-registret går att nå och kör npm ci i {Folder}", error.Suggestion);
        // The author was told an install started, and not that it was done.
        Assert.Equal(["Installerar redigeringsverktyget Decap CMS med npm (görs en gång, vid första bygget; tar ungefär en minut) …"], said);
    }

    private void Npm(string body) => StandInTool.Write(Path.Combine(Bin, "npm"), body);

    public void Dispose()
    {
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
    }
}
