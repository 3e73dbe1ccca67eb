using System.Text;
using Sodertorn.Site.Content;
using Sodertorn.Site.Diagnostics;

namespace Sodertorn.Site.Authoring.Preview;

/// <summary>The read stage's result for one rebuild.</summary>
/// <param name="FullRead">Read through <see cref="InputReader"/>; otherwise only changed files were read.</param>
/// <param name="Changed">After a partial read: the files whose text or (for assets) write time or length changed.</param>
public sealed record InputRead(InputSet Input, IReadOnlyList<Diagnostic> Diagnostics, bool FullRead, IReadOnlySet<string> Changed);

/// <summary>
/// The read stage across rebuilds. The first read, and any change to which files exist other than Markdown
/// files added to or removed from known folders, goes through <see cref="InputReader"/> (the build's own
/// reader, with its checks of links and encodings). Otherwise only the files that changed are read again: those an event named, and any whose last write time or length
/// differs from when it was read (so a lost event cannot leave an old text in place). A file that would
/// need one of the reader's diagnostics (too large, empty, not UTF-8, a link, a personnummer) sends the rebuild back to a
/// full read, so that the diagnostics are exactly the build's.
/// </summary>
public sealed class InputSnapshot(string inputRoot)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly string root = Path.GetFullPath(inputRoot);
    private InputSet? current;
    private IReadOnlyList<Diagnostic> readDiagnostics = [];
    private Dictionary<string, Stamp> stamps = new(StringComparer.Ordinal);

    private readonly record struct Stamp(DateTime LastWrite, long Length);

    public InputRead Read(ChangeSet changes)
    {
        if (current is null || changes.Rescan || Classify(changes.InputPaths) is not var (added, removed)) return FullRead();
        var documents = new HashSet<string>(current.Documents.Select(d => d.RelativePath), StringComparer.Ordinal);
        var texts = current.Documents.Concat(current.DataFiles).ToDictionary(f => f.RelativePath, StringComparer.Ordinal);
        var named = changes.InputPaths.Select(Relative).ToHashSet(StringComparer.Ordinal);
        var newStamps = new Dictionary<string, Stamp>(stamps.Count + added.Count, StringComparer.Ordinal);
        var changed = new HashSet<string>(removed, StringComparer.Ordinal);
        foreach (var (relative, stamp) in stamps.Where(s => !removed.Contains(s.Key)).Concat(added.Select(a => KeyValuePair.Create(a, default(Stamp)))))
        {
            var info = new FileInfo(Path.Combine(root, relative));
            if (!info.Exists) return FullRead();
            var now = new Stamp(info.LastWriteTimeUtc, info.Length);
            newStamps[relative] = now;
            if (now == stamp && !named.Contains(relative)) continue;
            texts.TryGetValue(relative, out var before);
            if (before is null && !added.Contains(relative))
            {
                // A text attachment is searched for personal identity numbers by the reader: read everything again.
                if (InputReader.IsTextAttachment(relative)) return FullRead();
                changed.Add(relative); // an asset: copied again by its stamp when the site is written
                continue;
            }
            if (ReadText(info, relative) is not { } text) return FullRead();
            if (!string.Equals(text.Text, before?.Text, StringComparison.Ordinal)) changed.Add(relative);
            texts[relative] = text;
        }
        stamps = newStamps;
        documents.ExceptWith(removed);
        documents.UnionWith(added);
        // In the reader's order (by path), so that nothing downstream can tell the two reads apart.
        current = new InputSet(
            documents.Order(StringComparer.Ordinal).Select(d => texts[d]).ToList(),
            current.DataFiles.Select(d => texts[d.RelativePath]).ToList(),
            current.Assets);
        return new InputRead(current, readDiagnostics, FullRead: false, changed);
    }

    /// <summary>
    /// Sorts the paths events named: Markdown files added to or removed from folders the reader has already
    /// walked, which can be taken in without walking again; null when the file list must be taken again (a
    /// folder, a link, a data file or asset added or removed, a file the build would only warn about).
    /// </summary>
    private (HashSet<string> Added, HashSet<string> Removed)? Classify(IEnumerable<string> paths)
    {
        var added = new HashSet<string>(StringComparer.Ordinal);
        var removed = new HashSet<string>(StringComparer.Ordinal);
        var documents = current!.Documents.Select(d => d.RelativePath).ToHashSet(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var relative = Relative(path);
            if (relative.StartsWith("../", StringComparison.Ordinal) || relative.Split('/').Any(s => s.StartsWith('.'))) continue;
            var known = stamps.ContainsKey(relative);
            var exists = File.Exists(path);
            if (Directory.Exists(path)) return null;
            if (known == exists) continue; // changed (the stamps tell), or an editor's temporary file already gone
            if (known && documents.Contains(relative)) removed.Add(relative);
            else if (!known && IsPlainDocument(path, relative)) added.Add(relative);
            else return null;
        }
        return (added, removed);
    }

    /// <summary>A Markdown file, not a link, in a folder that already holds a file the reader took in.</summary>
    private bool IsPlainDocument(string path, string relative)
    {
        if (!string.Equals(Path.GetExtension(relative), ".md", StringComparison.OrdinalIgnoreCase) || new FileInfo(path).LinkTarget is not null) return false;
        var folder = relative.Contains('/') ? relative[..(relative.LastIndexOf('/') + 1)] : "";
        return folder.Length == 0 || stamps.Keys.Any(k => k.StartsWith(folder, StringComparison.Ordinal) && k.IndexOf('/', folder.Length) < 0);
    }

    private InputRead FullRead()
    {
        var diagnostics = new DiagnosticBag();
        current = new InputReader(diagnostics).Read(root);
        readDiagnostics = diagnostics.Sorted();
        stamps = current.Documents.Concat(current.DataFiles).Select(f => f.RelativePath)
            .Concat(current.Assets.Select(a => a.RelativePath))
            .Select(relative => (relative, info: new FileInfo(Path.Combine(root, relative))))
            .Where(x => x.info.Exists)
            .ToDictionary(x => x.relative, x => new Stamp(x.info.LastWriteTimeUtc, x.info.Length), StringComparer.Ordinal);
        return new InputRead(current, readDiagnostics, FullRead: true, stamps.Keys.ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>The reader's text normalisation for a file that needs none of its diagnostics; null otherwise.</summary>
    private static SourceFile? ReadText(FileInfo info, string relative)
    {
        if (info.LinkTarget is not null || info.Length == 0 || info.Length > InputReader.MaxTextBytes) return null;
        try
        {
            var bytes = File.ReadAllBytes(info.FullName);
            if (bytes.All(b => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t')) return null;
            var text = StrictUtf8.GetString(bytes);
            if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
            // A personal identity number or a control character is the reader's to report: read everything again.
            return PersonalIdentityNumbers.Any(text) || ControlCharacters.Any(text) ? null : new SourceFile(relative, text.Replace("\r\n", "\n"));
        }
        catch (Exception e) when (e is DecoderFallbackException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private string Relative(string fullPath) => Path.GetRelativePath(root, fullPath).Replace('\\', '/');
}
