using System.Text;
using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.LinkChecking;
using Sodertorn.Site.Linking;
using Sodertorn.Site.Markdown;
using Sodertorn.Site.Output;
using Sodertorn.Site.Pipeline;
using Sodertorn.Site.PostProcessing;
using Sodertorn.Site.Rendering;
using Sodertorn.Site.Reporting;
using Sodertorn.Site.Search;

namespace Sodertorn.Site.Preview;

/// <summary>One page after render and post-process; File is null when its bytes equal what the folder has.</summary>
public sealed record PageResult(PageInfo Info, PageLinks Links, MadeFile? File);

/// <summary>
/// The render → post-process → generate → check-links → report part of a rebuild, the same stages in the
/// same order as <see cref="BuildPipeline"/>, but keeping the made files in memory (only those that differ
/// from the folder) until the whole site has passed, and able to do a few pages first.
/// </summary>
public sealed class PagePass
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly LinkedSite site;
    private readonly Theme theme;
    private readonly PreviewFolder folder;
    private readonly DiagnosticBag diagnostics;
    private readonly SiteRenderer renderer;
    private readonly SiteRenderer.Session session;
    private readonly HtmlPostProcessor postProcessor;
    private readonly Dictionary<string, PageResult> done = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<PageJob> jobs;

    public PagePass(LinkedSite site, Theme theme, string baseUrl, DateOnly today, PreviewFolder folder, DiagnosticBag diagnostics)
    {
        this.site = site;
        this.theme = theme;
        this.folder = folder;
        this.diagnostics = diagnostics;
        renderer = new SiteRenderer(theme, baseUrl, today, diagnostics);
        session = renderer.Begin(site, MarkdownPipelineFactory.Create(site.Index));
        postProcessor = new HtmlPostProcessor(diagnostics);
        // The pages BuildPipeline renders: the session's, plus the search page it adds (Search/SearchPage).
        jobs = [.. session.Jobs, SearchPage.Job(site)];
        PageUrls = jobs.Select(j => j.Url).ToHashSet(StringComparer.Ordinal);
    }

    public IReadOnlySet<string> PageUrls { get; }

    /// <summary>Renders the pages made from these source files now; the complete pass will reuse them.</summary>
    public IReadOnlyList<PageResult> RenderFirst(IReadOnlySet<string> sourceFiles)
    {
        var results = jobs.Where(j => j.SourceFile is { } file && sourceFiles.Contains(file))
            .Select(Render).OfType<PageResult>().ToList();
        foreach (var result in results) done[result.Info.Url] = result;
        return results;
    }

    /// <summary>
    /// Checks the links of <paramref name="pages"/> against the last complete site with these pages added or
    /// put in place of their old versions: enough to know that writing them early publishes no broken link of theirs.
    /// </summary>
    public bool LinksHold(IReadOnlyList<PageResult> pages, PublishedSite last)
    {
        var own = new DiagnosticBag();
        var fresh = pages.ToDictionary(p => p.Links.Url, p => p.Links, StringComparer.Ordinal);
        var all = last.Anchors.Select(a => fresh.GetValueOrDefault(a.Url, a))
            .Concat(pages.Where(p => !last.PageUrls.Contains(p.Links.Url)).Select(p => p.Links)).ToList();
        var files = new HashSet<string>(last.Files, StringComparer.Ordinal);
        files.UnionWith(pages.Select(p => p.Info.OutputPath));
        new InternalLinkChecker(own, LinkLocations()).Check(all, files);
        return !own.HasErrors;
    }

    /// <summary>Every page, generated file and asset of the site; null when a stage found errors.</summary>
    public CompleteSite? RenderAll(StageClock clock, BuildOptions options)
    {
        var pages = clock.Stage("pages", () => jobs.AsBalancedParallel()
            .Select(job => done.GetValueOrDefault(job.Url) ?? Render(job)).OfType<PageResult>().ToList());
        if (diagnostics.HasErrors) return null;

        var made = new List<MadeFile>();
        var files = new HashSet<string>(pages.Select(p => p.Info.OutputPath), StringComparer.Ordinal);
        foreach (var asset in theme.Assets.Where(a => !PreviewPaths.IsPreviewOnly(a.Name)))
        {
            made.Add(MadeFile.Of(asset.Url.TrimStart('/'), asset.Bytes));
            files.Add(asset.Url.TrimStart('/'));
        }
        var context = new GeneratorContext(site, pages.Select(p => p.Info).ToList(), options);
        var generated = clock.Stage("generate", () => OutputGenerators.All.AsParallel().AsOrdered()
            .SelectMany(generator => generator.Generate(context).Select(Made)).ToList());
        made.AddRange(generated);
        files.UnionWith(generated.Select(g => g.Path));
        return new CompleteSite(pages, made, files);
    }

    /// <summary>The link check over the complete site; returns the external links it collected, unchecked.</summary>
    public IReadOnlyList<ExternalLink> CheckLinks(CompleteSite complete, IReadOnlySet<string> inputAssets)
    {
        var files = new HashSet<string>(complete.Files, StringComparer.Ordinal) { LinkReport.HtmlFile };
        files.UnionWith(inputAssets);
        var external = new InternalLinkChecker(diagnostics, LinkLocations()).Check(complete.Pages.Select(p => p.Links).ToList(), files);
        return external.Select(e => new ExternalLink(e.Key, e.Value, false, null, null, null)).ToList();
    }

    /// <summary>The link report (JSON and page), as the build publishes it inside a site that passed.</summary>
    public IReadOnlyList<MadeFile> Report(IReadOnlyList<ExternalLink> external)
    {
        var report = new LinkReport(!diagnostics.HasErrors, diagnostics.Sorted(), external);
        var files = new List<MadeFile> { Made(new OutputFile(LinkReport.JsonFile, JsonLinkReport.Write(report))) };
        if (renderer.RenderReport(site, report) is { } page) files.Add(MadeFile.Of(LinkReport.HtmlFile, Bytes(page.Html.Span)));
        return files;
    }

    private PageResult? Render(PageJob job)
    {
        if (renderer.Render(session, job) is not { } rendered) return null;
        var (page, links) = postProcessor.Process(rendered);
        var file = MadeFile.Of(page.OutputPath, Bytes(page.Html.Span));
        // Only pages that differ keep their bytes until the end: a typical edit changes a handful of pages.
        return new PageResult(page.Info, links, folder.Differs(file) ? file : null);
    }

    private static byte[] Bytes(ReadOnlySpan<char> html)
    {
        var bytes = new byte[Utf8.GetByteCount(html)];
        Utf8.GetBytes(html, bytes);
        return bytes;
    }

    private static MadeFile Made(OutputFile file)
    {
        using var buffer = new MemoryStream();
        file.WriteTo(buffer);
        return MadeFile.Of(file.Path, buffer.ToArray());
    }

    private Dictionary<string, IReadOnlyDictionary<string, SourceLocation>> LinkLocations() =>
        site.All.GroupBy(e => e.Source.File, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().LinkLocations, StringComparer.Ordinal);
}

/// <summary>What a complete pass made: every page, the other files that differ from the folder, every path.</summary>
public sealed record CompleteSite(IReadOnlyList<PageResult> Pages, IReadOnlyList<MadeFile> Made, IReadOnlySet<string> Files);

/// <summary>
/// The last complete site that passed: its page addresses, its files, and each page's anchors (links
/// left out) — what an early write of a few pages is checked against.
/// </summary>
public sealed record PublishedSite(IReadOnlySet<string> PageUrls, IReadOnlySet<string> Files, IReadOnlyList<PageLinks> Anchors);
