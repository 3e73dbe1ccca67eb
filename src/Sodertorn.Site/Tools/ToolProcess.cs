using System.Diagnostics;
using System.Text;

namespace Sodertorn.Site.Tools;

/// <summary>What an external tool did: its exit code and what it wrote, or that it could not be started.</summary>
public sealed record ToolResult(int ExitCode, string Output, string Errors, bool TimedOut = false)
{
    public bool Succeeded => ExitCode == 0 && !TimedOut;

    /// <summary>The last lines the tool wrote, for a diagnostic that fits on a console line or two.</summary>
    public string Tail(int lines = 3)
    {
        var text = (Errors.Trim().Length > 0 ? Errors : Output).Trim();
        var all = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return string.Join(" / ", all.TakeLast(lines));
    }
}

/// <summary>
/// Runs the external tools the build uses (node and npm for search and the editor, git for page dates and the report):
/// arguments passed as a list (never through a shell), output read concurrently so a chatty tool cannot block on a full
/// pipe, and a time limit so a hung tool fails the build instead of stalling it.
/// </summary>
public static class ToolProcess
{
    public static ToolResult Run(string program, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout) =>
        Run(program, arguments, workingDirectory, timeout, _ => { });

    /// <summary>
    /// git over <paramref name="folder"/>'s own repository (never one a GIT_DIR or GIT_WORK_TREE of the caller's
    /// environment names), without prompts; null when git is not installed.
    /// </summary>
    /// <param name="environment">Variables to set for this git (a fixture's commits give their dates and configuration so).</param>
    public static ToolResult? Git(string folder, IEnumerable<string> arguments, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment = null)
    {
        try
        {
            return Run("git", ["-C", Path.GetFullPath(folder), .. arguments], Path.GetFullPath(folder), timeout, start =>
            {
                start.Environment.Remove("GIT_DIR");
                start.Environment.Remove("GIT_WORK_TREE");
                start.Environment["GIT_TERMINAL_PROMPT"] = "0";
                foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
            });
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private static ToolResult Run(string program, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout, Action<ProcessStartInfo> configure)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // npm asks questions and prints progress bars only to a terminal; neither helps a build log.
        start.Environment["NO_UPDATE_NOTIFIER"] = "1";
        start.Environment["npm_config_fund"] = "false";
        start.Environment["npm_config_audit"] = "false";
        start.Environment["npm_config_progress"] = "false";
        configure(start);

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} could not be started");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return new ToolResult(-1, output.Result, errors.Result, TimedOut: true);
        }
        return new ToolResult(process.ExitCode, output.Result, errors.Result);
    }

    /// <summary>
    /// The full path of a program on PATH (or on <paramref name="searchPath"/>, as tests give it), or null: lets the
    /// build say "install Node.js" before trying.
    /// </summary>
    public static string? Find(string program, string? searchPath = null)
    {
        var path = searchPath ?? Environment.GetEnvironmentVariable("PATH") ?? "";
        var names = OperatingSystem.IsWindows() ? new[] { program + ".exe", program + ".cmd" } : new[] { program };
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            foreach (var name in names)
            {
                var candidate = Path.Combine(dir, name);
                if (File.Exists(candidate)) return candidate;
            }
        return null;
    }
}
