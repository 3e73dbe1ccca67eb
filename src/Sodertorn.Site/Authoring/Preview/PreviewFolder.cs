using System.Collections.Concurrent;
using System.Security.Cryptography;
using Sodertorn.Site.Content;

namespace Sodertorn.Site.Authoring.Preview;

/// <summary>A file a rebuild made, with the hash its bytes are compared by.</summary>
public sealed record MadeFile(string Path, byte[] Bytes, byte[] Hash)
{
    public static MadeFile Of(string path, byte[] bytes) => new(path, bytes, SHA256.HashData(bytes));
}

/// <summary>
/// The folder the preview serves. Unlike the build's swap of a whole staging folder, a rebuild writes only
/// the files whose bytes changed, each to a temporary name first and then renamed over the old one, so a
/// request never reads a half-written page and the browser's cache stays valid for everything else.
/// What is in the folder is remembered by hash, so deciding "unchanged" never reads the disk.
/// </summary>
public sealed class PreviewFolder : IDisposable
{
    /// <summary>Held open while the preview runs, so a second preview in the same folder is refused, not mixed in.</summary>
    private const string LockFile = ".forhandsgranskning.las";

    private readonly ConcurrentDictionary<string, byte[]> hashes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (DateTime LastWrite, long Length)> copied = new(StringComparer.Ordinal);
    private readonly FileStream held;

    public PreviewFolder(string root)
    {
        Root = Path.GetFullPath(root);
        var lockPath = Path.Combine(Root, LockFile);
        if (File.Exists(lockPath))
        {
            try
            {
                using var probe = new FileStream(lockPath, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                throw new FolderInUseException(Root);
            }
        }
        // A folder left by an earlier preview would be served until overwritten: start from nothing.
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
        Directory.CreateDirectory(Root);
        held = new FileStream(lockPath, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None);
    }

    public string Root { get; }

    /// <summary>Files written by earlier rebuilds, relative to the folder.</summary>
    public IEnumerable<string> Files => hashes.Keys.Concat(copied.Keys);

    public bool Differs(MadeFile file) => Differs(file.Path, file.Hash);

    public bool Differs(string path, ReadOnlySpan<byte> hash) => !hashes.TryGetValue(path, out var known) || !known.AsSpan().SequenceEqual(hash);

    /// <summary>Writes the files that differ; returns what each replaced (null: it was new), to undo with <see cref="Restore"/>.</summary>
    public IReadOnlyList<(string Path, byte[]? Before)> Write(IEnumerable<MadeFile> files, bool keepBefore = false)
    {
        var replaced = new List<(string, byte[]?)>();
        foreach (var file in files.Where(Differs))
        {
            var full = FullPath(file.Path);
            replaced.Add((file.Path, keepBefore && File.Exists(full) ? File.ReadAllBytes(full) : null));
            WriteAtomically(full, stream => stream.Write(file.Bytes));
            hashes[file.Path] = file.Hash;
        }
        return replaced;
    }

    /// <summary>Puts back what <see cref="Write"/> replaced: the last good site is served again.</summary>
    public void Restore(IEnumerable<(string Path, byte[]? Before)> replaced)
    {
        foreach (var (path, before) in replaced)
        {
            if (before is null) { File.Delete(FullPath(path)); hashes.TryRemove(path, out _); }
            else { WriteAtomically(FullPath(path), stream => stream.Write(before)); hashes[path] = SHA256.HashData(before); }
        }
    }

    /// <summary>Copies an asset from input/filer/ unless the copy is of the same version (by write time and length).</summary>
    public bool Copy(AssetFile asset)
    {
        var info = new FileInfo(asset.FullPath);
        var stamp = (info.LastWriteTimeUtc, info.Length);
        if (copied.TryGetValue(asset.RelativePath, out var was) && was == stamp) return false;
        WriteAtomically(FullPath(asset.RelativePath), stream => { using var source = info.OpenRead(); source.CopyTo(stream); });
        copied[asset.RelativePath] = stamp;
        return true;
    }

    /// <summary>Deletes every file the last complete rebuild did not make; returns their paths.</summary>
    public IReadOnlyList<string> RemoveAllBut(IReadOnlySet<string> keep)
    {
        var gone = Files.Where(f => !keep.Contains(f)).ToList();
        foreach (var path in gone)
        {
            File.Delete(FullPath(path));
            hashes.TryRemove(path, out _);
            copied.TryRemove(path, out _);
        }
        return gone;
    }

    /// <summary>Lets the folder go; the caller deletes it.</summary>
    public void Dispose() => held.Dispose();

    private string FullPath(string relative) => Path.Combine(Root, relative);

    private static void WriteAtomically(string path, Action<Stream> write)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // A dot name: the server never serves dot files, so the half-written file is never seen.
        var temporary = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            write(stream);
        File.Move(temporary, path, overwrite: true);
    }
}

/// <summary>Another preview is running with the same folder (started from the same directory).</summary>
public sealed class FolderInUseException(string folder)
    : IOException($"mappen {folder} används redan av en annan förhandsgranskning — avsluta den (Ctrl+C) eller starta från en annan mapp");
