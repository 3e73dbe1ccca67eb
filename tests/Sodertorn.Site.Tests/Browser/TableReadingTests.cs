using Microsoft.Playwright;

namespace Sodertorn.Site.Tests.Browser;

/// <summary>
/// Tables on a phone (375 px), in Chromium over the real site: no word in a table cell is broken in the middle
/// ("Huddin/ge", "13.0/0"), the page does not scroll sideways, and the tables the layouts write stack each row with
/// a visible label per cell.
/// </summary>
public sealed class TableReadingTests(RealSiteBrowser browser) : IClassFixture<RealSiteBrowser>
{
    private static readonly BrowserNewContextOptions Phone = new() { ViewportSize = new() { Width = 375, Height = 740 }, Locale = "sv-SE" };

    /// <summary>
    /// Every word of every cell whose line boxes lie on more than one line: a Range over the word has one client rect
    /// per line it is laid out on. A word is what lies between spaces, hyphens and dashes ("Södertörns-gemensamt" may
    /// break after its hyphen, "13.00–15.00" after its dash).
    /// </summary>
    private const string BrokenWords = """
        () => {
          const broken = [];
          for (const cell of document.querySelectorAll('main td, main th')) {
            const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              for (const m of node.data.matchAll(/[^\s\-–‐]+/g)) {
                const range = document.createRange();
                range.setStart(node, m.index);
                range.setEnd(node, m.index + m[0].length);
                const tops = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
                if (tops.size > 1) broken.push(m[0]);
              }
            }
          }
          return broken;
        }
        """;

    [Theory]
    [InlineData("/planer/vp-2024/", true)]
    [InlineData("/mal/laddinfrastruktur/", true)]
    [InlineData("/aktiviteter/", true)]
    [InlineData("/natverk/klimatnatverket/", true)]
    [InlineData("/oppna-data/", true)]
    // Pages whose long lines are lists, not tables: only that nothing scrolls sideways.
    [InlineData("/lankrapport/", false)]
    [InlineData("/protokoll/lg-2023-02-10/", false)]
    public async Task At_375_px_no_word_in_a_table_is_broken_and_nothing_scrolls_sideways(string path, bool hasTables)
    {
        await using var page = await browser.OpenAsync(path, Phone);
        var cells = await page.Page.EvaluateAsync<int>("() => document.querySelectorAll('main td, main th').length");
        var broken = await page.Page.EvaluateAsync<string[]>(BrokenWords);
        var wide = await SitePages.WiderThanWindowAsync(page.Page);

        // The word check reads table cells: on a page meant to have tables it must have some to read.
        Assert.Equal(hasTables, cells > 0);
        Assert.True(broken.Length == 0, $"{path}: words broken mid-word at 375 px: " + string.Join(", ", broken));
        Assert.True(wide.Length == 0, $"{path}: wider than 375 px: " + string.Join(", ", wide));
    }

    [Fact]
    public async Task At_375_px_the_rows_of_the_plans_tables_are_stacked_with_a_visible_label_per_cell()
    {
        await using var page = await browser.OpenAsync("/planer/vp-2024/", Phone);
        var unlabelled = await page.Page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('main table.radkort td')]
              .filter(td => td.textContent.trim() !== '' && getComputedStyle(td, '::before').content.indexOf(td.dataset.label ?? '\u0000') < 0)
              .map(td => td.textContent.trim().slice(0, 30))
            """);
        var stacked = await page.Page.EvaluateAsync<int>(
            "() => [...document.querySelectorAll('main table.radkort td')].filter(td => getComputedStyle(td).display === 'block').length");

        Assert.True(stacked > 0, "no stacked table cells at 375 px");
        Assert.True(unlabelled.Length == 0, "cells without a visible label: " + string.Join(", ", unlabelled));
    }
}
