using System.Buffers;
using System.Text;
using Sodertorn.Site.Diagnostics;

namespace Sodertorn.Site.Content;

/// <summary>
/// Read stage: walks input/, refuses what cannot be published safely (files reached through links that
/// leave input/, invalid UTF-8, empty or oversized files, personal identity numbers in a text) and sorts the rest
/// into documents, data and assets.
/// </summary>
public sealed class InputReader(DiagnosticBag diagnostics)
{
    /// <summary>Far above any real minutes (the largest source is 33 kB); guards memory and the page size.</summary>
    public const long MaxTextBytes = 2 * 1024 * 1024;

    /// <summary>The one folder whose files (PDFs, images) are published as they are.</summary>
    public const string AssetFolder = "filer/";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Walks input/ and reads every text file: what preview and the tools need at once.</summary>
    public InputSet Read(string inputRoot)
    {
        var listing = List(inputRoot);
        // Texts are read side by side, in a stable order (docs/benchmarks.md has what reading one after another cost).
        var documents = listing.Documents.AsParallel().AsOrdered().Select(ReadText).OfType<SourceFile>().ToList();
        return new InputSet(documents, listing.DataFiles, listing.Assets);
    }

    /// <summary>
    /// Walks input/ and sorts what it finds; data files are read, documents only listed, so that the build can
    /// read each document where it parses it and keep no text longer than that (<see cref="ReadText(InputFile)"/>).
    /// </summary>
    public InputListing List(string inputRoot)
    {
        var root = Path.GetFullPath(inputRoot);
        var rootReal = RealPath(new DirectoryInfo(root));
        var documents = new List<InputFile>();
        var data = new List<SourceFile>();
        var assets = new List<AssetFile>();

        var files = new List<(string Full, string Relative)>();
        Walk(new DirectoryInfo(root), "", rootReal, rootReal, files, new HashSet<string>(StringComparer.Ordinal) { rootReal });
        foreach (var (full, relative) in files.OrderBy(f => f.Relative, StringComparer.Ordinal))
        {
            switch (KindOf(relative))
            {
                case FileKind.Document: documents.Add(new InputFile(relative, full)); break;
                case FileKind.Data when ReadText(full, relative) is { } text: data.Add(text); break;
                case FileKind.Asset when new FileInfo(full).Length == 0:
                    // Also what a named pipe or a device reports: copying one would wait for ever.
                    diagnostics.Warning("file-ignored", new SourceLocation(relative), "filen är tom och publiceras inte", "lägg den riktiga filen i input/filer/, eller ta bort den");
                    break;
                case FileKind.Asset:
                    CheckTextAttachment(full, relative);
                    assets.Add(new AssetFile(relative, full));
                    break;
                // Markdown under another of its extensions: the file is what it should be, only its name is not.
                case FileKind.Other when Path.GetExtension(relative).ToLowerInvariant() is ".markdown" or ".mdown" or ".mkd" or ".mkdn" or ".mdtxt":
                    diagnostics.Warning("file-ignored", new SourceLocation(relative), $"filen publiceras inte: bygget läser bara Markdown-filer som slutar på .md, inte {Path.GetExtension(relative)}",
                        $"byt namn på filen till {Path.ChangeExtension(Path.GetFileName(relative), ".md")}");
                    break;
                case FileKind.Other:
                    diagnostics.Warning("file-ignored", new SourceLocation(relative), "filen publiceras inte: bara Markdown-filer och filer i input/filer/ kommer med på webbplatsen",
                        "lägg bilagor (PDF, bilder) i input/filer/ och länka till dem; ta bort filen om den inte ska publiceras");
                    break;
            }
        }
        return new InputListing(documents, data, assets);
    }

    /// <summary>
    /// Attachments that are text (a list exported as CSV, a calendar, an SVG …): published byte for byte, so they are
    /// searched for personal identity numbers as documents are. PDFs and images are not text that can be read here; the
    /// writing guide asks the author to check them.
    /// </summary>
    public static bool IsTextAttachment(string relative) =>
        relative.StartsWith(AssetFolder, StringComparison.Ordinal)
        && Path.GetExtension(relative).ToLowerInvariant() is ".csv" or ".tsv" or ".txt" or ".json" or ".ics" or ".svg" or ".xml" or ".html" or ".htm" or ".yml" or ".yaml";

    private void CheckTextAttachment(string full, string relative)
    {
        if (!IsTextAttachment(relative)) return;
        var bytes = File.ReadAllBytes(full);
        // Digits and separators are the same in every encoding an export may use (UTF-8, Windows-1252): a file that is
        // not UTF-8 is read byte by byte, which keeps its lines.
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            text = Encoding.Latin1.GetString(bytes);
        }
        PersonalIdentityGuard.Check(new SourceFile(relative, text.Replace("\r\n", "\n")), diagnostics);
    }

    /// <summary>One document's text, checked; null (with an error reported) if it cannot be published.</summary>
    public SourceFile? ReadText(InputFile file) => ReadText(file.FullPath, file.RelativePath);

    private enum FileKind { Document, Data, Asset, Other }

    private static FileKind KindOf(string relative)
    {
        var extension = Path.GetExtension(relative).ToLowerInvariant();
        if (relative.StartsWith("data/", StringComparison.Ordinal) && extension is ".yml" or ".yaml") return FileKind.Data;
        if (extension == ".md") return FileKind.Document;
        return relative.StartsWith(AssetFolder, StringComparison.Ordinal) ? FileKind.Asset : FileKind.Other;
    }

    /// <summary>
    /// Lists the files below a folder with the real path of each, following links only to decide where they
    /// lead: a symbolic link (to a file or a folder) could publish a file from anywhere on disk. Plain
    /// entries cost no extra system call (their attributes come with the listing); only links are resolved.
    /// </summary>
    private void Walk(DirectoryInfo dir, string relativeDir, string realDir, string rootReal, List<(string, string)> files, HashSet<string> visited)
    {
        foreach (var entry in dir.EnumerateFileSystemInfos())
        {
            if (entry.Name.StartsWith('.')) continue;
            var relative = relativeDir + entry.Name;
            var isLink = entry.Attributes.HasFlag(FileAttributes.ReparsePoint);
            var real = isLink ? RealPath(entry) : Path.Combine(realDir, entry.Name);
            if (entry is DirectoryInfo subdir)
            {
                // A folder reached twice (a link back up the tree) is read once.
                if (visited.Add(real)) Walk(subdir, relative + "/", real, rootReal, files, visited);
            }
            else if (real.StartsWith(rootReal + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                files.Add((entry.FullName, relative));
            }
            else
            {
                diagnostics.Error("input-outside", new SourceLocation(relative),
                    $"filen pekar ut ur input/ (till {real}) och publiceras inte",
                    "lägg filen själv i input/ i stället för en länk dit");
            }
        }
    }

    private static string RealPath(FileSystemInfo entry)
    {
        var target = entry.LinkTarget is null ? null : entry.ResolveLinkTarget(returnFinalTarget: true);
        if (target is null) return ResolveRealPath(entry.FullName);
        // The target may itself lie under a linked folder: resolve the folders above it too.
        return ResolveRealPath(target.FullName);
    }

    private static string ResolveRealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var parts = full.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        var current = Path.DirectorySeparatorChar.ToString();
        foreach (var part in parts)
        {
            current = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (info.LinkTarget is not null)
            {
                var target = info.ResolveLinkTarget(returnFinalTarget: true);
                if (target is not null) current = target.FullName;
            }
        }
        return current;
    }

    private SourceFile? ReadText(string full, string relative)
    {
        var location = new SourceLocation(relative);
        // A named pipe (or a device) reports no length, and opening it would wait for a writer for ever: such a file is
        // never opened, and an empty file needs no reading either.
        if (new FileInfo(full).Length == 0) return Decode([], relative);
        // One open file for the size check and the read, and its bytes in a pooled buffer: only the text is kept.
        using var handle = File.OpenHandle(full);
        var length = RandomAccess.GetLength(handle);
        if (length > MaxTextBytes)
        {
            diagnostics.Error("input-too-large", location,
                $"filen är {length / 1024} kB, större än gränsen {MaxTextBytes / 1024} kB",
                "dela upp innehållet i flera filer, eller lägg stora bilagor som PDF under input/filer/");
            return null;
        }

        var buffer = ArrayPool<byte>.Shared.Rent((int)length);
        try
        {
            var read = 0;
            while (read < length && RandomAccess.Read(handle, buffer.AsSpan(read, (int)length - read), read) is var n and > 0) read += n;
            return Decode(buffer.AsSpan(0, read), relative);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private SourceFile? Decode(ReadOnlySpan<byte> bytes, string relative)
    {
        if (bytes.IndexOfAnyExcept(" \n\r\t"u8) < 0)
        {
            diagnostics.Error("input-empty", new SourceLocation(relative), "filen är tom",
                "skriv front matter och text i filen, eller ta bort den");
            return null;
        }

        try
        {
            var text = StrictUtf8.GetString(bytes);
            if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
            var file = new SourceFile(relative, text.Replace("\r\n", "\n"));
            PersonalIdentityGuard.Check(file, diagnostics);
            ControlCharacters.Check(file, diagnostics);
            return file;
        }
        catch (DecoderFallbackException)
        {
            var (line, column) = FirstInvalidUtf8(bytes);
            var utf16 = bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);
            diagnostics.Error("input-encoding", new SourceLocation(relative, line, column),
                utf16 ? "filen är sparad som UTF-16, inte UTF-8" : "filen är inte giltig UTF-8 (ett tecken är sparat i en annan teckenkodning, t.ex. Windows-1252)",
                "spara filen som UTF-8 i din editor (\"Spara som\" → kodning UTF-8) och kontrollera å, ä och ö");
            return null;
        }
    }

    private static (int Line, int Column) FirstInvalidUtf8(ReadOnlySpan<byte> span)
    {
        int line = 1, column = 1;
        while (!span.IsEmpty)
        {
            var status = System.Text.Rune.DecodeFromUtf8(span, out var rune, out var consumed);
            if (status != System.Buffers.OperationStatus.Done) return (line, column);
            if (rune.Value == '\n') { line++; column = 1; } else column++;
            span = span[consumed..];
        }
        return (line, column);
    }
}
