using System.Diagnostics;
using System.Text;
using Sodertorn.Site.Diagnostics;

namespace Sodertorn.Site.Tools;

/// <summary>
/// How one of the npm tools the build runs (Pagefind for search, Decap CMS for /admin/) is installed, and the words the
/// build says to the author while it installs or when it cannot: the README's build command stays the only set-up step.
/// </summary>
/// <param name="Folder">The folder with the tool's package.json and lock file, where node_modules/ goes.</param>
/// <param name="NpmMissingCode">The code when npm is missing ("search-npm-missing"), written out where the tool is named.</param>
/// <param name="FailedCode">The code when npm could not install it ("search-install-failed").</param>
/// <param name="Tool">The tool as the author reads it: "Pagefind 1.6.0".</param>
/// <param name="Role">What it is for, in words: "sökverktyget".</param>
/// <param name="Takes">How long an install takes, in words: "en halv minut".</param>
/// <param name="Arguments">npm's arguments as the author would type them to install by hand: ["ci"].</param>
public sealed record NpmInstall(string Folder, string NpmMissingCode, string FailedCode, string Tool, string Role, string Takes, IReadOnlyList<string> Arguments)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);
    private static readonly Lock InProcess = new();

    /// <summary>The command the author is told to run when the install fails: "npm ci".</summary>
    public string Command => $"npm {string.Join(' ', Arguments)}";

    /// <summary>
    /// Installs the tool unless <paramref name="installed"/> already holds, once across threads and processes: builds side by
    /// side (tests, a developer's two terminals) wait for one install, which holds a lock file in the temp folder. True
    /// when the tool is installed; false with the problem reported.
    /// </summary>
    /// <param name="searchPath">Where to look for npm instead of PATH (tests put stand-ins there).</param>
    /// <param name="progress">Hears one line when an install starts and one when it is done: the first build waits for it.</param>
    public bool Ensure(Func<bool> installed, DiagnosticBag diagnostics, string? searchPath = null, Action<string>? progress = null)
    {
        if (installed()) return true;
        var where = new SourceLocation(Path.Combine(Folder, "package.json"));
        lock (InProcess)
        {
            using var crossProcess = AcquireLock();
            // Another build may have installed it while this one waited.
            if (installed()) return true;
            var npm = ToolProcess.Find("npm", searchPath);
            if (npm is null)
            {
                diagnostics.Error(NpmMissingCode, where, $"{Tool} är inte installerat, och npm saknas för att installera det",
                    "installera npm (följer med Node.js; Debian/Ubuntu: apt-get install npm) och bygg igen");
                return false;
            }
            progress?.Invoke($"Installerar {Role} {Tool} med npm (görs en gång, vid första bygget; tar ungefär {Takes}) …");
            var watch = Stopwatch.StartNew();
            // Without the audit and funding reports, which say nothing the build can act on.
            var result = ToolProcess.Run(npm, [.. Arguments, "--no-audit", "--no-fund"], Folder, Timeout);
            if (!result.Succeeded || !installed())
            {
                diagnostics.Error(FailedCode, where,
                    $"{Tool} kunde inte installeras med {Command}{(result.TimedOut ? " (tog för lång tid)" : "")}: {result.Tail()}",
                    $"kontrollera att npm-registret går att nå och kör {Command} i {Folder}");
                return false;
            }
            progress?.Invoke($"{Tool} är installerat ({watch.Elapsed.TotalSeconds:0} s); bygget fortsätter.");
        }
        return true;
    }

    /// <summary>
    /// The turn to run npm in <see cref="Folder"/>: a lock file in the temp folder (npm may replace node_modules/, so it
    /// cannot live there), named after the folder's full path.
    /// </summary>
    private FileStream AcquireLock()
    {
        var name = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(Folder))))[..16];
        return FileLock.Acquire(Path.Combine(Path.GetTempPath(), $"sodertorn-npm-{name}.lock"), Timeout, TimeSpan.FromMilliseconds(250));
    }
}
