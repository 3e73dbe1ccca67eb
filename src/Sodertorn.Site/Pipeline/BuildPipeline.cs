using System.Diagnostics;
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

/// <summary>
/// The build, in the order data flows: read → parse → model → link → validate → (per page: render →
/// post-process → write to staging) → generate → check links → search index → report → commit. Each stage is a typed
/// function of the previous stage's output; all findings go to one diagnostic bag. Pages go to a staging
/// folder as they are rendered, which replaces output/ only when the whole build passes; the link report
/// is written either way (inside the new site, or beside the untouched old one).
/// </summary>
public sealed class BuildPipeline(BuildOptions options)
{
    private readonly StageClock clock = new();

    public BuildResult Run()
    {
        var diagnostics = new DiagnosticBag();
        if (!Directory.Exists(options.Input))
        {
            diagnostics.Error("input-missing", new SourceLocation(options.Input), "mappen med innehåll finns inte",
                "kör kommandot från projektets rot, eller ange mappen med --input");
            return Result(diagnostics, 0, 0, null);
        }
        if (OutputStaging.Problem(options.Output, options.Input, options.Theme) is { } problem)
        {
            diagnostics.Error("output-invalid", new SourceLocation(options.Output), problem);
            return Result(diagnostics, 0, 0, null);
        }
        OutputStaging staging;
        try
        {
            staging = OutputStaging.Begin(options.Output);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error("output-unwritable", new SourceLocation(options.Output), $"mappen för webbplatsen går inte att skriva i ({e.Message})",
                "ange en mapp du får skriva i med --output, eller kontrollera att disken inte är full eller skrivskyddad");
            return Result(diagnostics, 0, 0, null);
        }
        using (staging) return Run(staging, diagnostics);
    }

    private BuildResult Run(OutputStaging staging, DiagnosticBag diagnostics)
    {
        var (site, assets, documentCount) = ReadAndLink(diagnostics);
        if (documentCount == 0)
            diagnostics.Error("input-nothing", new SourceLocation(options.Input), "mappen med innehåll har inga dokument (Markdown-filer) att publicera",
                $"kontrollera att --input pekar på innehållsmappen; en ny webbplats börjar med {StartPageRule.File} ('typ: sida', 'id: start')");
        var theme = clock.Stage("theme", () => Theme.Load(options.Theme, diagnostics));
        var renderer = new SiteRenderer(theme, options.BaseUrl, options.Today, diagnostics);

        IReadOnlyList<ExternalLink> external = [];
        var pages = 0;
        if (!diagnostics.HasErrors)
        {
            var written = WritePages(site, renderer, theme, assets, staging, diagnostics);
            pages = written.Pages.Count;
            if (!diagnostics.HasErrors)
                external = clock.Stage("check-links", () => CheckLinks(written, site, diagnostics));
            if (options.CheckExternal && external.Count > 0)
                external = clock.Stage("check-external", () => new ExternalLinkStage(options, diagnostics).Check(external, site));
            // Last before the swap: the search index is built from the finished pages, only for a site that will be published.
            if (options.BuildSearchIndex && Succeeded(diagnostics))
                clock.Stage("search", () => new SearchStage(diagnostics, progress: options.Progress).Run(staging.Folder));
        }

        var succeeded = Succeeded(diagnostics);
        var reportFiles = clock.Stage("report", () => Report(new LinkReport(succeeded, diagnostics.Sorted(), external), site, renderer));
        string reportFolder;
        if (succeeded)
        {
            foreach (var file in reportFiles) staging.Write(file);
            clock.Stage("commit", staging.Commit);
            reportFolder = Path.Combine(options.Output, "lankrapport");
        }
        else
        {
            reportFolder = OutputStaging.WriteBeside(options.Output, reportFiles);
        }
        return Result(diagnostics, documentCount, succeeded ? pages : 0, reportFolder);
    }

    /// <summary>List → (per document: read → parse → model) → link → validate.</summary>
    private (LinkedSite Site, IReadOnlyList<AssetFile> Assets, int Documents) ReadAndLink(DiagnosticBag diagnostics)
    {
        var files = new InputReader(diagnostics);
        var input = clock.Stage("list", () => files.List(options.Input));
        var parser = new DocumentParser(MarkdownPipelineFactory.ForParsing, diagnostics);
        var reader = new EntityReader(diagnostics);
        // Read, parse and model in one pass per document, so no document's text or syntax tree outlives its
        // model: texts die young instead of being promoted and freed in bulk, which left the heap fragmented.
        var entities = clock.Stage("read+parse+model", () => input.Documents.AsBalancedParallel()
            .Select(file => FileGuard.Run(file.RelativePath, diagnostics, "filen kunde inte läsas in",
                () => files.ReadText(file) is { } text && parser.Parse(text) is { } parsed ? reader.Read(parsed) : null))
            .OfType<Entity>().ToList());
        var unpublished = clock.Stage("data", () => new UnpublishedReader(parser, diagnostics).Read(input.DataFiles));
        var site = clock.Stage("link", () => new Linker(diagnostics).Link(entities, unpublished));
        clock.Stage("validate", () => Validator.Default.Validate(new ValidationContext(site, options.Today, diagnostics)));
        return (site, input.Assets, input.Documents.Count);
    }

    private sealed record WrittenPage(PageInfo Info, PageLinks Links);

    private sealed record WrittenSite(IReadOnlyList<PageInfo> Pages, IReadOnlyList<PageLinks> Links, IReadOnlySet<string> Files);

    /// <summary>Render → post-process → write, per page and in parallel; then generated files and assets.</summary>
    private WrittenSite WritePages(LinkedSite site, SiteRenderer renderer, Theme theme, IReadOnlyList<AssetFile> assets,
        OutputStaging staging, DiagnosticBag diagnostics)
    {
        var markdown = MarkdownPipelineFactory.Create(site.Index);
        var session = renderer.Begin(site, markdown);
        var postProcessor = new HtmlPostProcessor(diagnostics);
        // Feeds, calendars and open data read only the linked site: they are made on a thread of their own while the
        // pages render, which fills the moments a core would wait (the end of the page stage, the largest generator
        // alone). One at a time, in a fixed order, each file written as soon as it is made.
        var beside = OutputGenerators.All.Where(g => !g.ReadsPages);
        var besidePages = Task.Factory.StartNew(() => clock.Stage("generate", () => Generate(beside, new GeneratorContext(site, options), staging)),
            CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        List<WrittenPage> results;
        try
        {
            results = clock.Stage("pages", () => session.Jobs.Append(SearchPage.Job(site, options.SearchBundlePages)).AsParallel().AsOrdered().Select(job =>
                FileGuard.Run(job.SourceFile ?? $"theme/layouts/{job.Layout}.sbn", diagnostics, $"sidan {job.Url} kunde inte skapas", () =>
                {
                    var rendered = clock.Measure("render", () => renderer.Render(session, job));
                    if (rendered is null) return null;
                    var (page, links) = clock.Measure("post-process", () => postProcessor.Process(rendered));
                    clock.Measure("write", () => staging.WriteText(page.OutputPath, page.Html.Span));
                    return new WrittenPage(page.Info, links);
                })).OfType<WrittenPage>().ToList());
        }
        catch
        {
            // The staging folder is deleted on the way out: the generators' thread must not be writing into it then.
            besidePages.ContinueWith(_ => { }, TaskScheduler.Default).Wait();
            throw;
        }

        var files = new HashSet<string>(results.Select(r => r.Info.OutputPath), StringComparer.Ordinal);
        var pages = results.Select(r => r.Info).ToList();
        clock.Stage("assets", () =>
        {
            // The preview's live-reload script lives in theme/assets/ but is served only by `preview`, never published.
            foreach (var asset in theme.Assets.Where(a => !Preview.PreviewPaths.IsPreviewOnly(a.Name))) { staging.Write(asset.Url.TrimStart('/'), asset.Bytes); files.Add(asset.Url.TrimStart('/')); }
            foreach (var asset in assets) { staging.Copy(asset.RelativePath, asset.FullPath); files.Add(asset.RelativePath); }
        });
        files.UnionWith(besidePages.GetAwaiter().GetResult());
        var afterPages = OutputGenerators.All.Where(g => g.ReadsPages);
        files.UnionWith(clock.Stage("generate-after-pages", () => Generate(afterPages, new GeneratorContext(site, pages, options), staging)));
        files.Add(LinkReport.HtmlFile);
        return new WrittenSite(pages, results.Select(r => r.Links).ToList(), files);
    }

    /// <summary>Runs generators one after the other and writes each file as soon as it is made, so one file is in memory at a time.</summary>
    private static List<string> Generate(IEnumerable<IOutputGenerator> generators, GeneratorContext context, OutputStaging staging) =>
        generators.SelectMany(generator => generator.Generate(context)).Select(file => { staging.Write(file); return file.Path; }).ToList();

    private static IReadOnlyList<ExternalLink> CheckLinks(WrittenSite written, LinkedSite site, DiagnosticBag diagnostics)
    {
        var locations = site.All.GroupBy(e => e.Source.File, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().LinkLocations, StringComparer.Ordinal);
        var external = new InternalLinkChecker(diagnostics, locations).Check(written.Links, written.Files);
        return external.Select(e => new ExternalLink(e.Key, e.Value, false, null, null, null)).ToList();
    }

    private static List<OutputFile> Report(LinkReport report, LinkedSite site, SiteRenderer renderer)
    {
        var files = new List<OutputFile> { new(LinkReport.JsonFile, JsonLinkReport.Write(report)) };
        if (renderer.RenderReport(site, report) is { } page) files.Add(new OutputFile(LinkReport.HtmlFile, page.Html.ToString()));
        return files;
    }

    /// <summary>Errors always fail; with Strict, so does every warning whose code is not in AllowedWarnings.</summary>
    private bool Succeeded(DiagnosticBag diagnostics) =>
        !diagnostics.HasErrors && !(options.Strict && diagnostics.Sorted().Any(d => d.Severity == Severity.Warning && !options.AllowedWarnings.Contains(d.Code)));

    private BuildResult Result(DiagnosticBag diagnostics, int documents, int pages, string? reportFolder) =>
        new(Succeeded(diagnostics), documents, pages, diagnostics.Sorted(), clock.Timings(), clock.TotalMilliseconds)
        {
            ReportFolder = reportFolder,
            Causes = diagnostics.Causes,
        };
}
