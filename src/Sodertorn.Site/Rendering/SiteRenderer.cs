using System.Collections.Concurrent;
using Markdig;
using Scriban.Runtime;
using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Domain;
using Sodertorn.Site.Linking;

namespace Sodertorn.Site.Rendering;

/// <summary>One page to render: its address, layout, source file, and how to build its model.</summary>
public sealed record PageJob(string Url, string Layout, string? SourceFile, Func<ScriptObject> Model);

/// <summary>
/// Render stage: lists every entity page and list page, and renders one page at a time through its
/// layout and then the base layout. The caller decides the order and parallelism (and can write each page
/// as soon as it is rendered, so no build holds all its HTML at once).
/// </summary>
/// <param name="today">The date the build treats as today (BuildOptions.Today): the start page lists meetings from it on.</param>
public sealed class SiteRenderer(Theme theme, string baseUrl, DateOnly today, DiagnosticBag diagnostics)
{
    public const string SiteName = "Södertörnskommunerna";

    private readonly ConcurrentDictionary<string, byte> reportedMissing = new(StringComparer.Ordinal);

    /// <summary>Everything that is the same for all pages of one build: models, functions, menu.</summary>
    public sealed class Session
    {
        private readonly Lazy<IReadOnlyList<PageJob>> jobs;

        internal Session(PageModels models, ScriptObject functions, IReadOnlyList<LinkView> navigation, string footer, Func<IReadOnlyList<PageJob>> jobs)
        {
            Models = models;
            Functions = functions;
            Navigation = navigation;
            Footer = footer;
            this.jobs = new Lazy<IReadOnlyList<PageJob>>(jobs);
        }

        /// <summary>Every page of the site, listed on first use: rendering the link report alone needs none.</summary>
        public IReadOnlyList<PageJob> Jobs => jobs.Value;

        internal PageModels Models { get; }

        internal ScriptObject Functions { get; }

        internal IReadOnlyList<LinkView> Navigation { get; }

        /// <summary>theme/partials/footer.sbn, rendered once: it is the same on every page.</summary>
        internal string Footer { get; }
    }

    public Session Begin(LinkedSite site, MarkdownPipeline markdown)
    {
        var models = new PageModels(site, markdown, today);
        var functions = TemplateFunctions.Create(site.Index, theme.AssetUrls, SiteName, markdown);
        return new Session(models, functions, ListPages.Navigation(site), Footer(functions), () => Jobs(site, models).ToList());
    }

    /// <summary>The link report as a page of the site, in the site's layout; null if the theme cannot render it.</summary>
    public RenderedPage? RenderReport(LinkedSite site, Reporting.LinkReport report)
    {
        var session = Begin(site, Markdown.MarkdownPipelineFactory.Create(site.Index));
        var job = new PageJob(Reporting.LinkReport.Url, "report", null, () => Reporting.ReportPageModel.Create(report, site));
        return Render(session, job) is { } page ? page with { Indexable = false } : null;
    }

    /// <summary>The footer partial with the site-wide functions only; empty, with an error, if it cannot be rendered.</summary>
    private string Footer(ScriptObject functions)
    {
        if (theme.Partial("footer") is not { } footer) return "";
        try
        {
            var html = footer.Render(theme.NewContext(functions));
            // The partial's file ends with a line break; the base layout puts its own after {{ site_footer }}.
            return html.EndsWith('\n') ? html[..^1] : html;
        }
        catch (Exception e) when (IsTemplateFailure(e))
        {
            Failed(new SourceLocation("theme/partials/footer.sbn"), $"sidfoten kunde inte skapas: {e.Message}",
                "rätta mallen; sidfoten är densamma på varje sida och kan bara använda webbplatsens funktioner (url_of, site_name …)");
            return "";
        }
    }

    public RenderedPage? Render(Session session, PageJob job)
    {
        var layout = theme.Layout(job.Layout);
        var shell = theme.Layout("base");
        if (layout is null || shell is null)
        {
            var missing = layout is null ? job.Layout : "base";
            // Once per layout: every page that uses it would say the same.
            if (reportedMissing.TryAdd(missing, 0))
                diagnostics.Error("template-missing", new SourceLocation($"theme/layouts/{missing}.sbn"),
                    "mallen saknas", "lägg till mallen i theme/layouts/");
            return null;
        }
        try
        {
            var model = job.Model();
            model["site_nav"] = session.Navigation;
            model["site_footer"] = session.Footer;
            model["current_url"] = job.Url;
            model["canonical_url"] = baseUrl.TrimEnd('/') + job.Url;
            var context = theme.NewContext(session.Functions);
            context.PushGlobal(model);
            // The page's layout is evaluated where the base layout writes {{ content }}, into the same output.
            model["content"] = new LayoutContent(layout);
            var html = LayoutContent.WriteInto(shell, context);
            var output = job.Url.EndsWith('/') ? UrlScheme.FileFor(job.Url) : job.Url.TrimStart('/');
            return new RenderedPage(job.Url, output, html, job.SourceFile);
        }
        catch (Exception e) when (IsTemplateFailure(e))
        {
            Failed(new SourceLocation(job.SourceFile ?? $"theme/layouts/{job.Layout}.sbn"), $"sidan {job.Url} kunde inte skapas: {e.Message}",
                "rätta mallen eller innehållet som nämns");
            return null;
        }
        catch (ArgumentException e) when (e.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            // Markdig's depth limit, met here by text that is rendered with the page rather than where it was parsed (a
            // body with the placeholder characters U+0001–U+0003 cannot be rendered ahead). Found with a hand-made input to the
            // fuzz target (docs/fuzzing.md).
            Theme.DiscardContext();
            diagnostics.Error("markdown-too-deep", new SourceLocation(job.SourceFile ?? $"theme/layouts/{job.Layout}.sbn"),
                $"sidan {job.Url} kunde inte skapas: texten har citat, listor eller betoning inuti varandra i för många nivåer",
                "ta bort upprepade tecken som '>', '*' eller '-' i början av raderna, eller dela upp texten");
            return null;
        }
    }

    /// <summary>What a template may throw while it renders: Scriban's runtime errors, and ours from template functions (a missing asset).</summary>
    private static bool IsTemplateFailure(Exception e) => e is Scriban.Syntax.ScriptRuntimeException or InvalidOperationException;

    /// <summary>Reports a template that failed; its thread's context is dropped, as a render that threw leaves it mid-page.</summary>
    private void Failed(SourceLocation where, string message, string suggestion)
    {
        Theme.DiscardContext();
        diagnostics.Error("template-runtime", where, message, suggestion);
    }

    private static IEnumerable<PageJob> Jobs(LinkedSite site, PageModels models)
    {
        foreach (var m in site.Meetings) yield return Entity(m, "meeting", () => models.Meeting(m));
        foreach (var p in site.Plans) yield return Entity(p, "plan", () => models.Plan(p));
        foreach (var a in site.Activities) yield return Entity(a, "activity", () => models.Activity(a));
        foreach (var g in site.Goals) yield return Entity(g, "goal", () => models.Goal(g));
        foreach (var n in site.Networks) yield return Entity(n, "network", () => models.Network(n));
        foreach (var o in site.Organs) yield return Entity(o, "organ", () => models.Organ(o));
        foreach (var k in site.Municipalities) yield return Entity(k, "municipality", () => models.Municipality(k));
        foreach (var p in site.Pages)
            yield return Entity(p, p.Id == UrlScheme.StartPageId ? "start" : "page", () => StartOrPage(p, site, models));

        var pageUrls = site.Pages.Select(UrlScheme.For).ToHashSet(StringComparer.Ordinal);
        foreach (var list in ListPages.All(site, models).Where(l => !pageUrls.Contains(l.Url)))
            yield return new PageJob(list.Url, list.Layout, null, list.Model);
        yield return new PageJob("/404.html", "notfound", null, () => new ScriptObject { ["title"] = "Sidan finns inte" });
    }

    private static ScriptObject StartOrPage(Page page, LinkedSite site, PageModels models)
    {
        var model = models.Page(page);
        if (page.Id == UrlScheme.StartPageId) ListPages.FillStart(model, site, models);
        return model;
    }

    private static PageJob Entity(Entity entity, string layout, Func<ScriptObject> model) =>
        new(UrlScheme.For(entity), layout, entity.Source.File, model);
}
