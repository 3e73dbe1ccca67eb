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
using Sodertorn.Site.Validation;

namespace Sodertorn.Site.Pipeline;

/// <summary>
/// The build, in the order data flows: read → parse → model → link → validate → render → post-process →
/// check links → report → write. Each stage is a typed function of the previous stage's output; all
/// findings go to one diagnostic bag. The site is written only when the whole build passes; the link
/// report is written either way (inside the new site, or beside the untouched old one).
/// </summary>
public sealed class BuildPipeline(BuildOptions options)
{
    private readonly List<StageTiming> timings = [];

    public BuildResult Run()
    {
        var total = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        if (!Directory.Exists(options.Input))
        {
            diagnostics.Error("input-missing", new SourceLocation(options.Input), "mappen med innehåll finns inte",
                "kör kommandot från projektets rot, eller ange mappen med --input");
            return Result(diagnostics, 0, 0, null, total);
        }

        var input = Stage("read", () => new InputReader(diagnostics).Read(options.Input));
        var parser = new DocumentParser(MarkdownPipelineFactory.ForParsing, diagnostics);
        var parsed = Stage("parse", () => input.Documents.AsParallel().AsOrdered().Select(parser.Parse).OfType<ParsedDocument>().ToList());
        var unpublished = Stage("data", () => new UnpublishedReader(parser, diagnostics).Read(input.DataFiles));
        var entities = Stage("model", () => parsed.AsParallel().AsOrdered().Select(new EntityReader(diagnostics).Read).OfType<Entity>().ToList());
        var site = Stage("link", () => new Linker(diagnostics).Link(entities, unpublished));
        Stage("validate", () => Validator.Default.Validate(new ValidationContext(site, options.Today, diagnostics)));
        var theme = Stage("theme", () => Theme.Load(options.Theme, diagnostics));
        var renderer = new SiteRenderer(theme, options.BaseUrl, diagnostics);

        IReadOnlyList<RenderedPage> pages = [];
        IReadOnlyList<ExternalLink> external = [];
        var generated = new List<OutputFile>();
        if (!diagnostics.HasErrors)
        {
            var markdown = MarkdownPipelineFactory.Create(site.Index);
            var rendered = Stage("render", () => renderer.Render(site, markdown));
            var processed = Stage("post-process", () => new HtmlPostProcessor().Process(rendered, diagnostics));
            pages = processed.Pages;
            var context = new GeneratorContext(site, pages, options);
            generated.AddRange(Stage("generate", () => OutputGenerators.All.SelectMany(g => g.Generate(context)).ToList()));
            // A page that failed to render would make every link to it look broken; report the cause only.
            if (!diagnostics.HasErrors)
                external = Stage("check-links", () => CheckLinks(processed, generated, site, theme, input, diagnostics));
            if (options.CheckExternal && external.Count > 0)
                external = Stage("check-external", () => new ExternalLinkStage(options, diagnostics).Check(external, site));
        }

        var succeeded = Succeeded(diagnostics);
        var report = new LinkReport(succeeded, diagnostics.Sorted(), external);
        var reportPage = Stage("report", () => renderer.RenderReport(site, report));
        var reportFiles = new List<(string Path, string Text)> { (LinkReport.JsonFile, JsonLinkReport.Write(report)) };
        if (reportPage is not null) reportFiles.Add((LinkReport.HtmlFile, reportPage.Html));
        var extraFiles = generated.Select(f => (f.Path, f.Text)).Concat(reportFiles).ToList();

        var written = 0;
        string reportFolder;
        if (succeeded)
        {
            written = Stage("write", () => new AtomicOutputWriter().Write(options.Output, pages, theme.Assets, input.Assets, extraFiles));
            reportFolder = Path.Combine(options.Output, "lankrapport");
        }
        else
        {
            reportFolder = AtomicOutputWriter.WriteBeside(options.Output, reportFiles);
        }
        return Result(diagnostics, input.Documents.Count, written, reportFolder, total);
    }

    private static IReadOnlyList<ExternalLink> CheckLinks(PostProcessed processed, IReadOnlyList<OutputFile> generated, LinkedSite site,
        Theme theme, InputSet input, DiagnosticBag diagnostics)
    {
        var files = processed.Pages.Select(p => p.OutputPath)
            .Concat(generated.Select(f => f.Path))
            .Concat(theme.Assets.Select(a => a.Url.TrimStart('/')))
            .Concat(input.Assets.Select(a => a.RelativePath))
            .Append(LinkReport.HtmlFile)
            .ToHashSet(StringComparer.Ordinal);
        var locations = site.All.GroupBy(e => e.Source.File, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().LinkLocations, StringComparer.Ordinal);
        var external = new InternalLinkChecker(diagnostics, locations).Check(processed.Links, files);
        return external.Select(e => new ExternalLink(e.Key, e.Value, false, null, null, null)).ToList();
    }

    private bool Succeeded(DiagnosticBag diagnostics) =>
        !diagnostics.HasErrors && !(options.Strict && diagnostics.Count(Severity.Warning) > 0);

    private BuildResult Result(DiagnosticBag diagnostics, int documents, int pages, string? reportFolder, Stopwatch total) =>
        new(Succeeded(diagnostics), documents, pages, diagnostics.Sorted(), timings, total.ElapsedMilliseconds) { ReportFolder = reportFolder };

    private T Stage<T>(string name, Func<T> run)
    {
        var watch = Stopwatch.StartNew();
        var result = run();
        timings.Add(new StageTiming(name, watch.ElapsedMilliseconds));
        return result;
    }

    private void Stage(string name, Action run) => Stage(name, () => { run(); return 0; });
}
