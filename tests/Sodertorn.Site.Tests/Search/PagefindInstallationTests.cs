using System.Text.Json;
using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Search;
using Sodertorn.Site.Tests.Support;
using Sodertorn.Site.Tools;

namespace Sodertorn.Site.Tests.Search;

/// <summary>
/// How the build finds and installs the pinned Pagefind: with stand-ins for node and npm on a private search
/// path, so the tests need no network and show exactly when npm installs, and what the build says when
/// Node or npm is missing.
/// </summary>
public sealed class PagefindInstallationTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "sodertorn-pagefind-test-" + Guid.NewGuid().ToString("N"));

    public PagefindInstallationTests()
    {
        Directory.CreateDirectory(Folder);
        Directory.CreateDirectory(Bin);
        File.WriteAllText(Path.Combine(Folder, "package.json"), """{ "private": true, "dependencies": { "pagefind": "1.6.0" } }""");
    }

    private string Folder => Path.Combine(root, "Search");

    private string Bin => Path.Combine(root, "bin");

    private string NpmLog => Path.Combine(root, "npm.log");

    [Fact]
    public void The_repository_pins_one_exact_version_and_its_lockfile_agrees()
    {
        var folder = Path.Combine(Repository.Root, "src", "Sodertorn.Site", "Search");
        var pinned = PagefindInstallation.PinnedVersion(Path.Combine(folder, "package.json"));
        using var lockfile = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "package-lock.json")));

        Assert.Matches("^[0-9]+\\.[0-9]+\\.[0-9]+$", pinned);
        Assert.Equal(pinned, lockfile.RootElement.GetProperty("packages").GetProperty("node_modules/pagefind").GetProperty("version").GetString());
        Assert.Equal(Path.GetFullPath(folder), Path.GetFullPath(PagefindInstallation.DefaultFolder));
    }

    [Fact]
    public void Without_node_the_build_says_what_to_install()
    {
        FakeNpm(installs: "1.6.0");
        var diagnostics = new DiagnosticBag();

        Assert.Null(PagefindInstallation.Ensure(Folder, diagnostics, Bin));

        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal("search-node-missing", error.Code);
        Assert.Contains("Node.js saknas", error.Message, StringComparison.Ordinal);
        Assert.Contains("installera Node.js", error.Suggestion, StringComparison.Ordinal);
        Assert.False(File.Exists(NpmLog));
    }

    [Fact]
    public void A_missing_pagefind_is_installed_once_from_the_lock_file()
    {
        FakeNode();
        FakeNpm(installs: "1.6.0");
        var diagnostics = new DiagnosticBag();

        var said = new List<string>();
        var first = PagefindInstallation.Ensure(Folder, diagnostics, Bin, said.Add);
        var second = PagefindInstallation.Ensure(Folder, diagnostics, Bin, said.Add);

        Assert.Empty(diagnostics.Sorted());
        // The first build says, one line each, that it installs and that it is done; the second says nothing.
        Assert.Collection(said,
            line => Assert.StartsWith("Installerar sökverktyget Pagefind 1.6.0 med npm", line, StringComparison.Ordinal),
            line => Assert.StartsWith("Pagefind 1.6.0 är installerat", line, StringComparison.Ordinal));
        Assert.NotNull(first);
        Assert.Equal(Path.Combine(Bin, "node"), second!.Node);
        Assert.Equal([$"install --no-save --no-audit --no-fund in {Folder}"], File.ReadAllLines(NpmLog));
        Assert.Equal("1.6.0", PagefindInstallation.Installed(Folder));
    }

    [Fact]
    public void Another_installed_version_is_replaced_by_the_pinned_one()
    {
        FakeNode();
        FakeNpm(installs: "1.6.0");
        WriteInstalled("1.5.0");

        Assert.NotNull(PagefindInstallation.Ensure(Folder, new DiagnosticBag(), Bin));
        Assert.Single(File.ReadAllLines(NpmLog));
        Assert.Equal("1.6.0", PagefindInstallation.Installed(Folder));
    }

    [Fact]
    public void Without_npm_a_missing_pagefind_is_an_error_naming_npm()
    {
        FakeNode();
        var diagnostics = new DiagnosticBag();

        Assert.Null(PagefindInstallation.Ensure(Folder, diagnostics, Bin));
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal("search-npm-missing", error.Code);
        Assert.Contains("installera npm", error.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failing_npm_ci_is_reported_with_its_own_words()
    {
        FakeNode();
        Script("npm", "echo 'npm ERR! network request to registry failed' >&2\nexit 1\n");
        var diagnostics = new DiagnosticBag();

        Assert.Null(PagefindInstallation.Ensure(Folder, diagnostics, Bin));
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal("search-install-failed", error.Code);
        Assert.Contains("network request to registry failed", error.Message, StringComparison.Ordinal);
        Assert.Contains("npm install --no-save", error.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void The_installed_pagefind_runs_as_its_own_binary_without_node_in_between()
    {
        var folder = PagefindInstallation.DefaultFolder;
        var diagnostics = new DiagnosticBag();
        var tools = PagefindInstallation.Ensure(folder, diagnostics);
        Assert.Empty(diagnostics.Sorted());

        var (program, arguments) = tools!.Command;
        Assert.StartsWith(Path.Combine(folder, "node_modules", "@pagefind") + Path.DirectorySeparatorChar, program, StringComparison.Ordinal);
        Assert.Empty(arguments);
        // The binary the launcher would have started: the version package.json pins.
        var version = ToolProcess.Run(program, ["--version"], folder, TimeSpan.FromSeconds(30));
        Assert.True(version.Succeeded, version.Tail());
        Assert.Equal($"pagefind {PagefindInstallation.PinnedVersion(Path.Combine(folder, "package.json"))}", version.Output.Trim());
    }

    [Fact]
    public void Without_a_binary_for_this_platform_pagefind_runs_through_its_node_launcher()
    {
        FakeNode();
        WriteInstalled("1.6.0");

        var tools = PagefindInstallation.Ensure(Folder, new DiagnosticBag(), Bin);

        var (program, arguments) = tools!.Command;
        Assert.Equal(Path.Combine(Bin, "node"), program);
        Assert.Equal([Path.Combine(Folder, "node_modules", ".bin", "pagefind")], arguments);
    }

    private void FakeNode() => Script("node", "exit 0\n");

    /// <summary>An npm that logs its call and "installs" the given Pagefind version the way npm lays it out.</summary>
    private void FakeNpm(string installs) => Script("npm", $$"""
        echo "$* in $(pwd)" >> '{{NpmLog}}'
        rm -rf node_modules
        mkdir -p node_modules/pagefind node_modules/.bin
        echo '{ "name": "pagefind", "version": "{{installs}}" }' > node_modules/pagefind/package.json
        touch node_modules/.bin/pagefind
        """);

    private void WriteInstalled(string version)
    {
        Directory.CreateDirectory(Path.Combine(Folder, "node_modules", "pagefind"));
        Directory.CreateDirectory(Path.Combine(Folder, "node_modules", ".bin"));
        File.WriteAllText(Path.Combine(Folder, "node_modules", "pagefind", "package.json"), $$"""{ "name": "pagefind", "version": "{{version}}" }""");
        File.WriteAllText(Path.Combine(Folder, "node_modules", ".bin", "pagefind"), "");
    }

    private void Script(string name, string body) => StandInTool.Write(Path.Combine(Bin, name), body);

    public void Dispose()
    {
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
    }
}
