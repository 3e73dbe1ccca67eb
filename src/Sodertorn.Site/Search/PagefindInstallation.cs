using System.Reflection;
using System.Runtime.InteropServices;
using System.Text.Json;
using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Tools;

namespace Sodertorn.Site.Search;

/// <summary>Node and the pinned Pagefind, ready to run: the program, and the folder with package.json and node_modules/.</summary>
public sealed record PagefindTools(string Node, string Folder)
{
    /// <summary>
    /// The program and leading arguments that run Pagefind: its native binary for this platform when npm installed one
    /// where the launcher looks for it (node_modules/@pagefind/&lt;platform&gt;-&lt;cpu&gt;/bin/, the extended build first), else
    /// the launcher (node_modules/.bin/pagefind, a Node script that starts that binary) under Node. Found once, when the
    /// tools are; starting Node only to start the binary cost a measurable part of a small site's build (figures:
    /// docs/benchmarks.md).
    /// </summary>
    public (string Program, IReadOnlyList<string> Arguments) Command { get; } =
        NativeBinary(Folder) is { } binary ? (binary, []) : (Node, [Path.Combine(Folder, "node_modules", ".bin", "pagefind")]);

    /// <summary>The native Pagefind that the launcher (pagefind/lib/resolveBinary.js) would start, or null when there is none.</summary>
    private static string? NativeBinary(string folder)
    {
        var platform = OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "darwin" : OperatingSystem.IsLinux() ? "linux" : null;
        var cpu = RuntimeInformation.OSArchitecture switch { Architecture.X64 => "x64", Architecture.Arm64 => "arm64", _ => null };
        if (platform is null || cpu is null) return null;
        var bin = Path.Combine(folder, "node_modules", "@pagefind", $"{platform}-{cpu}", "bin");
        var suffix = OperatingSystem.IsWindows() ? ".exe" : "";
        return new[] { "pagefind_extended", "pagefind" }.Select(name => Path.Combine(bin, name + suffix)).FirstOrDefault(File.Exists);
    }
}

/// <summary>
/// Finds Node and the Pagefind version pinned in Search/package.json, and installs it with `npm install --no-save` when it
/// is missing or another version is installed (<see cref="NpmInstall"/>), the way ASP.NET's SPA templates run npm from
/// the build.
/// </summary>
public static class PagefindInstallation
{
    /// <summary>Search/ beside the generator's source (package.json, node_modules/), as the project file recorded it at compile time.</summary>
    public static string DefaultFolder { get; } =
        typeof(PagefindInstallation).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "SearchFolder")?.Value ?? Path.Combine(AppContext.BaseDirectory, "Search");

    /// <param name="searchPath">Where to look for node and npm instead of PATH (tests put stand-ins there).</param>
    /// <param name="progress">Hears one line when an install starts and one when it is done: the first build waits for it.</param>
    public static PagefindTools? Ensure(string folder, DiagnosticBag diagnostics, string? searchPath = null, Action<string>? progress = null)
    {
        var packageFile = Path.Combine(folder, "package.json");
        var where = new SourceLocation(packageFile);
        if (!File.Exists(packageFile))
        {
            diagnostics.Error("search-tools-missing", where, "sökindexet kan inte byggas: Pagefinds package.json saknas",
                "bygg från projektets källkod (src/Sodertorn.Site/Search/ ska finnas kvar bredvid generatorn)");
            return null;
        }
        var node = ToolProcess.Find("node", searchPath);
        if (node is null)
        {
            diagnostics.Error("search-node-missing", where, "Node.js saknas: sökindexet byggs med Pagefind, som körs med Node.js",
                "installera Node.js 18 eller senare med npm (Debian/Ubuntu: apt-get install nodejs npm; annars https://nodejs.org/) och bygg igen");
            return null;
        }
        var pinned = PinnedVersion(packageFile);
        if (pinned is null)
        {
            diagnostics.Error("search-tools-missing", where, "package.json anger ingen version av pagefind", "ange en exakt version under dependencies, till exempel \"pagefind\": \"1.6.0\"");
            return null;
        }
        // Not `npm ci`: the registry this project reaches serves only Pagefind's Linux binaries, so the lock file cannot
        // list the other platforms' optional packages and `npm ci` refuses it. `npm install --no-save` installs exactly
        // the locked version and leaves the lock file as it is.
        var install = new NpmInstall(folder, NpmMissingCode: "search-npm-missing", FailedCode: "search-install-failed", $"Pagefind {pinned}", "sökverktyget", "en halv minut", ["install", "--no-save"]);
        return install.Ensure(() => Installed(folder) == pinned, diagnostics, searchPath, progress) ? new PagefindTools(node, folder) : null;
    }

    /// <summary>The exact version package.json pins ("1.6.0"), or null when it names none.</summary>
    public static string? PinnedVersion(string packageFile)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(packageFile));
        return json.RootElement.TryGetProperty("dependencies", out var dependencies) && dependencies.TryGetProperty("pagefind", out var version)
            ? version.GetString()
            : null;
    }

    /// <summary>The version of Pagefind in node_modules, or null when it is not installed (or its launcher is missing).</summary>
    public static string? Installed(string folder)
    {
        var package = Path.Combine(folder, "node_modules", "pagefind", "package.json");
        if (!File.Exists(package) || !File.Exists(Path.Combine(folder, "node_modules", ".bin", "pagefind"))) return null;
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllText(package));
            return json.RootElement.TryGetProperty("version", out var version) ? version.GetString() : null;
        }
        catch (Exception e) when (e is IOException or JsonException)
        {
            return null;
        }
    }
}
