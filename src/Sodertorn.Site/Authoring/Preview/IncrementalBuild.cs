using Sodertorn.Site.Content;
using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Pipeline;
using Sodertorn.Site.PostProcessing;
using Sodertorn.Site.Rendering;
using Sodertorn.Site.Reporting;

namespace Sodertorn.Site.Authoring.Preview;

/// <summary>
/// The preview's rebuild: the build core (Pipeline/SiteBuild), keeping across rebuilds what a change does not touch — the
/// parsed theme, each unchanged file's entity and findings, the files already in the folder — and writing only files
/// whose bytes changed. When an edit removes no page (edits and new files do not), the pages made from the edited or new
/// files are rendered, checked and written first (the early outcome: the tab showing them reloads), then the whole site
/// is rendered as the build would and the remaining changes written (lists, plan pages, feeds): which other pages show a
/// document is the templates' business, so only a complete pass knows them all. Nothing is written unless the rebuild
/// passes, and an early write that the complete pass then fails is undone, so the folder always holds the last good site.
/// </summary>
public sealed class IncrementalBuild(PreviewOptions options, string baseUrl, PreviewFolder folder)
{
    private readonly InputSnapshot input = new(options.Input);
    private readonly DocumentCache documents = new();
    private readonly SourceHistoryCache history = new(options.Input);
    private Theme? theme;
    private IReadOnlyList<Diagnostic> themeDiagnostics = [];
    private PublishedSite? last;
    private bool unchangedSinceGood;
    private int number;

    /// <summary>The options of a build into the preview folder.</summary>
    private BuildOptions BuildOptions => new(options.Input, options.Theme, folder.Root, baseUrl, Strict: false, options.Today);

    /// <summary>
    /// Rebuilds after <paramref name="changes"/>; <paramref name="early"/> hears of the edited pages first.
    /// Returns null when nothing the site is made from changed since the last good rebuild (a save of the
    /// same text, or an event that arrived after the rebuild had already read the file).
    /// </summary>
    public BuildOutcome? Run(ChangeSet changes, Action<BuildOutcome>? early = null)
    {
        var clock = new StageClock();
        var diagnostics = new DiagnosticBag();
        var read = Directory.Exists(options.Input) ? clock.Stage("read", () => input.Read(changes)) : null;
        if (read is { FullRead: false, Changed.Count: 0 } && unchangedSinceGood && !changes.Theme) return null;
        unchangedSinceGood = false;

        var id = TakeNumber();
        BuildOutcome Outcome(bool succeeded, bool complete, IReadOnlyList<string> changed, int documentCount, int pages) =>
            new(id, succeeded, complete, diagnostics.Sorted(), changed, documentCount, pages, clock.TotalMilliseconds, clock.Timings());
        if (read is null)
        {
            diagnostics.Error("input-missing", new SourceLocation(options.Input), "mappen med innehåll finns inte",
                "kör kommandot från projektets rot, eller ange mappen med --input");
            return Outcome(false, true, [], 0, 0);
        }
        foreach (var diagnostic in read.Diagnostics) diagnostics.Add(diagnostic);
        var documentCount = read.Input.Documents.Count;
        var core = new SiteBuild(BuildOptions, diagnostics, clock) { HistoryCache = history };
        var entities = clock.Stage("parse+model", () => documents.Read(read.Input.Documents, diagnostics));
        foreach (var file in documents.Unreadable) core.NoteUnreadable(file);
        var site = core.Link(documentCount, entities, read.Input.DataFiles);
        if (theme is null || changes.Theme) clock.Stage("theme", LoadTheme);
        foreach (var diagnostic in themeDiagnostics) diagnostics.Add(diagnostic);
        if (diagnostics.HasErrors) return Outcome(false, true, [], documentCount, 0);

        var plan = core.Plan(site, theme!);
        var undo = new List<(string Path, byte[]? Before)>();
        var changed = new List<string>();
        if (early is not null && last is not null && !changes.Theme && documents.Reparsed.Count > 0 && plan.Urls.IsSupersetOf(last.PageUrls))
        {
            var firstSink = new PreviewSink(folder);
            var first = clock.Stage("early", () => core.WritePages(plan, firstSink, job => job.SourceFile is { } file && documents.Reparsed.Contains(file)));
            if (first.Pages.Count > 0 && !diagnostics.HasErrors && SiteBuild.LinksHold(first, site, last.PageUrls, last.Files, last.Anchors))
            {
                undo.AddRange(folder.Write(firstSink.Made, keepBefore: true));
                changed.AddRange(undo.Select(u => BuildOutcome.UrlOf(u.Path)));
                early(Outcome(true, false, changed, documentCount, first.Pages.Count));
            }
        }

        var sink = new PreviewSink(folder);
        WrittenSite complete;
        IReadOnlyList<ExternalLink> external = [];
        try
        {
            complete = core.WriteSite(plan, theme!, read.Input.Assets, sink);
            if (!diagnostics.HasErrors) external = core.CheckLinks(complete, site);
        }
        catch
        {
            folder.Restore(undo);
            throw;
        }
        if (diagnostics.HasErrors)
        {
            // The early pages are put back: a tab that reloaded to one reloads again, to the last good version.
            folder.Restore(undo);
            return Outcome(false, true, changed, documentCount, 0);
        }

        var report = core.Report(true, external, plan, complete, ReportContext.Local(baseUrl, options.Input));
        foreach (var file in report) sink.Write(file);
        var written = clock.Stage("write", () => Commit(sink, complete.Files.Concat(report.Select(r => r.Path))));
        unchangedSinceGood = true;
        last = new PublishedSite(plan.Urls, written.Files, complete.Links.Select(l => l with { Hrefs = [] }).ToList());
        var urls = written.Changed.Select(BuildOutcome.UrlOf).Where(u => !changed.Contains(u, StringComparer.Ordinal)).ToList();
        return Outcome(true, true, urls, documentCount, complete.Pages.Count);
    }

    /// <summary>The next rebuild's number; also for an outcome made outside <see cref="Run"/> (an unexpected failure).</summary>
    public int TakeNumber() => Interlocked.Increment(ref number);

    private (IReadOnlyList<string> Changed, IReadOnlySet<string> Files) Commit(PreviewSink sink, IEnumerable<string> files)
    {
        var changed = folder.Write(sink.Made).Select(w => w.Path).ToList();
        changed.AddRange(sink.Copies.Where(folder.Copy).Select(a => a.RelativePath));
        var keep = files.ToHashSet(StringComparer.Ordinal);
        changed.AddRange(folder.RemoveAllBut(keep));
        return (changed, keep);
    }

    private void LoadTheme()
    {
        var diagnostics = new DiagnosticBag();
        theme = Theme.Load(options.Theme, diagnostics);
        themeDiagnostics = diagnostics.Sorted();
    }
}

/// <summary>
/// The last complete site that passed: its page addresses, its files, and each page's anchors (links left out) — what an
/// early write of a few pages is checked against.
/// </summary>
public sealed record PublishedSite(IReadOnlySet<string> PageUrls, IReadOnlySet<string> Files, IReadOnlyList<PageLinks> Anchors);
