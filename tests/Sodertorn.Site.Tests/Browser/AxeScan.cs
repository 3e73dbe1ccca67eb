using System.Text;
using System.Text.Json;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace Sodertorn.Site.Tests.Browser;

/// <summary>One element axe found wrong: the page, the rule and its help text, the element and axe's reason.</summary>
public sealed record AxeFinding(string Page, string Rule, string Impact, string Help, string Target, string Reason);

/// <summary>
/// Runs axe-core (the copy bundled with Deque.AxeCore.Playwright) on the pages of a site, limited to the WCAG 2.0 and
/// 2.1 A and AA rules the site must meet, and reports what it finds in a form a person can act on.
/// </summary>
public static class AxeScan
{
    /// <summary>WCAG 2.1 AA: the level Swedish law (DOS-lagen) asks of public sector websites.</summary>
    public static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    private static readonly Lazy<string> Script = new(() => new BundledAxeScriptProvider().GetScript());

    /// <summary>
    /// Runs axe.run in the page, which must have axe (<see cref="ScanAsync"/> adds it to every page of its context),
    /// and returns one finding per element of each violation. Deque's own RunAxe sends all of axe (half a megabyte of
    /// script) with every run, through Playwright's driver into the page: a large part of a scan's time.
    /// </summary>
    public static async Task<IReadOnlyList<AxeFinding>> RunAsync(IPage page, string path)
    {
        var json = await page.EvaluateAsync<string>("""
            async tags => {
              const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
              return JSON.stringify(result.violations.flatMap(v => v.nodes.map(n => ({
                rule: v.id, impact: v.impact ?? n.impact ?? '?', help: v.help, target: JSON.stringify(n.target),
                reason: [...new Set([n.any, n.all, n.none].flatMap(checks => checks ?? []).map(c => c.message))].join(' ') }))));
            }
            """, WcagTags);
        return [.. JsonSerializer.Deserialize<List<Violation>>(json, JsonSerializerOptions.Web)!.Select(v => new AxeFinding(path, v.Rule, v.Impact, v.Help, v.Target, v.Reason))];
    }

    /// <summary>Adds axe to a page already loaded (one not opened through <see cref="ScanAsync"/>) and runs it.</summary>
    public static async Task<IReadOnlyList<AxeFinding>> RunLoadedAsync(IPage page, string path)
    {
        await page.EvaluateAsync(Script.Value);
        return await RunAsync(page, path);
    }

    private sealed record Violation(string Rule, string Impact, string Help, string Target, string Reason);

    /// <summary>Findings grouped by rule, each with its elements and pages: what to fix, and where.</summary>
    public static string Describe(IEnumerable<AxeFinding> findings, string setting)
    {
        var text = new StringBuilder();
        var list = findings.ToList();
        text.AppendLine($"{list.Count} axe violation(s) ({setting}):");
        foreach (var rule in list.GroupBy(f => f.Rule).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var first = rule.First();
            text.AppendLine($"- {rule.Key} [{first.Impact}]: {first.Help}");
            foreach (var f in rule) text.AppendLine($"    {f.Page}  {f.Target}  {f.Reason}");
        }
        return text.ToString();
    }

    /// <summary>
    /// Loads each path in one browser context with the options, axe added to each of its pages before their own
    /// scripts run, and runs axe on it, and the other check if one is given (so a test that walks every page loads
    /// each once); returns every finding.
    /// </summary>
    public static async Task<List<AxeFinding>> ScanAsync(
        BrowserFixture browser, IEnumerable<string> paths, BrowserNewContextOptions options, Func<IPage, string, Task>? alsoCheck = null)
    {
        options.Locale = "sv-SE";
        var context = await browser.Browser.NewContextAsync(options);
        context.SetDefaultTimeout((float)BrowserFixture.Timeout.TotalMilliseconds);
        try
        {
            await context.AddInitScriptAsync(Script.Value);
            var page = await context.NewPageAsync();
            var findings = new List<AxeFinding>();
            foreach (var path in paths)
            {
                await SitePages.LoadAsync(page, browser.Server.BaseUrl, path);
                findings.AddRange(await RunAsync(page, path));
                if (alsoCheck is not null) await alsoCheck(page, path);
            }
            return findings;
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}
