using Sodertorn.Site.Content;
using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Domain;
using Sodertorn.Site.Domain.Reading;
using Sodertorn.Site.LinkChecking;
using Sodertorn.Site.Linking;
using Sodertorn.Site.Markdown;
using Sodertorn.Site.Output;
using Sodertorn.Site.PostProcessing;
using Sodertorn.Site.Rendering;
using Sodertorn.Site.Reporting;
using Sodertorn.Site.Search;
using Sodertorn.Site.Validation;

namespace Sodertorn.Site.Pipeline;

/// <summary>The site as written: its pages, each page's anchors and links, every file's path, and what the search index takes of each page.</summary>
public sealed record WrittenSite(IReadOnlyList<PageInfo> Pages, IReadOnlyList<PageLinks> Links, IReadOnlySet<string> Files, IReadOnlyList<SearchablePage> Searchable);

/// <summary>The pages of one linked site and what renders them: everything the page stage and the report need.</summary>
public sealed class PagePlan
{
    internal PagePlan(LinkedSite site, SiteRenderer renderer, SiteRenderer.Session session, RouteContext routes)
    {
        Site = site;
        Renderer = renderer;
        Session = session;
        Routes = routes;
        Jobs = SiteRoutes.Pages(routes).ToList();
        Urls = Jobs.Select(j => j.Url).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// Each page's published and updated days from the history of input/: a document's page its file's; a page of no
    /// file of its own (a list) the span of the pages under its address, or, with none (the register, the search page),
    /// of all of input/.
    /// </summary>
    internal static IReadOnlyDictionary<string, SourceDates> PageDates(IReadOnlyList<PageJob> jobs, IReadOnlyDictionary<string, SourceDates> history)
    {
        var dates = new Dictionary<string, SourceDates>(StringComparer.Ordinal);
        if (history.Count == 0) return dates;
        var own = jobs.Where(j => j.SourceFile is not null && history.ContainsKey(j.SourceFile)).Select(j => (j.Url, Dates: history[j.SourceFile!])).ToList();
        foreach (var (url, d) in own) dates.TryAdd(url, d);
        var everything = SourceDates.Span(history.Values);
        // Pages made from no file of their own (lists, registers) span what is under them, or the whole history; a
        // document whose file has no commit yet has no dates: it has not been published.
        foreach (var job in jobs.Where(j => j.SourceFile is null && !dates.ContainsKey(j.Url)))
        {
            var under = SourceDates.Span(own.Where(o => o.Url.Length > job.Url.Length && o.Url.StartsWith(job.Url, StringComparison.Ordinal)).Select(o => o.Dates));
            if ((under ?? everything) is { } span) dates[job.Url] = span;
        }
        return dates;
    }

    public LinkedSite Site { get; }

    public IReadOnlyList<PageJob> Jobs { get; }

    public IReadOnlySet<string> Urls { get; }

    internal SiteRenderer Renderer { get; }

    internal SiteRenderer.Session Session { get; }

    internal RouteContext Routes { get; }
}

/// <summary>
/// The build core that `build` and `preview` share, stage by stage in the order data flows: read → parse → model →
/// link → validate → render → post-process → write (pages, generated files, assets) → check links → report. It writes
/// into whatever sink it is given (the staging folder, or the preview's folder) and decides nothing about publishing:
/// that is the caller's (Pipeline/BuildPipeline, Preview/IncrementalBuild). Every finding goes to one bag.
/// </summary>
public sealed partial class SiteBuild(BuildOptions options, DiagnosticBag diagnostics, StageClock clock)
{
    /// <summary>input/data/kvitterade.yml as <see cref="Link"/> read it; the report applies it once every finding is in.</summary>
    private IReadOnlyList<Acknowledgement> acknowledgements = [];

    /// <summary>The history of input/ (Content/SourceHistory), asked of git while the documents are read.</summary>
    private Task<IReadOnlyDictionary<string, SourceDates>>? history;

    // The ids written in files that could not be read (a mistake in the front matter): a reference to one is told where
    // the id is and why it is missing, instead of being offered a similar id (Linker).
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> unreadable = new(StringComparer.Ordinal);

    /// <summary>Where the history comes from when a process builds again and again (the preview keeps it between rebuilds).</summary>
    public SourceHistoryCache? HistoryCache { get; init; }

    public static ReservedIds Reserved { get; } = SiteRoutes.Reserved(Generators.All);

    private IReadOnlyDictionary<string, SourceDates> ReadHistory() => HistoryCache?.Read() ?? SourceHistory.Read(options.Input);

    /// <summary>Read, parse and model one document; null (with its findings reported) when it cannot be published.</summary>
    /// <param name="pool">Where the documents read together share their recurring short texts.</param>
    public static Entity? Model(SourceFile text, DiagnosticBag diagnostics, TextPool pool) =>
        FileGuard.Run(text.RelativePath, diagnostics, "filen kunde inte läsas in",
            () => new DocumentParser(MarkdownPipelineFactory.ForParsing, diagnostics, pool).Parse(text) is { } parsed ? new EntityReader(diagnostics, pool).Read(parsed) : null);

    /// <summary>Every document read, parsed and modelled side by side.</summary>
    public IReadOnlyList<Entity> ReadAll(IReadOnlyList<InputFile> documents, InputReader reader)
    {
        history ??= Task.Run(ReadHistory);
        // Read, parse and model in one pass per document, so no document's text or syntax tree outlives its model:
        // texts die young instead of being promoted and freed in bulk.
        var pool = new TextPool();
        return clock.Stage("read+parse+model", () => documents.AsBalancedParallel()
            .Select(file => reader.ReadText(file) is { } text ? Model(text, diagnostics, pool) ?? NoteUnreadable(text) : null)
            .OfType<Entity>().ToList());
    }

    /// <summary>
    /// A document that could not be read (its findings reported): the id its front matter gives, if a line of it says
    /// one, is noted for <see cref="Link"/>. The build notes its documents as it reads them; the preview, which keeps
    /// documents between rebuilds (Preview/DocumentCache), notes those that failed.
    /// </summary>
    public Entity? NoteUnreadable(SourceFile text)
    {
        if (FrontMatterSplitter.Split(text.Text).Yaml is { } yaml && WrittenId().Match(yaml) is { Success: true } id)
            unreadable.TryAdd(id.Groups[1].Value, text.RelativePath);
        return null;
    }

    // "id: vp-2024" on a line of its own, quoted or not: read from the text, since the front matter could not be.
    [System.Text.RegularExpressions.GeneratedRegex(@"^id:[ \t]*[""']?([a-z0-9][a-z0-9/-]*)[""']?[ \t]*$", System.Text.RegularExpressions.RegexOptions.Multiline)]
    private static partial System.Text.RegularExpressions.Regex WrittenId();

    /// <summary>Data files → link → validate.</summary>
    /// <param name="documents">How many Markdown files input/ has: none at all is one error, not one per generated page.</param>
    public LinkedSite Link(int documents, IReadOnlyList<Entity> entities, IReadOnlyList<SourceFile> dataFiles)
    {
        if (documents == 0)
            diagnostics.Error("input-nothing", new SourceLocation(options.Input), "mappen med innehåll har inga dokument (Markdown-filer) att publicera",
                $"kontrollera att --input pekar på innehållsmappen; en ny webbplats börjar med {StartPageRule.File} ('typ: sida', 'id: start')");
        var parser = new DocumentParser(MarkdownPipelineFactory.ForParsing, diagnostics);
        var unpublished = clock.Stage("data", () =>
        {
            acknowledgements = Acknowledgements.Read(dataFiles, parser, diagnostics);
            return new UnpublishedReader(parser, diagnostics, Acknowledgements.FileName).Read(dataFiles);
        });
        var site = clock.Stage("link", () => new Linker(diagnostics, Reserved, unreadable).Link(entities, unpublished));
        clock.Stage("validate", () => Validator.Default.Validate(new ValidationContext(site, options.Today, diagnostics)));
        return site;
    }

    public Theme LoadTheme() => clock.Stage("theme", () => Theme.Load(options.Theme, diagnostics));

    /// <summary>The site's pages from the route table, and a renderer for them.</summary>
    public PagePlan Plan(LinkedSite site, Theme theme) => clock.Stage("plan", () =>
    {
        var renderer = new SiteRenderer(theme, options.BaseUrl, options.Today, diagnostics);
        var session = renderer.Begin(site, MarkdownPipelineFactory.Create(site.Index));
        var plan = new PagePlan(site, renderer, session, new RouteContext(site, session.Models, options.SearchBundlePages));
        session.Dates = PagePlan.PageDates(plan.Jobs, history?.GetAwaiter().GetResult() ?? ReadHistory());
        return plan;
    });

    /// <summary>
    /// Renders, post-processes and writes the pages <paramref name="only"/> selects, side by side: a preview's first
    /// look at the pages of the files just edited. Nothing else is written.
    /// </summary>
    public WrittenSite WritePages(PagePlan plan, IOutputSink sink, Func<PageJob, bool> only)
    {
        var written = WritePages(plan, plan.Jobs.Where(only).ToList(), sink);
        return new WrittenSite(written.Select(w => w.Info).ToList(), written.Select(w => w.Links).ToList(),
            written.Select(w => w.Info.OutputPath).ToHashSet(StringComparer.Ordinal), Searchable(written));
    }

    /// <summary>Every page, generated file and asset of the site, into <paramref name="sink"/>.</summary>
    public WrittenSite WriteSite(PagePlan plan, Theme theme, IReadOnlyList<AssetFile> assets, IOutputSink sink)
    {
        // Feeds, calendars and open data read only the linked site: they are made on a thread of their own while the pages
        // render, one at a time in a fixed order, each file written as soon as it is made.
        var beside = Generators.All.Where(g => !g.ReadsPages);
        var besidePages = Task.Factory.StartNew(() => clock.Stage("generate", () => Generate(beside, new GeneratorContext(plan.Site, options.BaseUrl) { Diagnostics = diagnostics, Progress = options.Progress }, sink)),
            CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        IReadOnlyList<WrittenPage> written;
        try
        {
            written = clock.Stage("pages", () => WritePages(plan, plan.Jobs, sink));
        }
        catch
        {
            // The caller deletes the staging folder on the way out: the generators' thread must not be writing into it then.
            besidePages.ContinueWith(_ => { }, TaskScheduler.Default).Wait();
            throw;
        }

        var pages = written.Select(w => w.Info).ToList();
        var files = new HashSet<string>(pages.Select(p => p.OutputPath), StringComparer.Ordinal);
        clock.Stage("assets", () =>
        {
            foreach (var asset in theme.Assets) { sink.Write(asset.Url.TrimStart('/'), asset.Bytes); files.Add(asset.Url.TrimStart('/')); }
            foreach (var asset in assets) { sink.Copy(asset.RelativePath, asset.FullPath); files.Add(asset.RelativePath); }
        });
        files.UnionWith(besidePages.GetAwaiter().GetResult());
        var afterPages = Generators.All.Where(g => g.ReadsPages);
        files.UnionWith(clock.Stage("generate-after-pages", () => Generate(afterPages, new GeneratorContext(plan.Site, options.BaseUrl, pages) { Diagnostics = diagnostics, Progress = options.Progress }, sink)));
        // The report is written last, but the pages may link to it: to its page, and to its JSON (for the tools comms uses).
        files.Add(LinkReport.HtmlFile);
        files.Add(LinkReport.JsonFile);
        return new WrittenSite(pages, written.Select(w => w.Links).ToList(), files, Searchable(written));
    }

    /// <summary>Every internal link must resolve; returns the external ones, unchecked.</summary>
    public IReadOnlyList<ExternalLink> CheckLinks(WrittenSite written, LinkedSite site) => clock.Stage("check-links", () =>
    {
        var external = new InternalLinkChecker(diagnostics, LinkLocations(site)).Check(written.Links, written.Files);
        return (IReadOnlyList<ExternalLink>)external.Select(e => new ExternalLink(e.Key, e.Value, false, null, null, null)).ToList();
    });

    /// <summary>
    /// Whether the links of a few pages written first hold in the last complete site with these pages added or put in
    /// place of their old versions: enough to know that writing them early publishes no broken link of theirs.
    /// </summary>
    public static bool LinksHold(WrittenSite first, LinkedSite site, IReadOnlySet<string> lastUrls, IReadOnlySet<string> lastFiles, IReadOnlyList<PageLinks> lastAnchors)
    {
        var own = new DiagnosticBag();
        var fresh = first.Links.ToDictionary(p => p.Url, StringComparer.Ordinal);
        var all = lastAnchors.Select(a => fresh.GetValueOrDefault(a.Url, a)).Concat(first.Links.Where(p => !lastUrls.Contains(p.Url))).ToList();
        var files = new HashSet<string>(lastFiles, StringComparer.Ordinal);
        files.UnionWith(first.Files);
        new InternalLinkChecker(own, LinkLocations(site)).Check(all, files);
        return !own.HasErrors;
    }

    /// <summary>Where each source file writes each link, for findings about links.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, SourceLocation>> LinkLocations(LinkedSite site) =>
        site.All.GroupBy(e => e.Source.File, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().LinkLocations, StringComparer.Ordinal);

    /// <summary>
    /// The link report of everything found so far, as JSON and, when the theme can render it, as a page of the site. The
    /// acknowledged notes are applied first, so an entry of kvitterade.yml that names no note is reported with the rest.
    /// </summary>
    /// <param name="written">The pages as written, whose ids a finding's link may point to; null when no page was written.</param>
    public IReadOnlyList<OutputFile> Report(bool succeeded, IReadOnlyList<ExternalLink> external, PagePlan plan, WrittenSite? written, ReportContext context) =>
        clock.Stage("report", () =>
        {
            var before = diagnostics.Sorted();
            var ids = FindingIds.Assign(before.Select(d => (d.Code, FindingIds.DisplayPath(d.Location.File), d.Target, d.Message)));
            var acknowledged = Acknowledgements.Apply(acknowledgements, before.Select((d, i) => (ids[i], d.Severity)).ToList(), diagnostics);
            var anchors = written?.Links.GroupBy(l => l.Url, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Anchors, StringComparer.Ordinal);
            var places = new FindingPlaces(plan.Site, anchors, options.Input);
            var report = LinkReport.Create(succeeded, diagnostics.Sorted(), external, context, acknowledged, places.For);
            var files = new List<OutputFile> { new(LinkReport.JsonFile, JsonLinkReport.Write(report)) };
            var job = SiteRoutes.ReportPage(plan.Routes with { Report = report });
            if (plan.Renderer.Render(plan.Session, job, page => page.Html.ToString()) is { } html) files.Add(new OutputFile(job.OutputPath, html));
            return (IReadOnlyList<OutputFile>)files;
        });

    private sealed record WrittenPage(PageInfo Info, PageLinks Links, SearchablePage? Search);

    private static List<SearchablePage> Searchable(IEnumerable<WrittenPage> written) => written.Select(w => w.Search).OfType<SearchablePage>().ToList();

    /// <summary>Render → post-process → write, per page, side by side, in the jobs' order.</summary>
    private List<WrittenPage> WritePages(PagePlan plan, IReadOnlyList<PageJob> jobs, IOutputSink sink)
    {
        var postProcessor = new HtmlPostProcessor(diagnostics);
        return jobs.AsParallel().AsOrdered().Select(job =>
            FileGuard.Run(job.SourceFile ?? $"theme/layouts/{job.Layout}.sbn", diagnostics, $"sidan {job.Url} kunde inte skapas", () =>
                plan.Renderer.Render(plan.Session, job, page =>
                {
                    var (links, changed) = postProcessor.Process(page.Html, job.Url, job.SourceFile);
                    var html = changed is null ? page.Html : changed;
                    sink.WriteText(job.OutputPath, html);
                    // Read here, while the page is in memory, so that the search stage reads no page from disk again.
                    var search = job.OutputPath.EndsWith(".html", StringComparison.Ordinal) ? SearchablePage.Of(job.OutputPath, html) : null;
                    return new WrittenPage(job.Info, links, search);
                }))).OfType<WrittenPage>().ToList();
    }

    /// <summary>Runs generators one after the other and writes each file as soon as it is made, so one file is in memory at a time.</summary>
    private static List<string> Generate(IEnumerable<IOutputGenerator> generators, GeneratorContext context, IOutputSink sink) =>
        generators.SelectMany(generator => generator.Generate(context)).Select(file =>
        {
            if (file.SourceFile is { } source) sink.Copy(file.Path, source);
            else sink.Write(file);
            return file.Path;
        }).ToList();
}
