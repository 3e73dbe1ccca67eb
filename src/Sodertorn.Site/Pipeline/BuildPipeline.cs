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
using Sodertorn.Site.Validation;

namespace Sodertorn.Site.Pipeline;

/// <summary>
/// The build, in the order data flows: read → parse → model → link → validate → render → post-process →
/// check links → write. Each stage is a typed function of the previous stage's output; all findings go to
/// one diagnostic bag. Nothing is written unless the whole build passes.
/// </summary>
public sealed class BuildPipeline(BuildOptions options)
{
    private readonly List<StageTiming> timings = [];

    public BuildResult Run()
    {
        var total = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var documentsRead = 0;
        var pagesWritten = 0;

        if (!Directory.Exists(options.Input))
        {
            diagnostics.Error("input-missing", new SourceLocation(options.Input), "mappen med innehåll finns inte",
                "kör kommandot från projektets rot, eller ange mappen med --input");
            return Result(diagnostics, 0, 0, total);
        }

        var input = Stage("read", () => new InputReader(diagnostics).Read(options.Input));
        documentsRead = input.Documents.Count;
        var parser = new DocumentParser(MarkdownPipelineFactory.ForParsing, diagnostics);
        var parsed = Stage("parse", () => input.Documents.AsParallel().AsOrdered().Select(parser.Parse).OfType<ParsedDocument>().ToList());
        var unpublished = Stage("data", () => new UnpublishedReader(parser, diagnostics).Read(input.DataFiles));
        var entities = Stage("model", () => parsed.AsParallel().AsOrdered().Select(new EntityReader(diagnostics).Read).OfType<Entity>().ToList());
        var site = Stage("link", () => new Linker(diagnostics).Link(entities, unpublished));
        Stage("validate", () => Validator.Default.Validate(site, diagnostics));

        var theme = Stage("theme", () => Theme.Load(options.Theme, diagnostics));
        if (!diagnostics.HasErrors)
        {
            var markdown = MarkdownPipelineFactory.Create(site.Index);
            var pages = Stage("render", () => new SiteRenderer(theme, options.BaseUrl, diagnostics).Render(site, markdown));
            var processed = Stage("post-process", () => new HtmlPostProcessor().Process(pages));
            // A page that failed to render would make every link to it look broken; report the cause only.
            if (!diagnostics.HasErrors) Stage("check-links", () =>
            {
                var files = processed.Pages.Select(p => p.OutputPath)
                    .Concat(theme.Assets.Select(a => a.Url.TrimStart('/')))
                    .Concat(input.Assets.Select(a => a.RelativePath))
                    .ToHashSet(StringComparer.Ordinal);
                new InternalLinkChecker(diagnostics).Check(processed.Links, files);
            });

            var blocked = diagnostics.HasErrors || (options.Strict && diagnostics.Count(Severity.Warning) > 0);
            if (!blocked)
                pagesWritten = Stage("write", () => new AtomicOutputWriter().Write(options.Output, processed.Pages, theme.Assets, input.Assets));
        }
        return Result(diagnostics, documentsRead, pagesWritten, total);
    }

    private BuildResult Result(DiagnosticBag diagnostics, int documents, int pages, Stopwatch total)
    {
        var failed = diagnostics.HasErrors || (options.Strict && diagnostics.Count(Severity.Warning) > 0);
        return new BuildResult(!failed, documents, pages, diagnostics.Sorted(), timings, total.ElapsedMilliseconds);
    }

    private T Stage<T>(string name, Func<T> run)
    {
        var watch = Stopwatch.StartNew();
        var result = run();
        timings.Add(new StageTiming(name, watch.ElapsedMilliseconds));
        return result;
    }

    private void Stage(string name, Action run) => Stage(name, () => { run(); return 0; });
}
