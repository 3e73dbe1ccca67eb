namespace Sodertorn.Site.Tests.Browser;

/// <summary>
/// A reference to a document that is not published here, as a sighted visitor sees it in Chromium: the words
/// "(publiceras inte här)" on screen, and the name in the text's own colour, with nothing that looks like a link.
/// </summary>
public sealed class UnpublishedReferenceTests(RealSiteBrowser browser) : IClassFixture<RealSiteBrowser>
{
    [Fact]
    public async Task The_note_is_visible_and_the_name_does_not_look_like_a_link()
    {
        await using var page = await browser.OpenAsync("/protokoll/lg-2023-02-10/");
        var references = await page.Page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('main .opublicerad')].map(e => {
              const s = getComputedStyle(e), p = getComputedStyle(e.parentElement), note = e.lastElementChild;
              const r = note.getBoundingClientRect();
              return [e.textContent.trim(), s.color === p.color, s.textDecorationLine, s.borderBottomStyle, s.cursor,
                      note.checkVisibility() && r.width > 10 && r.height > 5].join(' | ');
            })
            """);

        Assert.NotEmpty(references);
        Assert.All(references, r => Assert.EndsWith("(publiceras inte här) | true | none | none | auto | true", r, StringComparison.Ordinal));
    }
}
