using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Sodertorn.Site.LinkChecking;

/// <summary>
/// Results of earlier external checks, kept in a JSON file between builds so that an unchanged site does not
/// request every external page again on every build. The file maps URL → {ok, status, checkedAt}.
/// Only links that worked are remembered: a broken link must be seen again until it is fixed.
/// </summary>
internal sealed class ExternalLinkCache
{
    private const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        // Fixed so that the file is byte-identical whichever OS wrote it.
        NewLine = "\n",
        // Contracts generated at compile time: the shipped tool is compiled ahead of time, without reflection.
        TypeInfoResolver = ExternalLinkCacheJson.Default,
    };

    // Sorted by URL (ordinal) so that the written file does not depend on the order links were checked in.
    private readonly SortedDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    internal sealed record Entry(bool Ok, int? Status, DateTimeOffset CheckedAt);

    internal IReadOnlyDictionary<string, Entry> Entries => entries;

    /// <summary>
    /// Reads the cache file. A missing, unreadable or corrupt file is an empty cache: the cache only saves
    /// time, so losing it must never fail a build.
    /// </summary>
    public static ExternalLinkCache Load(string? path)
    {
        var cache = new ExternalLinkCache();
        if (path is null || !File.Exists(path)) return cache;
        Dictionary<string, FileEntry?>? stored;
        try
        {
            stored = JsonSerializer.Deserialize(File.ReadAllText(path), (JsonTypeInfo<Dictionary<string, FileEntry?>>)Json.GetTypeInfo(typeof(Dictionary<string, FileEntry?>)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            return cache;
        }
        foreach (var (url, value) in stored ?? [])
        {
            // One bad entry (hand-edited, say) costs only that entry.
            if (value is { CheckedAt: { } text } && TryParseTimestamp(text, out var checkedAt))
                cache.entries[url] = new Entry(value.Ok, value.Status, checkedAt);
        }
        return cache;
    }

    /// <summary>The entry for <paramref name="url"/> if it is a success checked less than <paramref name="lifetime"/> ago.</summary>
    public Entry? Fresh(string url, DateTimeOffset now, TimeSpan lifetime) =>
        entries.TryGetValue(url, out var entry) && entry.Ok && IsFresh(entry, now, lifetime) ? entry : null;

    public void Remember(string url, int? status, DateTimeOffset checkedAt) =>
        entries[url] = new Entry(true, status, Truncate(checkedAt));

    public void Forget(string url) => entries.Remove(url);

    /// <summary>
    /// Writes the cache atomically (a temporary file moved over the old one), creating the directory.
    /// Entries that are no longer fresh are dropped so that the file does not grow with links long removed.
    /// I/O errors are thrown: the caller decides whether a cache that cannot be written matters.
    /// </summary>
    public void Save(string path, DateTimeOffset now, TimeSpan lifetime)
    {
        var stored = new SortedDictionary<string, FileEntry>(StringComparer.Ordinal);
        foreach (var (url, entry) in entries)
        {
            if (entry.Ok && IsFresh(entry, now, lifetime))
                stored[url] = new FileEntry(entry.Ok, entry.Status, FormatTimestamp(entry.CheckedAt));
        }
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = $"{full}.{Guid.NewGuid():N}.tmp";
        try
        {
            File.WriteAllText(temporary, JsonSerializer.Serialize(stored, (JsonTypeInfo<SortedDictionary<string, FileEntry>>)Json.GetTypeInfo(typeof(SortedDictionary<string, FileEntry>))) + "\n");
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    // An entry dated in the future (a hand edit, a clock that jumped) is not trusted either.
    private static bool IsFresh(Entry entry, DateTimeOffset now, TimeSpan lifetime)
    {
        var age = now - entry.CheckedAt;
        return age >= TimeSpan.Zero && age < lifetime;
    }

    // Whole seconds keep the file readable; rounding down only makes an entry look older, never fresher.
    private static DateTimeOffset Truncate(DateTimeOffset value)
    {
        var utc = value.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - utc.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
    }

    private static string FormatTimestamp(DateTimeOffset value) =>
        value.ToUniversalTime().ToString(TimestampFormat, CultureInfo.InvariantCulture);

    private static bool TryParseTimestamp(string text, out DateTimeOffset value) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value);

    internal sealed record FileEntry(
        [property: JsonPropertyName("ok")] bool Ok,
        [property: JsonPropertyName("status")] int? Status,
        [property: JsonPropertyName("checkedAt")] string? CheckedAt);
}

[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(Dictionary<string, ExternalLinkCache.FileEntry?>))]
[JsonSerializable(typeof(SortedDictionary<string, ExternalLinkCache.FileEntry>))]
internal sealed partial class ExternalLinkCacheJson : JsonSerializerContext;
