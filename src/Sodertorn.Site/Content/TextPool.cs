using System.Collections.Concurrent;

namespace Sodertorn.Site.Content;

/// <summary>
/// One shared copy of each short text that recurs: ids, names, places and link targets that every meeting repeats.
/// Read side by side, each document made its own copies, and they lived as long as the models: at a few thousand
/// meetings, copies of the same few hundred texts were a large part of the build's peak memory (docs/benchmarks.md).
/// Safe to use from several threads at once; one pool per build (or per scan), so nothing outlives what uses it.
/// </summary>
public sealed class TextPool
{
    /// <summary>Longer texts in content (a decision's wording, a summary) rarely recur, and are left as they are.</summary>
    public const int ContentLength = 64;

    private readonly ConcurrentDictionary<string, string> texts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> bySpan;

    private readonly int maxLength;

    /// <param name="maxLength">Texts longer than this are returned as they are.</param>
    public TextPool(int maxLength = ContentLength)
    {
        this.maxLength = maxLength;
        bySpan = texts.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The pool's copy of <paramref name="text"/>: the one already there, or this one, kept from now on.</summary>
    public string Share(string text) => text.Length > maxLength ? text : texts.GetOrAdd(text, text);

    /// <summary>The pool's copy of the characters, made into a string only when the pool has none yet.</summary>
    public string Share(ReadOnlySpan<char> text) =>
        text.Length > maxLength ? text.ToString() : bySpan.TryGetValue(text, out var shared) ? shared : texts.GetOrAdd(text.ToString(), static t => t);
}
