using System.Text;
using Sodertorn.Site.Diagnostics;

namespace Sodertorn.Site.Content;

/// <summary>
/// Read stage: walks input/, refuses what cannot be published safely (files reached through links that
/// leave input/, invalid UTF-8, empty or oversized files) and sorts the rest into documents, data and assets.
/// </summary>
public sealed class InputReader(DiagnosticBag diagnostics)
{
    /// <summary>Far above any real minutes (the largest source is 33 kB); guards memory and the page size.</summary>
    public const long MaxTextBytes = 2 * 1024 * 1024;

    /// <summary>The one folder whose files (PDFs, images) are published as they are.</summary>
    public const string AssetFolder = "filer/";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public InputSet Read(string inputRoot)
    {
        var root = Path.GetFullPath(inputRoot);
        var documents = new List<SourceFile>();
        var data = new List<SourceFile>();
        var assets = new List<AssetFile>();

        var files = Directory
            .EnumerateFiles(root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Select(f => (Full: f, Relative: Path.GetRelativePath(root, f).Replace('\\', '/')))
            .Where(f => !f.Relative.Split('/').Any(part => part.StartsWith('.')))
            .OrderBy(f => f.Relative, StringComparer.Ordinal);

        foreach (var (full, relative) in files)
        {
            if (!StaysInside(root, full, relative)) continue;
            var extension = Path.GetExtension(relative).ToLowerInvariant();
            var isData = relative.StartsWith("data/", StringComparison.Ordinal) && extension is ".yml" or ".yaml";
            if (extension == ".md" || isData)
            {
                var file = ReadText(full, relative);
                if (file is not null) (isData ? data : documents).Add(file);
            }
            else if (relative.StartsWith(AssetFolder, StringComparison.Ordinal))
            {
                assets.Add(new AssetFile(relative, full));
            }
            else
            {
                diagnostics.Warning("file-ignored", new SourceLocation(relative), "filen publiceras inte: bara Markdown-filer och filer i input/filer/ kommer med på webbplatsen",
                    "lägg bilagor (PDF, bilder) i input/filer/ och länka till dem; ta bort filen om den inte ska publiceras");
            }
        }
        return new InputSet(documents, data, assets);
    }

    private bool StaysInside(string root, string full, string relative)
    {
        // A symbolic link (of the file or of a folder above it) could publish a file from anywhere on disk.
        var real = ResolveRealPath(full);
        var rootReal = ResolveRealPath(root);
        if (real.StartsWith(rootReal + Path.DirectorySeparatorChar, StringComparison.Ordinal)) return true;
        diagnostics.Error("input-outside", new SourceLocation(relative),
            $"filen pekar ut ur input/ (till {real}) och publiceras inte",
            "lägg filen själv i input/ i stället för en länk dit");
        return false;
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
        var length = new FileInfo(full).Length;
        if (length > MaxTextBytes)
        {
            diagnostics.Error("input-too-large", location,
                $"filen är {length / 1024} kB, större än gränsen {MaxTextBytes / 1024} kB",
                "dela upp innehållet i flera filer, eller lägg stora bilagor som PDF under input/filer/");
            return null;
        }

        var bytes = File.ReadAllBytes(full);
        if (bytes.Length == 0 || bytes.All(b => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t'))
        {
            diagnostics.Error("input-empty", location, "filen är tom",
                "skriv front matter och text i filen, eller ta bort den");
            return null;
        }

        try
        {
            var text = StrictUtf8.GetString(bytes);
            if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
            return new SourceFile(relative, text.Replace("\r\n", "\n"));
        }
        catch (DecoderFallbackException)
        {
            var (line, column) = FirstInvalidUtf8(bytes);
            diagnostics.Error("input-encoding", new SourceLocation(relative, line, column),
                "filen är inte giltig UTF-8 (ett tecken är sparat i en annan teckenkodning, t.ex. Windows-1252)",
                "spara filen som UTF-8 i din editor (\"Spara som\" → kodning UTF-8) och kontrollera å, ä och ö");
            return null;
        }
    }

    private static (int Line, int Column) FirstInvalidUtf8(byte[] bytes)
    {
        int line = 1, column = 1;
        var span = bytes.AsSpan();
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
