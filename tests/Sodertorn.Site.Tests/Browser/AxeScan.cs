using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Sodertorn.Site.Tests.Browser;

/// <summary>One element axe found wrong: the page, the rule and its help text, the element and axe's reason.</summary>
public sealed record AxeFinding(string Page, string Rule, string Impact, string Help, string Target, string Reason);

/// <summary>
/// Runs axe-core (bundled with Deque.AxeCore.Playwright) on a loaded page, limited to the WCAG 2.0 and 2.1 A and
/// AA rules the site must meet, and reports what it finds in a form a person can act on.
/// </summary>
public static class AxeScan
{
    /// <summary>WCAG 2.1 AA: the level Swedish law (DOS-lagen) asks of public sector websites.</summary>
    public static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    public static async Task<IReadOnlyList<AxeFinding>> RunAsync(IPage page, string path)
    {
        var options = new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] },
            ResultTypes = [ResultType.Violations],
        };
        // Legacy mode runs axe.run in the page in one call. The default mode finishes every run in a new blank page
        // (a new browser context) and injects axe twice, which made a scan three to four times slower here; its
        // gain, results across iframes from other origins, does not apply: the site has no iframes.
#pragma warning disable CS0618 // RunAxeLegacy is marked for removal in a future version; pinned at 4.14.0
        var result = await page.RunAxeLegacy(null, options);
#pragma warning restore CS0618
        return
        [
            .. result.Violations.SelectMany(v => v.Nodes.Select(n => new AxeFinding(
                path, v.Id, v.Impact ?? n.Impact ?? "?", v.Help, n.Target?.ToString() ?? "?",
                string.Join(" ", new[] { n.Any, n.All, n.None }.Where(c => c is not null).SelectMany(c => c).Select(c => c.Message).Distinct())))),
        ];
    }

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
    /// Loads each path in one browser context with the options and runs axe on it, and the other check if one is
    /// given (so a test that walks every page loads each once); returns every finding.
    /// </summary>
    public static async Task<List<AxeFinding>> ScanAsync(
        BrowserFixture browser, IEnumerable<string> paths, BrowserNewContextOptions options, Func<IPage, string, Task>? alsoCheck = null)
    {
        options.Locale = "sv-SE";
        var context = await browser.Browser.NewContextAsync(options);
        context.SetDefaultTimeout((float)BrowserFixture.Timeout.TotalMilliseconds);
        try
        {
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
