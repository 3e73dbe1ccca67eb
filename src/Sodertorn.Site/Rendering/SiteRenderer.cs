using System.Collections.Concurrent;
using Markdig;
using Scriban.Runtime;
using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Domain;
using Sodertorn.Site.Linking;

namespace Sodertorn.Site.Rendering;

/// <summary>
/// Render stage: one page at a time through its layout and then the base layout. Which pages exist is not decided here
/// (Pipeline/SiteRoutes); the caller decides the order and parallelism, and what to do with each page while it exists.
/// </summary>
/// <param name="today">The date the build treats as today: the start page lists meetings from it on.</param>
public sealed class SiteRenderer(Theme theme, string baseUrl, DateOnly today, DiagnosticBag diagnostics)
{
    private readonly ConcurrentDictionary<string, byte> reportedMissing = new(StringComparer.Ordinal);
    private readonly RenderWorkers workers = new(theme);

    /// <summary>Everything that is the same for all pages of one build: models, functions, menu, footer.</summary>
    public sealed class Session
    {
        internal Session(PageModels models, ScriptObject functions, IReadOnlyList<LinkView> navigation, string footer, Markdown.PlainText plainText)
        {
            Models = models;
            PlainText = plainText;
            Functions = functions;
            Navigation = navigation;
            Footer = footer;
        }

        public PageModels Models { get; }

        internal ScriptObject Functions { get; }

        internal IReadOnlyList<LinkView> Navigation { get; }

        /// <summary>Markdown as text for the pages' descriptions, with this site's titles for xref links.</summary>
        internal Markdown.PlainText PlainText { get; }

        /// <summary>theme/partials/footer.sbn, rendered once: it is the same on every page.</summary>
        internal string Footer { get; }

        /// <summary>Each page's published and updated days (by address), set once the pages are known; none without a history.</summary>
        public IReadOnlyDictionary<string, Content.SourceDates> Dates { get; internal set; } = new Dictionary<string, Content.SourceDates>();
    }

    public Session Begin(LinkedSite site, MarkdownPipeline markdown)
    {
        var models = new PageModels(site, markdown, today);
        var functions = TemplateFunctions.Create(site.Index, theme.AssetUrls, Publisher.Name, markdown, baseUrl);
        return new Session(models, functions, ListPages.Navigation(site), Footer(functions), new Markdown.PlainText(site.Index.PublicTitle));
    }

    /// <summary>The footer partial with the site-wide functions only; empty, with an error, if it cannot be rendered.</summary>
    private string Footer(ScriptObject functions)
    {
        if (theme.Partial("footer") is not { } footer) return "";
        using var lease = workers.Rent(functions);
        try
        {
            LayoutContent.Evaluate(footer, lease.Worker.Context);
            var html = lease.Worker.Output.ToString();
            // The partial's file ends with a line break; the base layout puts its own after {{ site_footer }}.
            return html.EndsWith('\n') ? html[..^1] : html;
        }
        catch (Exception e) when (FileGuard.IsRecoverable(e))
        {
            lease.Discard();
            diagnostics.Error("template-runtime", new SourceLocation("theme/partials/footer.sbn"), $"sidfoten kunde inte skapas: {e.Message}",
                "rätta mallen; sidfoten är densamma på varje sida och kan bara använda webbplatsens funktioner (url_of, site_name …)");
            return "";
        }
    }

    /// <summary>
    /// Renders one page and hands it to <paramref name="use"/> while its HTML exists; returns what that made, or null (with
    /// an error reported against the page's source) when the page could not be rendered.
    /// </summary>
    public T? Render<T>(Session session, PageJob job, PageUse<T> use) where T : class
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
        var where = new SourceLocation(job.SourceFile ?? $"theme/layouts/{job.Layout}.sbn");
        using var lease = workers.Rent(session.Functions);
        try
        {
            // The model may render Markdown too (a body that could not be rendered ahead): its failures are the page's.
            var model = job.Model();
            model["site_nav"] = session.Navigation;
            model["site_footer"] = session.Footer;
            model["current_url"] = job.Url;
            model["canonical_url"] = baseUrl.TrimEnd('/') + job.Url;
            model["description"] = PageDescriptions.For(model, job.Layout, session.PlainText);
            if (session.Dates.TryGetValue(job.Url, out var dates))
            {
                model["published"] = dates.Published;
                model["updated"] = dates.Updated > dates.Published ? dates.Updated : null;
            }
            lease.Worker.Context.PushGlobal(model);
            lease.Worker.Context.PushOutput(lease.Worker.Layout);
            LayoutContent.Evaluate(layout, lease.Worker.Context);
            lease.Worker.Context.PopOutput();
            using var content = new LayoutContent.Written(lease.Worker.Layout);
            model["content"] = content;
            LayoutContent.Evaluate(shell, lease.Worker.Context);
        }
        catch (Exception e) when (FileGuard.IsRecoverable(e))
        {
            // The context may hold the failed page's scopes: it is not lent out again.
            lease.Discard();
            Failed(where, job, e);
            return null;
        }
        return use(new RenderedPage(job, lease.Worker.Output.Written));
    }

    private void Failed(SourceLocation where, PageJob job, Exception e)
    {
        switch (e)
        {
            // Scriban's runtime errors, and ours from template functions (a missing asset), are the template's to fix.
            case Scriban.Syntax.ScriptRuntimeException or InvalidOperationException:
                diagnostics.Error("template-runtime", where, $"sidan {job.Url} kunde inte skapas: {e.Message}", "rätta mallen eller innehållet som nämns");
                break;
            case ArgumentException a when Markdown.MarkdownNesting.IsDepthLimit(a):
                diagnostics.Add(Markdown.MarkdownNesting.TooDeep(where));
                break;
            default:
                diagnostics.Failure(where, e, $"sidan {job.Url} kunde inte skapas");
                break;
        }
    }
}
