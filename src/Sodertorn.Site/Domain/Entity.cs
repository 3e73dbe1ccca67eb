using Sodertorn.Site.Diagnostics;

namespace Sodertorn.Site.Domain;

/// <summary>The kinds of identified things: documents with pages, and parts with anchors on a page.</summary>
public enum TargetKind
{
    Meeting,
    Plan,
    Activity,
    Goal,
    Network,
    Organ,
    Municipality,
    Page,
    AgendaItem,
    Decision,
    Assignment,
    KansliAssignment,
    CommunicationActivity,
}

/// <summary>An identifier written somewhere in the content, and which kinds of thing it may name there.</summary>
public sealed record Reference(string TargetId, SourceLocation Location, string Field, IReadOnlySet<TargetKind>? Expected = null);

/// <summary>
/// Every published document: its identity, where it came from and its body: as Markdown, and as HTML rendered
/// where it was parsed (with placeholders for xref links, filled in when its page is rendered), so that no body
/// is parsed twice; holding every document's syntax tree instead would cost far more memory.
/// </summary>
public abstract record Entity
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required SourceLocation Source { get; init; }
    // Kept as UTF-8 and decoded when read: every body lives from reading to rendering, and as a .NET string
    // (UTF-16) it takes twice the bytes, which the build's peak memory showed (docs/benchmarks.md).
    private readonly byte[] body = [];

    /// <summary>
    /// The Markdown after the front matter. Empty for minutes: their pages use <see cref="BodyHtml"/>, and nothing
    /// else reads their Markdown again, and keeping it beside the HTML would raise the build's peak memory.
    /// </summary>
    public required string Body { get => System.Text.Encoding.UTF8.GetString(body); init => body = System.Text.Encoding.UTF8.GetBytes(value); }

    /// <summary>The body as HTML with xref placeholders (Markdown/Xref/XrefPlaceholders), as UTF-8 kept compressed (all of them are held until their pages are written); null when it is to be rendered from <see cref="Body"/>.</summary>
    internal Content.CompressedUtf8? BodyHtml { get; init; }

    public string? Summary { get; init; }
    public bool Draft { get; init; }
    public IReadOnlyList<Reference> References { get; init; } = [];

    /// <summary>Where each link URL of the body is written, so a broken link in the HTML can name its line.</summary>
    public IReadOnlyDictionary<string, SourceLocation> LinkLocations { get; init; } = new Dictionary<string, SourceLocation>();
    public abstract TargetKind Kind { get; }
}

/// <summary>A part of a document that has its own identifier ("document/part") and anchor.</summary>
public sealed record Part(string LocalId, string Title, TargetKind Kind, SourceLocation Source);
