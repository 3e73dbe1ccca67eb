using System.Collections.Concurrent;
using Sodertorn.Site.Content;
using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Domain;
using Sodertorn.Site.Domain.Reading;
using Sodertorn.Site.Markdown;
using Sodertorn.Site.Pipeline;

namespace Sodertorn.Site.Authoring.Preview;

/// <summary>
/// Parse and model results across rebuilds, per file: a file whose text is what it was last time keeps its
/// entity and its findings, so a rebuild parses only what changed. Entities are immutable records, and
/// parsing one document depends on no other, which is what makes keeping them safe.
/// </summary>
public sealed class DocumentCache
{
    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);
    // Shared by every document the preview reads, as a build's are (Pipeline/SiteBuild.ReadAll).
    private readonly TextPool pool = new();

    private sealed record Entry(string Text, Entity? Entity, IReadOnlyList<Diagnostic> Diagnostics);

    /// <summary>The files parsed again by the last <see cref="Read"/> (their text was new or changed).</summary>
    public IReadOnlySet<string> Reparsed { get; private set; } = new HashSet<string>();

    /// <summary>The documents of the last <see cref="Read"/> that could not be read into an entity, changed or not.</summary>
    public IReadOnlyList<SourceFile> Unreadable { get; private set; } = [];

    /// <summary>Parse + model for every document, reusing unchanged ones; findings go to <paramref name="diagnostics"/>.</summary>
    public IReadOnlyList<Entity> Read(IReadOnlyList<SourceFile> documents, DiagnosticBag diagnostics)
    {
        var reparsed = new ConcurrentBag<string>();
        var results = documents.AsBalancedParallel().Select(file =>
        {
            if (entries.TryGetValue(file.RelativePath, out var cached) && string.Equals(cached.Text, file.Text, StringComparison.Ordinal))
                return cached;
            reparsed.Add(file.RelativePath);
            // Each file gets its own bag so that its findings can be given again while it stays unchanged.
            var own = new DiagnosticBag();
            var entity = SiteBuild.Model(file, own, pool);
            var entry = new Entry(file.Text, entity, own.Sorted());
            entries[file.RelativePath] = entry;
            return entry;
        }).ToList();

        var live = documents.Select(d => d.RelativePath).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in entries.Keys.Where(k => !live.Contains(k)).ToList()) entries.TryRemove(gone, out _);
        Reparsed = reparsed.ToHashSet(StringComparer.Ordinal);
        Unreadable = documents.Where((_, i) => results[i].Entity is null).ToList();
        foreach (var diagnostic in results.SelectMany(r => r.Diagnostics)) diagnostics.Add(diagnostic);
        return results.Select(r => r.Entity).OfType<Entity>().ToList();
    }
}
