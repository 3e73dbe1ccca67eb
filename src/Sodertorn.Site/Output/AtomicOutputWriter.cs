using System.Text;
using Sodertorn.Site.Content;
using Sodertorn.Site.Rendering;

namespace Sodertorn.Site.Output;

/// <summary>
/// Write stage: builds the whole site in a sibling folder and swaps it in with renames, so that output/
/// is always either the last good site or the new one — never half written.
/// </summary>
public sealed class AtomicOutputWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public int Write(string outputDir, IReadOnlyList<RenderedPage> pages, IReadOnlyList<ThemeAsset> themeAssets,
        IReadOnlyList<AssetFile> inputAssets, IReadOnlyList<(string Path, string Text)> extraFiles)
    {
        var target = Path.GetFullPath(outputDir);
        var parent = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(target)}.staging-{Environment.ProcessId}");
        var retired = Path.Combine(parent, $".{Path.GetFileName(target)}.old-{Environment.ProcessId}");
        DeleteIfExists(staging);
        try
        {
            Directory.CreateDirectory(staging);
            Parallel.ForEach(pages, page => WriteFile(staging, page.OutputPath, Utf8.GetBytes(page.Html)));
            foreach (var asset in themeAssets) WriteFile(staging, asset.Url.TrimStart('/'), asset.Bytes);
            foreach (var asset in inputAssets) WriteFile(staging, asset.RelativePath, File.ReadAllBytes(asset.FullPath));
            foreach (var (path, text) in extraFiles) WriteFile(staging, path, Utf8.GetBytes(text));

            DeleteIfExists(retired);
            if (Directory.Exists(target)) Directory.Move(target, retired);
            Directory.Move(staging, target);
            DeleteIfExists(retired);
            return pages.Count;
        }
        catch
        {
            DeleteIfExists(staging);
            if (!Directory.Exists(target) && Directory.Exists(retired)) Directory.Move(retired, target);
            throw;
        }
    }

    /// <summary>
    /// After a failed build: writes the link report to "&lt;output&gt;.lankrapport/" so that it can be read
    /// while output/ keeps the last good site. Returns that folder.
    /// </summary>
    public static string WriteBeside(string outputDir, IReadOnlyList<(string Path, string Text)> files)
    {
        var folder = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar) + ".lankrapport";
        DeleteIfExists(folder);
        foreach (var (path, text) in files) WriteFile(folder, Path.GetFileName(path), Utf8.GetBytes(text));
        return folder;
    }

    private static void WriteFile(string root, string relative, byte[] bytes)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    private static void DeleteIfExists(string dir)
    {
        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
    }
}
