using Sodertorn.Site.Content;
using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Domain.Reading;
using Sodertorn.Site.Linking;
using Sodertorn.Site.Markdown;
using Sodertorn.Site.Pipeline;
using Sodertorn.Site.Rendering;
using Sodertorn.Site.Reporting;
using Sodertorn.Site.Validation;

namespace Sodertorn.Site.Preview;

/// <summary>
/// The preview's rebuild: the build's stages, keeping across rebuilds what a change does not touch — the
/// parsed theme, each unchanged file's entity and findings, the files already in the folder — and
/// writing only files whose bytes changed. When an edit removes no page (edits and new files do not), the
/// pages made from the edited or new files are rendered, checked and written first (the early outcome:
/// the tab showing them reloads), then the whole site is rendered as the build would and the remaining
/// changes written (lists, plan pages, feeds): which other pages show a document is the templates'
/// business, so only a complete pass knows them all. Nothing is written unless the rebuild passes, and an early write that the complete
/// pass then fails is undone, so the folder always holds the last good site.
/// </summary>
public sealed class IncrementalBuild(PreviewOptions options, string baseUrl, PreviewFolder folder)
{
    private readonly InputSnapshot input = new(options.Input);
    private readonly DocumentCache documents = new();
    private Theme? theme;
    private IReadOnlyList<Diagnostic> themeDiagnostics = [];
    private PublishedSite? last;
    private bool unchangedSinceGood;
    private int number;

    /// <summary>The options generators are given, as for a build into the preview folder.</summary>
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
        if (read is { FullRead: false, Changed.Count: 0 } && unchangedSinceGood && !changes.Theme && !changes.Script) return null;
        unchangedSinceGood = false;

        var id = TakeNumber();
        BuildOutcome Outcome(bool succeeded, bool complete, IReadOnlyList<string> changed, int documentCount, int pages) =>
            new(id, succeeded, complete, diagnostics.Sorted(), changed, documentCount, pages, clock.TotalMilliseconds, clock.Timings())
            { ReloadAll = changes.Script };
        if (read is null)
        {
            diagnostics.Error("input-missing", new SourceLocation(options.Input), "mappen med innehåll finns inte",
                "kör kommandot från projektets rot, eller ange mappen med --input");
            return Outcome(false, true, [], 0, 0);
        }
        foreach (var diagnostic in read.Diagnostics) diagnostics.Add(diagnostic);
        var documentCount = read.Input.Documents.Count;
        var entities = clock.Stage("parse+model", () => documents.Read(read.Input.Documents, diagnostics));
        var unpublished = clock.Stage("data", () =>
            new UnpublishedReader(new DocumentParser(MarkdownPipelineFactory.ForParsing, diagnostics), diagnostics).Read(read.Input.DataFiles));
        var site = clock.Stage("link", () => new Linker(diagnostics).Link(entities, unpublished));
        clock.Stage("validate", () => Validator.Default.Validate(new ValidationContext(site, options.Today, diagnostics)));
        if (theme is null || changes.Theme) clock.Stage("theme", LoadTheme);
        foreach (var diagnostic in themeDiagnostics) diagnostics.Add(diagnostic);
        if (diagnostics.HasErrors) return Outcome(false, true, [], documentCount, 0);

        var pass = clock.Stage("begin", () => new PagePass(site, theme!, baseUrl, options.Today, folder, diagnostics));
        var undo = new List<(string, byte[]?)>();
        var changed = new List<string>();
        if (early is not null && last is not null && !changes.Theme && documents.Reparsed.Count > 0 && pass.PageUrls.IsSupersetOf(last.PageUrls))
        {
            var first = clock.Stage("early", () => pass.RenderFirst(documents.Reparsed));
            if (first.Count > 0 && !diagnostics.HasErrors && pass.LinksHold(first, last))
            {
                undo.AddRange(folder.Write(first.Select(p => p.File).OfType<MadeFile>(), keepBefore: true));
                changed.AddRange(undo.Select(u => BuildOutcome.UrlOf(u.Item1)));
                early(Outcome(true, false, changed, documentCount, first.Count));
            }
        }

        CompleteSite? complete;
        IReadOnlyList<ExternalLink> external = [];
        var inputAssets = read.Input.Assets.Select(a => a.RelativePath).ToHashSet(StringComparer.Ordinal);
        try
        {
            complete = pass.RenderAll(clock, BuildOptions);
            if (complete is not null) external = clock.Stage("check-links", () => pass.CheckLinks(complete, inputAssets));
        }
        catch
        {
            folder.Restore(undo);
            throw;
        }
        if (complete is null || diagnostics.HasErrors)
        {
            // The early pages are put back: a tab that reloaded to one reloads again, to the last good version.
            folder.Restore(undo);
            return Outcome(false, true, changed, documentCount, 0);
        }

        var report = clock.Stage("report", () => pass.Report(external));
        var written = clock.Stage("write", () => Commit(complete, report, read.Input.Assets, inputAssets));
        unchangedSinceGood = true;
        last = new PublishedSite(pass.PageUrls, written.Files, complete.Pages.Select(p => p.Links with { Hrefs = [] }).ToList());
        var urls = written.Changed.Select(BuildOutcome.UrlOf).Where(u => !changed.Contains(u, StringComparer.Ordinal)).ToList();
        return Outcome(true, true, urls, documentCount, complete.Pages.Count);
    }

    /// <summary>The next rebuild's number; also for an outcome made outside <see cref="Run"/> (an unexpected failure).</summary>
    public int TakeNumber() => Interlocked.Increment(ref number);

    private (IReadOnlyList<string> Changed, IReadOnlySet<string> Files) Commit(CompleteSite complete, IReadOnlyList<MadeFile> report,
        IReadOnlyList<AssetFile> assets, IReadOnlySet<string> inputAssets)
    {
        var made = complete.Pages.Select(p => p.File).OfType<MadeFile>().Concat(complete.Made).Concat(report);
        var changed = folder.Write(made).Select(w => w.Path).ToList();
        changed.AddRange(assets.Where(folder.Copy).Select(a => a.RelativePath));
        var keep = new HashSet<string>(complete.Files, StringComparer.Ordinal);
        keep.UnionWith(report.Select(r => r.Path));
        keep.UnionWith(inputAssets);
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
