using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Sodertorn.Site.Tests.Browser;

namespace Sodertorn.Site.Tests.Authoring.Preview;

/// <summary>The script in a real browser (the shared Chromium): the tab reloads after a save, and errors show in an overlay.</summary>
public sealed class PreviewBrowserTests
{
    private static readonly float Wait = (float)RunningPreview.Timeout.TotalMilliseconds;

    [Fact]
    public async Task The_open_tab_reloads_with_the_new_text_after_a_save()
    {
        await using var preview = await RunningPreview.StartAsync();
        var page = await OpenAsync(preview, "/om/");

        Edit(preview, "sidor/om.md", "Text.", "Texten är ändrad i förhandsgranskningen.");

        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Texten är ändrad i förhandsgranskningen.", new() { Timeout = Wait });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_error_shows_in_an_accessible_overlay_that_can_be_closed_and_goes_away_when_fixed()
    {
        await using var preview = await RunningPreview.StartAsync();
        var page = await OpenAsync(preview, "/om/");
        var original = await File.ReadAllTextAsync(Path.Combine(preview.Site.Input, "sidor/om.md"));

        Edit(preview, "sidor/om.md", "titel: Om samverkan", "titel: Om: samverkan: här");
        var alert = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(alert).ToContainTextAsync("sidor/om.md, rad 4", new() { Timeout = Wait });
        await Assertions.Expect(alert).ToContainTextAsync("Förslag:");
        await Assertions.Expect(alert).ToContainTextAsync("Webbplatsen kunde inte byggas");
        var violations = (await page.Locator("#forhandsgranskning-fel").RunAxe()).Violations;
        Assert.True(violations.Length == 0, string.Join("\n", violations.Select(v => $"{v.Id}: {v.Help}")));

        var close = page.GetByRole(AriaRole.Button, new() { Name = "Stäng felrutan" });
        await close.FocusAsync();
        await Assertions.Expect(close).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(alert).ToHaveCountAsync(0);

        // A new failing build brings the overlay back; the fix takes it away without a reload.
        Edit(preview, "sidor/om.md", "Text.", "Mer text.");
        await Assertions.Expect(alert).ToContainTextAsync("sidor/om.md, rad 4", new() { Timeout = Wait });
        await File.WriteAllTextAsync(Path.Combine(preview.Site.Input, "sidor/om.md"), original);
        await Assertions.Expect(alert).ToHaveCountAsync(0, new() { Timeout = Wait });
        await page.Context.CloseAsync();
    }

    /// <summary>Opens a page and waits until its script listens for events, so no save happens before that.</summary>
    private static async Task<IPage> OpenAsync(RunningPreview preview, string path)
    {
        var browser = await Chromium.SharedAsync();
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "sv-SE" });
        context.SetDefaultTimeout(Wait);
        var page = await context.NewPageAsync();
        await page.GotoAsync(preview.Host.Url + path);
        var deadline = DateTime.UtcNow + RunningPreview.Timeout;
        while (preview.Host.OpenTabs == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "the page's script never opened the event stream");
            await Task.Delay(20);
        }
        return page;
    }

    private static void Edit(RunningPreview preview, string file, string from, string to)
    {
        var path = Path.Combine(preview.Site.Input, file);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        preview.Site.Write(file, text.Replace(from, to, StringComparison.Ordinal));
    }
}
