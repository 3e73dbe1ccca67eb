using System.Text.RegularExpressions;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Rendering;

/// <summary>
/// A page is written through buffers its render worker keeps from page to page (Rendering/RenderWorkers: one for the page's
/// own layout, one for the whole page). What a reader would see go wrong: a long page cut short or repeated, or text of one
/// page turning up in another.
/// </summary>
public sealed class SiteRendererTests
{
    [Fact]
    public void A_page_far_longer_than_the_render_buffers_is_written_whole_and_nothing_of_it_reaches_another_page()
    {
        using var site = TempSite.CopyOf("valid");
        // About 700 000 characters, twenty times what the buffers start with; each paragraph numbered.
        const int Paragraphs = 4000;
        var body = string.Join("\n\n", Enumerable.Range(1, Paragraphs).Select(n => $"Stycke {n}: {new string('x', 160)} slutord{n}."));
        site.Write("sidor/om.md", $"---\ntyp: sida\nid: om\ntitel: Om samverkan\n---\n{body}\n");

        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var html = site.ReadOutput("om/index.html");
        var numbers = Regex.Matches(html, @"slutord(\d+)\.").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Enumerable.Range(1, Paragraphs), numbers);
        // The page's layout stands whole inside the base layout: after it the footer, and the page ends.
        Assert.True(html.IndexOf("<footer", StringComparison.Ordinal) > html.IndexOf($"slutord{Paragraphs}.", StringComparison.Ordinal));
        Assert.EndsWith("</html>\n", html, StringComparison.Ordinal);
        Assert.Equal(1, Regex.Count(html, "<main"));

        var others = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories)
            .Where(f => Path.GetRelativePath(site.Output, f) != Path.Combine("om", "index.html"))
            .Where(f => File.ReadAllText(f).Contains("slutord", StringComparison.Ordinal)).ToList();
        Assert.Empty(others);
    }
}
