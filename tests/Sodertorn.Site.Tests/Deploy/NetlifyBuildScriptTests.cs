using System.Diagnostics;
using System.Runtime.Versioning;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Deploy;

/// <summary>
/// .ci/netlify-build with stand-ins for `dotnet` and `curl` on PATH: which address and flags each context builds
/// with, when the SDK is installed, and which failed builds still publish. Nothing is downloaded and nothing is built:
/// the stand-ins only record (and, when a test asks, write what a failed build leaves in output/). The script runs
/// from a copy in a temporary repository folder, so nothing it does touches this repository's output/.
/// </summary>
[UnsupportedOSPlatform("windows")] // the script is bash, as on Netlify's Linux build image
public sealed class NetlifyBuildScriptTests : IDisposable
{
    private static readonly string Source = Path.Combine(Repository.Root, ".ci", "netlify-build");

    private readonly string root = Path.Combine(Path.GetTempPath(), "sodertorn-netlify-" + Guid.NewGuid().ToString("N"));

    public NetlifyBuildScriptTests()
    {
        Directory.CreateDirectory(Stubs);
        // curl writes a stand-in for dotnet-install.sh, which "installs" a dotnet 10 stand-in into --install-dir.
        Write(Path.Combine(Stubs, "curl"), """
            printf '%s\n' "$@" > "$LOG.curl"
            while [ $# -gt 0 ]; do [ "$1" = --output ] && out="$2"; shift; done
            cat > "$out" <<'EOF'
            printf '%s\n' "$@" > "$LOG.install"
            while [ $# -gt 0 ]; do [ "$1" = --install-dir ] && dir="$2"; shift; done
            mkdir -p "$dir"
            printf '#!/bin/bash\ncase "$1" in --list-sdks) echo "10.0.100 [x]";; --version) echo 10.0.100;; publish) while [ $# -gt 0 ]; do [ "$1" = -o ] && mkdir -p "$2"; shift; done;; *) printf "%%s\\n" "$@" > "$LOG";; esac\n' > "$dir/dotnet"
            chmod +x "$dir/dotnet"
            EOF
            """);
    }

    private string Stubs => Path.Combine(root, "stubs");

    private string Log => Path.Combine(root, "dotnet.log");

    private string Checkout => Path.Combine(root, "repo");

    /// <summary>The program the script compiles and runs.</summary>
    private string App => Path.Combine(Checkout, ".cache", "app", "Sodertorn.Site.dll");

    private const string Preview = "https://deploy-preview-7--sodertorn.netlify.app";

    [Fact]
    public void Production_builds_the_main_address_strictly_allowing_only_declared_references()
    {
        var (code, output) = Run("production", sdk: "10.0.100");

        Assert.True(code == 0, output);
        var expected = new[] { App, "build", "--base-url", "https://sodertorn.example", "--strict" }
            .Concat(ProductionBuild.AllowedWarnings.SelectMany(c => new[] { "--allow-warning", c }))
            .Concat(["--context", "production", "--compare-with", "https://sodertorn.example"]);
        Assert.Equal(expected, File.ReadAllLines(Log));
        // Compiled before, precompiled (ReadyToRun) into a folder of its own, and then run as a program rather than with `dotnet run`.
        Assert.Equal(["publish", "src/Sodertorn.Site", "-c", "Release", "-r", "linux-x64", "--self-contained", "false", "-p:PublishReadyToRun=true",
            "-o", Path.GetDirectoryName(App)!, "-nologo"], File.ReadAllLines(Log + ".compile"));
        Assert.False(File.Exists(Log + ".curl"), "nothing is downloaded when the SDK is there");
    }

    [Fact]
    public void A_deploy_that_changes_only_content_runs_the_cached_program_and_a_change_to_the_generator_compiles_it_again()
    {
        Assert.Equal(0, Run("preview", sdk: "10.0.100").Code);
        Directory.CreateDirectory(Path.Combine(Checkout, "input", "sidor"));
        File.WriteAllText(Path.Combine(Checkout, "input", "sidor", "om.md"), "ny text");
        var (code, output) = Run("preview", sdk: "10.0.100");

        Assert.True(code == 0, output);
        Assert.Single(File.ReadAllLines(Log + ".compiles"));
        Assert.Contains("not compiling again", output, StringComparison.Ordinal);
        Assert.Equal(App, File.ReadAllLines(Log)[0]);

        File.WriteAllText(Path.Combine(Checkout, "src", "Sodertorn.Site", "Program.cs"), "// changed");
        Assert.Equal(0, Run("preview", sdk: "10.0.100").Code);
        Assert.Equal(2, File.ReadAllLines(Log + ".compiles").Length);
        // So does a change to how it is compiled.
        File.AppendAllText(Path.Combine(Checkout, ".ci", "compile-generator"), "\n# changed\n");
        Assert.Equal(0, Run("preview", sdk: "10.0.100", keepCompileScript: true).Code);
        Assert.Equal(3, File.ReadAllLines(Log + ".compiles").Length);
        // Another SDK compiles again too: its compiler and runtime packs may differ.
        Assert.Equal(0, Run("preview", sdk: "10.0.200").Code);
        Assert.Equal(4, File.ReadAllLines(Log + ".compiles").Length);
    }

    [Fact]
    public void A_program_that_faults_is_not_kept_and_one_that_fails_on_content_is()
    {
        // A fault of the generator (exit 3): the cached program is discarded, so the next deploy compiles again.
        Assert.NotEqual(0, Run("preview", sdk: "10.0.100", environment: new() { ["OUTCOME"] = "fault" }).Code);
        Assert.False(File.Exists(App));
        Assert.Equal(0, Run("preview", sdk: "10.0.100").Code);
        Assert.Equal(2, File.ReadAllLines(Log + ".compiles").Length);

        // A build that failed on content (exit 1) ran the program to a verdict: it is kept.
        Assert.Equal(1, Run("production", sdk: "10.0.100", environment: new() { ["OUTCOME"] = "stale-report" }).Code);
        Assert.Equal(0, Run("preview", sdk: "10.0.100").Code);
        Assert.Equal(2, File.ReadAllLines(Log + ".compiles").Length);
    }

    [Fact]
    public void Previews_build_their_own_address_without_strict()
    {
        var (code, output) = Run("preview", sdk: "10.0.100");

        Assert.True(code == 0, output);
        Assert.Equal([App, "build", "--base-url", Preview,
            "--context", "deploy-preview", "--publish-report-on-failure", "--compare-with", "https://sodertorn.example"], File.ReadAllLines(Log));
    }

    [Fact]
    public void The_report_is_told_the_commit_the_context_and_where_files_are_edited_without_the_repository_token()
    {
        var (code, output) = Run("preview", sdk: "10.0.100", environment: new()
        {
            ["CONTEXT"] = "branch-deploy",
            ["COMMIT_REF"] = "0123456789abcdef0123456789abcdef01234567",
            ["HEAD"] = "rattelse/protokoll",
            ["REPOSITORY_URL"] = "https://x-access-token:v1.hemlig@github.com/sodertorn/webbplats",
        });

        Assert.True(code == 0, output);
        var args = File.ReadAllLines(Log);
        Assert.Equal("branch-deploy", After(args, "--context"));
        Assert.Equal("0123456789abcdef0123456789abcdef01234567", After(args, "--commit"));
        Assert.Equal("https://github.com/sodertorn/webbplats/edit/rattelse/protokoll/{path}", After(args, "--edit-url"));
        Assert.DoesNotContain(args, a => a.Contains("hemlig", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("git@gitlab.com:sodertorn/webbplats.git", "https://gitlab.com/sodertorn/webbplats/-/edit/main/{path}")]
    [InlineData("https://git.example.org/sodertorn/webbplats", null)]
    [InlineData("https://github.com/sodertorn/webbplats$(touch pwned)", null)]
    public void Edit_links_go_to_a_known_host_or_nowhere(string repository, string? expected)
    {
        var (code, output) = Run("production", sdk: "10.0.100", environment: new() { ["HEAD"] = "main", ["REPOSITORY_URL"] = repository });

        Assert.True(code == 0, output);
        var args = File.ReadAllLines(Log);
        Assert.Equal(expected, args.Contains("--edit-url") ? After(args, "--edit-url") : null);
    }

    [Fact]
    public void The_editor_address_set_for_the_site_wins_over_the_repository_host()
    {
        var (code, output) = Run("preview", sdk: "10.0.100", environment: new()
        {
            ["REPORT_EDIT_URL"] = "https://sodertorn.example/admin/#/edit/{path}",
            ["HEAD"] = "main",
            ["REPOSITORY_URL"] = "https://github.com/sodertorn/webbplats",
        });

        Assert.True(code == 0, output);
        Assert.Equal("https://sodertorn.example/admin/#/edit/{path}", After(File.ReadAllLines(Log), "--edit-url"));
    }

    [Theory]
    [InlineData("preview", 0)]
    [InlineData("production", 1)]
    public void A_failed_preview_publishes_its_report_and_a_failed_production_build_publishes_nothing(string mode, int expected)
    {
        var (code, output) = Run(mode, sdk: "10.0.100", environment: new() { ["OUTCOME"] = "report-only" });

        Assert.True(code == expected, output);
        if (mode == "preview") Assert.Contains("publishes only the link report", output);
    }

    [Theory]
    [InlineData("stale-report", 1)]
    [InlineData("fault", 3)]
    public void A_preview_fails_when_the_build_wrote_no_report_of_its_own(string outcome, int expected)
    {
        // An older report-only site left in output/ must not pass for this build's.
        Directory.CreateDirectory(Path.Combine(Checkout, "output", "lankrapport"));
        File.WriteAllText(Path.Combine(Checkout, "output", "lankrapport", "lankrapport.json"), "{ \"succeeded\": false }");
        File.SetLastWriteTimeUtc(Path.Combine(Checkout, "output", "lankrapport", "lankrapport.json"), DateTime.UtcNow.AddHours(-1));

        var (code, output) = Run("preview", sdk: "10.0.100", environment: new() { ["OUTCOME"] = outcome });

        Assert.True(code == expected, output);
    }

    [Theory]
    [InlineData("8.0.404")]
    [InlineData(null)]
    public void An_older_or_missing_SDK_is_installed_with_the_official_script(string? sdk)
    {
        var (code, output) = Run("production", sdk);

        Assert.True(code == 0, output);
        Assert.Contains("https://dot.net/v1/dotnet-install.sh", File.ReadAllLines(Log + ".curl"));
        var install = File.ReadAllLines(Log + ".install");
        Assert.Equal("10.0", install[Array.IndexOf(install, "--channel") + 1]);
        // Under .cache/ in the checkout, which the build plugin keeps between deploys.
        Assert.Equal(Path.Combine(Checkout, ".cache", "dotnet"), install[Array.IndexOf(install, "--install-dir") + 1]);
        Assert.Contains("--strict", File.ReadAllLines(Log));
    }

    [Fact]
    public void What_a_deploy_downloads_goes_where_the_build_plugin_keeps_it_between_deploys()
    {
        var (code, output) = Run("preview", sdk: "10.0.100");

        Assert.True(code == 0, output);
        var cached = NetlifyCachePlugin.Run();
        Assert.Subset(NetlifyCachePlugin.Events.ToHashSet(), cached.Exported.ToHashSet());
        Assert.Equal(cached.Restored, cached.Saved);
        var folders = cached.Saved.Select(p => Path.Combine(Checkout, p)).ToList();
        // The NuGet packages and npm's downloads of the build, and the SDK (the test above: installed into .cache/dotnet).
        Assert.Equal([Path.Combine(Checkout, ".cache", "nuget"), Path.Combine(Checkout, ".cache", "npm")], File.ReadAllLines(Log + ".env"));
        Assert.Subset(folders.ToHashSet(), File.ReadAllLines(Log + ".env").Append(Path.Combine(Checkout, ".cache", "dotnet")).ToHashSet());
        // The tools the build installs beside their pins (PagefindInstallation, CmsInstallation).
        Assert.Contains("src/Sodertorn.Site/Search/node_modules", cached.Saved);
        Assert.Contains("src/Sodertorn.Site/Cms/node_modules", cached.Saved);
        Assert.Equal("/.ci/netlify-cache", NetlifyToml.Load(Path.Combine(Repository.Root, "netlify.toml")).Plugins.Single());
    }

    [Theory]
    [InlineData("", "usage:")]
    [InlineData("staging", "usage:")]
    public void An_unknown_context_is_refused(string mode, string message)
    {
        var (code, output) = Run(mode, sdk: "10.0.100");
        Assert.Equal(2, code);
        Assert.Contains(message, output);
    }

    [Theory]
    [InlineData("production", "URL")]
    [InlineData("preview", "DEPLOY_PRIME_URL")]
    public void A_context_without_its_address_fails_before_building(string mode, string variable)
    {
        var (code, output) = Run(mode, sdk: "10.0.100", unset: variable);

        Assert.NotEqual(0, code);
        Assert.Contains($"{variable}: is not set", output);
        Assert.False(File.Exists(Log));
    }

    private static string After(string[] args, string flag) => args[Array.IndexOf(args, flag) + 1];

    /// <summary>
    /// Runs a copy of the script with a PATH of the stand-ins and the few tools it needs, and no other dotnet. OUTCOME in
    /// <paramref name="environment"/> makes the dotnet stand-in fail: "report-only" as a failed build that wrote the
    /// report-only site (exit 1), "stale-report" as one that wrote nothing (exit 1), "fault" as a fault of the generator (3).
    /// The repository's .ci/compile-generator is copied beside the script, unless <paramref name="keepCompileScript"/>
    /// keeps the one a test changed.
    /// </summary>
    private (int Code, string Output) Run(string mode, string? sdk, string? unset = null, Dictionary<string, string>? environment = null, bool keepCompileScript = false)
    {
        var bin = Path.Combine(root, "bin");
        Directory.CreateDirectory(bin);
        foreach (var tool in new[] { "bash", "cat", "chmod", "cut", "dirname", "find", "grep", "mkdir", "mktemp", "rm", "sha256sum", "sort", "touch", "xargs" })
            if (!File.Exists(Path.Combine(bin, tool))) File.CreateSymbolicLink(Path.Combine(bin, tool), Which(tool));
        if (sdk is not null)
            Write(Path.Combine(Stubs, "dotnet"), $$"""
                case "$1" in
                  --list-sdks) echo "{{sdk}} [/stub/sdk]";; --version) echo {{sdk}};;
                  publish) printf '%s\n' "$@" > "$LOG.compile"; printf '%s\n' "$NUGET_PACKAGES" "$npm_config_cache" > "$LOG.env"
                    while [ $# -gt 0 ]; do [ "$1" = -o ] && out="$2"; shift; done; mkdir -p "$out"; touch "$out/Sodertorn.Site.dll"; echo compiled >> "$LOG.compiles";;
                  *) printf '%s\n' "$@" > "$LOG";;
                esac
                case "$1:$OUTCOME" in
                  *.dll:report-only) mkdir -p output/lankrapport; printf '{\n  "version": 2,\n  "succeeded": false\n}\n' > output/lankrapport/lankrapport.json; exit 1;;
                  *.dll:stale-report) exit 1;;
                  *.dll:fault) exit 3;;
                esac
                """);
        var script = Path.Combine(Checkout, ".ci", "netlify-build");
        Directory.CreateDirectory(Path.GetDirectoryName(script)!);
        // What the script fingerprints to tell whether the cached program is still the one the sources make.
        var program = Path.Combine(Checkout, "src", "Sodertorn.Site", "Program.cs");
        Directory.CreateDirectory(Path.GetDirectoryName(program)!);
        if (!File.Exists(program)) File.WriteAllText(program, "// the generator");
        if (!File.Exists(Path.Combine(Checkout, "Directory.Build.props"))) File.WriteAllText(Path.Combine(Checkout, "Directory.Build.props"), "<Project />");
        File.Copy(Source, script, overwrite: true);
        if (!keepCompileScript) File.Copy(Path.Combine(Repository.Root, ".ci", "compile-generator"), Path.Combine(Checkout, ".ci", "compile-generator"), overwrite: true);

        var start = new ProcessStartInfo(Which("bash")) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        if (mode.Length > 0) start.ArgumentList.Add(mode);
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("DOTNET", StringComparison.Ordinal)).ToList()) start.Environment.Remove(name);
        start.Environment["PATH"] = $"{Stubs}:{bin}";
        start.Environment["HOME"] = Path.Combine(root, "home");
        start.Environment["LOG"] = Log;
        start.Environment["URL"] = "https://sodertorn.example";
        start.Environment["DEPLOY_PRIME_URL"] = Preview;
        foreach (var name in new[] { "CONTEXT", "COMMIT_REF", "HEAD", "BRANCH", "REPOSITORY_URL", "REPORT_EDIT_URL", "OUTCOME" }) start.Environment.Remove(name);
        foreach (var (name, value) in environment ?? []) start.Environment[name] = value;
        if (unset is not null) start.Environment.Remove(unset);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout + stderr.Result);
    }

    private static string Which(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin").Split(':')
            .Select(dir => Path.Combine(dir, tool)).FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException($"{tool} is not on PATH");

    private static void Write(string path, string body) => StandInTool.Write(path, body + "\n", "/bin/bash");

    public void Dispose()
    {
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
    }
}
