using Sodertorn.Site.Tools;

namespace Sodertorn.Site.Output;

/// <summary>
/// Write stage: the new site is written into a hidden sibling folder while it is built, page by page,
/// and swapped in with renames only on <see cref="Commit"/>. Disposing without committing deletes it,
/// so output/ is always either the last good site or the new one — never half written.
/// </summary>
public sealed class OutputStaging : IOutputSink, IDisposable
{
    private readonly string target;
    private readonly string parent;
    private readonly string staging;
    private readonly string retired;
    private bool committed;

    private static int sequence;

    private OutputStaging(string outputDir)
    {
        target = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        parent = Path.GetDirectoryName(target)!;
        // The process id says whose folder it is (a killed build's is cleaned up by the next); the sequence keeps two builds
        // of one process apart.
        var owner = $"{Environment.ProcessId}-{Interlocked.Increment(ref sequence)}";
        staging = Path.Combine(parent, $"{Prefix(target)}staging-{owner}");
        retired = Path.Combine(parent, $"{Prefix(target)}old-{owner}");
    }

    /// <summary>A file every successful build writes (the link report's JSON): a folder with it is a site this tool built.</summary>
    public const string BuiltSiteMarker = "lankrapport/lankrapport.json";

    /// <summary>The folder the new site is written to; the search stage indexes it before the swap.</summary>
    public string Folder => staging;

    /// <summary>
    /// Starts a build's staging folder beside output/; throws IOException or UnauthorizedAccessException when the folder
    /// cannot be written. First tidies what a killed build left: its staging folder, and, if it was killed between the
    /// two renames of <see cref="Commit"/>, puts the last good site back.
    /// </summary>
    public static OutputStaging Begin(string outputDir)
    {
        var session = new OutputStaging(outputDir);
        Directory.CreateDirectory(session.parent);
        RecoverAbandoned(session.target);
        Directory.CreateDirectory(session.staging);
        return session;
    }

    /// <summary>
    /// Why <paramref name="outputDir"/> cannot be the output folder, in Swedish, or null when it can. The build replaces the
    /// whole folder, so it must not be a file, nor hold or lie inside the input or the theme, nor be a folder with other
    /// things in it than a site this tool built (every build writes the link report's JSON into it).
    /// </summary>
    public static string? Problem(string outputDir, params string[] keep)
    {
        var target = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        if (File.Exists(target)) return $"--output pekar på filen {outputDir}, men ska vara en mapp; ange en mapp, till exempel --output output";
        foreach (var folder in keep.Select(k => Path.GetFullPath(k).TrimEnd(Path.DirectorySeparatorChar)))
        {
            if (Inside(folder, target) || Inside(target, folder))
                return $"--output {outputDir} skulle ersätta eller ligga i {folder}; välj en egen mapp för webbplatsen, till exempel --output output";
        }
        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any() && !File.Exists(Path.Combine(target, BuiltSiteMarker)))
            return $"mappen {outputDir} finns redan och innehåller annat än en webbplats som bygget har skrivit, och bygget skulle ersätta den; välj en ny eller tom mapp";
        return null;
    }

    /// <summary>Both trimmed of a final separator, so the root folder is "" and holds every path.</summary>
    private static bool Inside(string folder, string path) =>
        path == folder || path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>Writes one file; safe to call from several threads for different paths.</summary>
    public void Write(string relativePath, ReadOnlySpan<byte> bytes)
    {
        var path = Path.Combine(staging, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // One open and one write: File.WriteAllBytes also asks the file system to preallocate the file, a third
        // system call per page that costs measurable time over thousands of pages.
        using (var handle = OpenNew(path))
            RandomAccess.Write(handle, bytes, 0);
    }

    public void Write(OutputFile file)
    {
        var path = Path.Combine(staging, file.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using (var stream = new FileStream(OpenNew(path), FileAccess.Write, 1 << 16))
            file.WriteTo(stream);
    }

    /// <summary>
    /// The staging folder starts empty, so a file is created, not replaced. Why it matters: replacing (FileMode.Create)
    /// makes .NET truncate the file after opening it, and on ext4 a truncated file is written to disk when it is
    /// closed (auto_da_alloc), which made writing the pages several times slower. A path written twice is replaced.
    /// </summary>
    private static Microsoft.Win32.SafeHandles.SafeFileHandle OpenNew(string path)
    {
        try
        {
            return File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write);
        }
        catch (IOException) when (File.Exists(path))
        {
            return File.OpenHandle(path, FileMode.Create, FileAccess.Write);
        }
    }

    public void Copy(string relativePath, string sourceFile)
    {
        var path = Path.Combine(staging, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Copy(sourceFile, path, overwrite: true);
    }

    /// <summary>
    /// Swaps the new site in; if the swap fails half-way, the old site is put back. Builds into the same folder at the
    /// same time (two terminals, a preview and a build) swap one after the other: the last to finish is the site.
    /// </summary>
    public void Commit()
    {
        using var turn = AcquireLock(target);
        DeleteIfExists(retired);
        if (Directory.Exists(target)) Directory.Move(target, retired);
        try
        {
            Directory.Move(staging, target);
        }
        catch
        {
            if (!Directory.Exists(target) && Directory.Exists(retired)) Directory.Move(retired, target);
            throw;
        }
        committed = true;
        DeleteIfExists(retired);
    }

    public void Dispose()
    {
        if (!committed) DeleteIfExists(staging);
    }

    /// <summary>
    /// After a failed build: writes the link report to "&lt;output&gt;.lankrapport/" so that it can be read
    /// while output/ keeps the last good site. Returns that folder.
    /// </summary>
    public static string WriteBeside(string outputDir, IReadOnlyList<OutputFile> files)
    {
        var folder = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar) + ".lankrapport";
        DeleteIfExists(folder);
        Directory.CreateDirectory(folder);
        foreach (var file in files)
        {
            using var stream = File.Create(Path.Combine(folder, Path.GetFileName(file.Path)));
            file.WriteTo(stream);
        }
        return folder;
    }

    private static string Prefix(string target) => $".{Path.GetFileName(target)}.";

    /// <summary>The turn to swap or tidy output/: a lock file beside it, so that two builds never rename at once.</summary>
    private static FileStream AcquireLock(string target) =>
        FileLock.Acquire(Path.Combine(Path.GetDirectoryName(target)!, $"{Prefix(target)}lock"), TimeSpan.FromMinutes(2), TimeSpan.FromMilliseconds(50));

    /// <summary>Staging and retired folders of builds whose process has ended (killed, or the machine stopped).</summary>
    private static void RecoverAbandoned(string target)
    {
        var parent = Path.GetDirectoryName(target)!;
        foreach (var dir in Directory.EnumerateDirectories(parent, Prefix(target) + "*"))
        {
            var name = Path.GetFileName(dir)[Prefix(target).Length..];
            var (kind, owner) = name.Split('-', 2) is [var k, var o] ? (k, o) : (name, "");
            if (kind is not ("staging" or "old") || !int.TryParse(owner.Split('-')[0], out var pid) || IsRunning(pid)) continue;
            using var turn = AcquireLock(target);
            // Killed between the two renames of Commit: output/ is gone and its last good version is here.
            if (kind == "old" && !Directory.Exists(target)) Directory.Move(dir, target);
            else DeleteIfExists(dir);
        }
    }

    private static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId) return true;
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void DeleteIfExists(string dir)
    {
        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
    }
}
