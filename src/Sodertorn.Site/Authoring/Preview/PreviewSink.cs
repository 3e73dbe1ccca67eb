using System.Collections.Concurrent;
using System.Security.Cryptography;
using Sodertorn.Site.Content;
using Sodertorn.Site.Output;

namespace Sodertorn.Site.Authoring.Preview;

/// <summary>
/// Where the build core writes during a rebuild: only the files whose bytes differ from what the preview folder holds are
/// kept (a typical edit changes a handful of pages), and nothing reaches the folder until the rebuild has passed.
/// </summary>
public sealed class PreviewSink(PreviewFolder folder) : IOutputSink
{
    private readonly ConcurrentQueue<MadeFile> made = new();
    private readonly ConcurrentQueue<AssetFile> copies = new();

    /// <summary>The files that differ from the folder, by path.</summary>
    public IReadOnlyList<MadeFile> Made => made.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();

    /// <summary>Attachments from input/filer/, copied when the rebuild is written (by their write time and length).</summary>
    public IReadOnlyList<AssetFile> Copies => copies.OrderBy(a => a.RelativePath, StringComparer.Ordinal).ToList();

    public void Write(string path, ReadOnlySpan<byte> bytes)
    {
        var hash = SHA256.HashData(bytes);
        if (folder.Differs(path, hash)) made.Enqueue(new MadeFile(path, bytes.ToArray(), hash));
    }

    public void Write(OutputFile file)
    {
        using var buffer = new MemoryStream();
        file.WriteTo(buffer);
        Write(file.Path, buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    public void Copy(string path, string sourceFile) => copies.Enqueue(new AssetFile(path, sourceFile));
}
