using Sodertorn.Site.Content;
using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.LinkChecking;
using Sodertorn.Site.Output;
using Sodertorn.Site.Reporting;
using Sodertorn.Site.Search;
using Sodertorn.Site.Validation;

namespace Sodertorn.Site.Pipeline;

/// <summary>
/// `build`: the build core (<see cref="SiteBuild"/>) into a staging folder, then the search index over the finished site,
/// and the swap: the staging folder replaces output/ only when the whole build passes. The link report is written either
/// way (inside the new site, or beside the untouched old one).
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
        // The published report is fetched beside the build, so a slow site costs at most what the build does not already take.
        var settings = options.Report;
        var published = settings.CompareWith is { } production
            ? PublishedReport.FetchAsync(production, settings.CompareTimeout)
            : Task.FromResult(Comparison.NotAsked);
        var core = new SiteBuild(options, diagnostics, clock);
        var reader = new InputReader(diagnostics);
        var input = clock.Stage("list", () => reader.List(options.Input));
        var site = core.Link(input.Documents.Count, core.ReadAll(input.Documents, reader), input.DataFiles);
        var theme = core.LoadTheme();
        var plan = core.Plan(site, theme);

        IReadOnlyList<ExternalLink> external = [];
        var pages = 0;
        WrittenSite? written = null;
        if (!diagnostics.HasErrors)
        {
            written = core.WriteSite(plan, theme, input.Assets, staging);
            pages = written.Pages.Count;
            if (!diagnostics.HasErrors) external = core.CheckLinks(written, site);
            if (options.CheckExternal && external.Count > 0)
                external = clock.Stage("check-external", () => new ExternalLinkStage(options.ExternalHttpClient, options.ExternalCacheFile, diagnostics).Check(external, site));
            // Last before the swap: the search index is built from the finished pages, only for a site that will be published.
            if (options.BuildSearchIndex && Succeeded(diagnostics))
                clock.Stage("search", () => new SearchStage(diagnostics, progress: options.Progress).Run(staging.Folder, written.Searchable));
        }

        var succeeded = Succeeded(diagnostics);
        var build = clock.Stage("build-info", () => BuildInfo.Resolve(settings, options.BaseUrl, options.Input));
        var context = new ReportContext(build, clock.Stage("compare", () => published.GetAwaiter().GetResult()), settings.EditUrl);
        var reportFiles = core.Report(succeeded, external, plan, written, context);
        if (succeeded)
        {
            foreach (var file in reportFiles) staging.Write(file);
            clock.Stage("commit", staging.Commit);
            return Result(diagnostics, input.Documents.Count, pages, Path.Combine(options.Output, "lankrapport"));
        }
        var beside = OutputStaging.WriteBeside(options.Output, reportFiles);
        var reportOnly = settings.PublishReportOnFailure && reportFiles.Any(f => f.Path == LinkReport.HtmlFile);
        if (reportOnly) clock.Stage("commit-report", () => PublishReportOnly(reportFiles, theme));
        return Result(diagnostics, input.Documents.Count, 0, beside) with { PublishedReportOnly = reportOnly };
    }

    /// <summary>
    /// A deploy preview that failed: output/ becomes a site of the report alone, so that Netlify, which publishes the folder
    /// only when the build command succeeds (.ci/netlify-build then exits 0), shows comms why. The theme's assets style
    /// the page; every other address of the preview redirects to it (Netlify's _redirects, which never shadows a file).
    /// </summary>
    private void PublishReportOnly(IReadOnlyList<OutputFile> reportFiles, Rendering.Theme theme)
    {
        using var only = OutputStaging.Begin(options.Output);
        foreach (var file in reportFiles) only.Write(file);
        foreach (var asset in theme.Assets) only.Write(asset.Url.TrimStart('/'), asset.Bytes);
        only.Write(new OutputFile("_redirects", $"/*  {LinkReport.Url}  302\n"));
        // The site's policy for what the report-only site holds: netlify.toml sets none for all paths (Hosting/HeadersFile).
        only.Write(Hosting.HeadersFile.For(reportFiles.Select(f => f.Path).Concat(theme.Assets.Select(a => a.Url.TrimStart('/')))));
        only.Commit();
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
