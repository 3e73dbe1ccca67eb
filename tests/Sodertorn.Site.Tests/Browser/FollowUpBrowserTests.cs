using Microsoft.Playwright;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Browser;

/// <summary>The follow-up fixture site (Support/FollowUpSite) built once per run and served with the site's CSP.</summary>
public sealed class FollowUpSiteBrowser : BrowserFixture
{
    protected override string BuildSite() => FollowUpSite.Built.Output;
}

/// <summary>
/// The follow-up pages in Chromium under the site's CSP, at 320 px (the narrowest phone) and on a desktop (1280 px): axe
/// (WCAG 2.1 A and AA) finds nothing, nothing makes the reader scroll sideways, overdue is said in words, and the bars get their
/// lengths from the stylesheet although no inline style is allowed.
/// </summary>
public sealed class FollowUpBrowserTests(FollowUpSiteBrowser browser) : IClassFixture<FollowUpSiteBrowser>
{
    /// <summary>Every page kind the follow-up added to or changed, with each assignment path and roll-up present.</summary>
    public static readonly string[] Pages =
    [
        "/uppdrag/", "/uppdrag/2030/", "/mal/", "/mal/klimat/", "/mal/laddning/", "/planer/vp-2030/", "/aktiviteter/vp-2030-laddkarta/",
        "/protokoll/lg-2030-01-20/", "/protokoll/lg-2030-03-01/", "/protokoll/lg-2030-04-12/", "/kommuner/exempelby/", "/natverk/klimatnatverket/",
    ];

    /// <summary>
    /// 320 px, a phone as narrow as they come and a 1280 px window zoomed to 400 % (WCAG 1.4.10, reflow), and a desktop.
    /// A 375 px phone is not a third width: the stylesheet's one breakpoint is at 40rem, so it takes the same rules as 320 px
    /// with more room, the same colours and the same markup for axe.
    /// </summary>
    public static TheoryData<int> Widths => new() { 320, 1280 };

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task The_follow_up_pages_pass_axe_and_fit_the_window(int width)
    {
        var wide = new List<string>();
        var findings = await AxeScan.ScanAsync(browser, Pages, new() { ViewportSize = new() { Width = width, Height = 800 } }, async (page, path) =>
        {
            var outside = await SitePages.WiderThanWindowAsync(page);
            if (outside.Length > 0) wide.Add($"{path}: {string.Join(", ", outside)}");
        });
        Assert.True(findings.Count == 0, AxeScan.Describe(findings, $"{width} px"));
        Assert.True(wide.Count == 0, $"wider than {width} px:\n" + string.Join("\n", wide));
    }

    [Fact]
    public async Task Overdue_is_read_as_a_word_not_only_seen_as_a_colour()
    {
        await using var page = await browser.OpenAsync("/uppdrag/2030/", new() { ViewportSize = new() { Width = 375, Height = 740 }, Locale = "sv-SE" });
        var status = await page.Page.Locator("[id='lg-2030-01-20/fraga-kommunen'] .uppdragsstatus").InnerTextAsync();
        Assert.Contains("Försenat", status, StringComparison.Ordinal);
        Assert.Contains("Ej rapporterat", status, StringComparison.Ordinal);
        page.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task A_bar_is_as_long_as_its_share_under_the_sites_CSP()
    {
        await using var page = await browser.OpenAsync("/mal/klimat/", new() { ViewportSize = new() { Width = 375, Height = 740 }, Locale = "sv-SE" });
        var shares = await page.Page.EvaluateAsync<double[]>("""
            () => [...document.querySelectorAll('.statusstaplar .stapel')].map(b => b.getBoundingClientRect().width / b.parentElement.getBoundingClientRect().width)
            """);
        // Ej påbörjad 0, Pågår 1 av 2, Genomförd 1 av 2, the rest 0 (frames have a border: allow a pixel's difference).
        Assert.Equal([0, 0.5, 0.5, 0, 0, 0], shares.Select(s => Math.Round(s, 1)));
        page.AssertNoConsoleErrors();
    }
}
