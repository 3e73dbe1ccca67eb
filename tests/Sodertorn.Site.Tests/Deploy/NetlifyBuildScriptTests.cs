using System.Diagnostics;
using System.Runtime.Versioning;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Deploy;

/// <summary>
/// .ci/netlify-build with stand-ins for `dotnet` and `curl` on PATH: which address and flags each context builds
/// with, and when the SDK is installed. Nothing is downloaded and nothing is built: the stand-ins only record.
/// </summary>
[UnsupportedOSPlatform("windows")] // the script is bash, as on Netlify's Linux build image
public sealed class NetlifyBuildScriptTests : IDisposable
{
    private static readonly string Script = Path.Combine(Repository.Root, ".ci", "netlify-build");

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
            printf '#!/bin/bash\ncase "$1" in --list-sdks) echo "10.0.100 [x]";; --version) echo 10.0.100;; *) printf "%%s\\n" "$@" > "$LOG";; esac\n' > "$dir/dotnet"
            chmod +x "$dir/dotnet"
            EOF
            """);
    }

    private string Stubs => Path.Combine(root, "stubs");

    private string Log => Path.Combine(root, "dotnet.log");

    [Fact]
    public void Production_builds_the_main_address_strictly_allowing_only_declared_references()
    {
        var (code, output) = Run("production", sdk: "10.0.100");

        Assert.True(code == 0, output);
        var expected = new[] { "run", "--project", "src/Sodertorn.Site", "-c", "Release", "--", "build", "--base-url", "https://sodertorn.example", "--strict" }
            .Concat(ProductionBuild.AllowedWarnings.SelectMany(c => new[] { "--allow-warning", c }));
        Assert.Equal(expected, File.ReadAllLines(Log));
        Assert.False(File.Exists(Log + ".curl"), "nothing is downloaded when the SDK is there");
    }

    [Fact]
    public void Previews_build_their_own_address_without_strict()
    {
        var (code, output) = Run("preview", sdk: "10.0.100");

        Assert.True(code == 0, output);
        Assert.Equal(["run", "--project", "src/Sodertorn.Site", "-c", "Release", "--", "build", "--base-url", "https://deploy-preview-7--sodertorn.netlify.app"],
            File.ReadAllLines(Log));
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
        Assert.Equal(Path.Combine(root, "home", ".dotnet"), install[Array.IndexOf(install, "--install-dir") + 1]);
        Assert.Contains("--strict", File.ReadAllLines(Log));
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

    /// <summary>Runs the script with a PATH of the stand-ins and the few tools it needs, and no other dotnet.</summary>
    private (int Code, string Output) Run(string mode, string? sdk, string? unset = null)
    {
        var bin = Path.Combine(root, "bin");
        Directory.CreateDirectory(bin);
        foreach (var tool in new[] { "bash", "cat", "chmod", "dirname", "mkdir", "mktemp", "rm" })
            if (!File.Exists(Path.Combine(bin, tool))) File.CreateSymbolicLink(Path.Combine(bin, tool), Which(tool));
        if (sdk is not null)
            Write(Path.Combine(Stubs, "dotnet"), $"""
                case "$1" in --list-sdks) echo "{sdk} [/stub/sdk]";; --version) echo {sdk};; *) printf '%s\n' "$@" > "$LOG";; esac
                """);

        var start = new ProcessStartInfo(Which("bash")) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Script);
        if (mode.Length > 0) start.ArgumentList.Add(mode);
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("DOTNET", StringComparison.Ordinal)).ToList()) start.Environment.Remove(name);
        start.Environment["PATH"] = $"{Stubs}:{bin}";
        start.Environment["HOME"] = Path.Combine(root, "home");
        start.Environment["LOG"] = Log;
        start.Environment["URL"] = "https://sodertorn.example";
        start.Environment["DEPLOY_PRIME_URL"] = "https://deploy-preview-7--sodertorn.netlify.app";
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

    private static void Write(string path, string body)
    {
        File.WriteAllText(path, "#!/bin/bash\n" + body.Replace("\r\n", "\n") + "\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    public void Dispose()
    {
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
    }
}
