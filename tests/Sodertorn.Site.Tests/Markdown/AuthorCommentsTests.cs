using Sodertorn.Site.Markdown;

namespace Sodertorn.Site.Tests.Markdown;

/// <summary>HTML comments are notes for the author and never reach the page source; other raw HTML does.</summary>
public sealed class AuthorCommentsTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("ahead")]
    public void A_comment_block_and_a_comment_in_a_sentence_are_left_out_of_the_page(string? pipeline)
    {
        var markdown = "<!-- Fråga Anna om datumet innan det publiceras. -->\nFörsta stycket<!-- inte klart --> fortsätter.\n\n<!--\nflera\nrader\n-->\n\nSista stycket.\n";
        var html = Markdig.Markdown.ToHtml(markdown, pipeline is null ? MarkdownPipelineFactory.ForParsing : MarkdownPipelineFactory.ForRenderingAhead);
        Assert.DoesNotContain("<!--", html);
        Assert.DoesNotContain("Fråga Anna", html);
        Assert.DoesNotContain("rader", html);
        Assert.Contains("<p>Första stycket fortsätter.</p>", html);
        Assert.Contains("<p>Sista stycket.</p>", html);
    }

    [Fact]
    public void Other_raw_html_and_html_after_a_comment_are_kept()
    {
        var html = Markdig.Markdown.ToHtml("<div class=\"ruta\">\nText\n</div>\n\n<!-- not --> <span>kvar</span>\n", MarkdownPipelineFactory.ForParsing);
        Assert.Contains("<div class=\"ruta\">", html);
        Assert.Contains("<span>kvar</span>", html);
    }
}
