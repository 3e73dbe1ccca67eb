using System.Buffers;
using System.Text;

namespace Sodertorn.Site.Output;

/// <summary>
/// Write stage: the new site is written into a hidden sibling folder while it is built, page by page,
/// and swapped in with renames only on <see cref="Commit"/>. Disposing without committing deletes it,
/// so output/ is always either the last good site or the new one — never half written.
/// </summary>
public sealed class OutputStaging : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly string target;
    private readonly string staging;
    private readonly string retired;
    private bool committed;
    private int files;

    private OutputStaging(string outputDir)
    {
        target = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(target)!;
        staging = Path.Combine(parent, $".{Path.GetFileName(target)}.staging-{Environment.ProcessId}");
        retired = Path.Combine(parent, $".{Path.GetFileName(target)}.old-{Environment.ProcessId}");
    }

    public int FilesWritten => files;

    /// <summary>The folder the new site is written to; the search stage indexes it before the swap.</summary>
    public string Folder => staging;

    public static OutputStaging Begin(string outputDir)
    {
        var session = new OutputStaging(outputDir);
        DeleteIfExists(session.staging);
        Directory.CreateDirectory(session.staging);
        return session;
    }

    /// <summary>Writes one file; safe to call from several threads for different paths.</summary>
    public void Write(string relativePath, ReadOnlySpan<byte> bytes)
    {
        var path = Path.Combine(staging, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // One open and one write: File.WriteAllBytes also asks the file system to preallocate the file, a third
        // system call per page that costs measurable time over thousands of pages.
        using (var handle = OpenNew(path))
            RandomAccess.Write(handle, bytes, 0);
        Interlocked.Increment(ref files);
    }

    /// <summary>Writes text as UTF-8 through a pooled buffer: a page's bytes are not kept after it is written.</summary>
    public void WriteText(string relativePath, ReadOnlySpan<char> text)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(text.Length));
        try
        {
            Write(relativePath, buffer.AsSpan(0, Utf8.GetBytes(text, buffer)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public void Write(OutputFile file)
    {
        var path = Path.Combine(staging, file.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using (var stream = new FileStream(OpenNew(path), FileAccess.Write, 1 << 16))
            file.WriteTo(stream);
        Interlocked.Increment(ref files);
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
        Interlocked.Increment(ref files);
    }

    /// <summary>Swaps the new site in; if the swap fails half-way, the old site is put back.</summary>
    public void Commit()
    {
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

    private static void DeleteIfExists(string dir)
    {
        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
    }
}
