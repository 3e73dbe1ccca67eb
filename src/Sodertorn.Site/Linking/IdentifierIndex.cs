using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Domain;
using Sodertorn.Site.Markdown.Xref;

namespace Sodertorn.Site.Linking;

/// <summary>One identifier known to the build: a published thing with a URL, or a declared unpublished one.</summary>
/// <param name="Draft">A draft's title is not public: it stands in the index by its id only.</param>
public sealed record IndexEntry(string Id, TargetKind? Kind, string Title, string? Url, SourceLocation Source, bool Draft = false)
{
    public bool Published => Url is not null;
}

/// <summary>Every identifier of the build, immutable once built; answers xref look-ups during rendering.</summary>
public sealed class IdentifierIndex(IReadOnlyDictionary<string, IndexEntry> entries) : IXrefResolver
{
    public IndexEntry? Find(string id) => entries.TryGetValue(id, out var entry) ? entry : null;

    public IEnumerable<string> Ids => entries.Keys;

    /// <summary>The title of an identifier a reader may see: published or declared, never a draft's.</summary>
    public string? PublicTitle(string id) => Find(id) is { Draft: false } entry ? entry.Title : null;

    public XrefTarget? Resolve(string id) =>
        Find(id) is { } entry ? new XrefTarget(entry.Id, entry.Title, entry.Url) : null;
}
