using System.Reflection;
using System.Text.Json;
using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Tools;

namespace Sodertorn.Site.Cms;

/// <summary>
/// The npm packages of the CMS, pinned in Cms/package.json and its lock file: decap-cms (the bundle the build copies to
/// /admin/), yaml (read and written in the browser by admin/format.mjs) and decap-server (the local backend of
/// `preview --cms` and the tests). Installed with `npm ci` when a pinned version is missing, once per machine
/// (<see cref="NpmInstall"/>).
/// </summary>
public static class CmsInstallation
{
    /// <summary>Cms/ beside the generator's source, as the project file recorded it at compile time.</summary>
    public static string DefaultFolder { get; } =
        typeof(CmsInstallation).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "CmsFolder")?.Value ?? Path.Combine(AppContext.BaseDirectory, "Cms");

    public static readonly IReadOnlyList<string> Packages = ["decap-cms", "decap-server", "yaml"];

    /// <summary>True when every pinned package is there (installed now if needed); false with the problem reported.</summary>
    public static bool Ensure(string folder, DiagnosticBag diagnostics, Action<string>? progress = null)
    {
        var packageFile = Path.Combine(folder, "package.json");
        var where = new SourceLocation(packageFile);
        if (!File.Exists(packageFile))
        {
            diagnostics.Error("cms-tools-missing", where, "redigeringsverktyget (/admin/) kan inte byggas: Cms/package.json saknas",
                "bygg från projektets källkod (src/Sodertorn.Site/Cms/ ska finnas kvar bredvid generatorn)");
            return false;
        }
        // `npm ci`: exactly the lock file, and nothing else. The packages have no platform-specific parts.
        var install = new NpmInstall(folder, NpmMissingCode: "cms-npm-missing", FailedCode: "cms-install-failed", "Decap CMS", "redigeringsverktyget", "en minut", ["ci"]);
        return install.Ensure(() => Missing(folder).Count == 0, diagnostics, progress: progress);
    }

    /// <summary>The exact version package.json pins for a package, or null.</summary>
    public static string? Pinned(string folder, string package) =>
        ReadVersion(Path.Combine(folder, "package.json"), "dependencies", package);

    /// <summary>The pinned packages that node_modules lacks or holds in another version.</summary>
    public static IReadOnlyList<string> Missing(string folder) =>
        Packages.Where(p => Pinned(folder, p) is not { } pinned
            || ReadVersion(Path.Combine(folder, "node_modules", p, "package.json"), null, "version") != pinned).ToList();

    private static string? ReadVersion(string file, string? section, string key)
    {
        if (!File.Exists(file)) return null;
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            var element = json.RootElement;
            if (section is not null && !element.TryGetProperty(section, out element)) return null;
            return element.TryGetProperty(key, out var value) ? value.GetString() : null;
        }
        catch (Exception e) when (e is IOException or JsonException or InvalidOperationException)
        {
            return null;
        }
    }
}
