using System.IO.Compression;
using System.Text.Json;

namespace Sodertorn.Site.Tests.Search;

/// <summary>An element with an id on an indexed page, and the position of the word it starts at in the page's text.</summary>
public sealed record IndexedAnchor(string Element, string Id, int Location);

/// <summary>One indexed page as Pagefind stored it: address, text, filters, metadata and anchors.</summary>
public sealed record IndexedPage(string Url, string Content, IReadOnlyDictionary<string, string[]> Filters, IReadOnlyDictionary<string, string> Meta,
    IReadOnlyList<IndexedAnchor> Anchors)
{
    /// <summary>The text as the search page splits it, so an anchor's location indexes into it.</summary>
    public string[] Words => Content.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>
/// Reads a written Pagefind bundle (output/pagefind/) without a browser: each fragment file is gzip with a
/// short signature before its JSON, and holds what a result shows. Lets tests check what was indexed.
/// </summary>
public static class PagefindBundle
{
    public static IReadOnlyList<IndexedPage> Pages(string siteFolder) =>
        Directory.GetFiles(Path.Combine(siteFolder, "pagefind", "fragment"))
            .Select(Read)
            .OrderBy(p => p.Url, StringComparer.Ordinal)
            .ToList();

    public static JsonDocument Entry(string siteFolder) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(siteFolder, "pagefind", "pagefind-entry.json")));

    private static IndexedPage Read(string file)
    {
        using var gzip = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gzip.CopyTo(buffer);
        var bytes = buffer.ToArray();
        var start = Array.IndexOf(bytes, (byte)'{');
        using var json = JsonDocument.Parse(bytes.AsMemory(start));
        var root = json.RootElement;
        return new IndexedPage(
            root.GetProperty("url").GetString()!,
            root.GetProperty("content").GetString()!,
            root.GetProperty("filters").EnumerateObject().ToDictionary(f => f.Name, f => f.Value.EnumerateArray().Select(v => v.GetString()!).ToArray(), StringComparer.Ordinal),
            root.GetProperty("meta").EnumerateObject().ToDictionary(m => m.Name, m => m.Value.GetString()!, StringComparer.Ordinal),
            root.GetProperty("anchors").EnumerateArray()
                .Select(a => new IndexedAnchor(a.GetProperty("element").GetString()!, a.GetProperty("id").GetString()!, a.GetProperty("location").GetInt32()))
                .ToList());
    }
}
