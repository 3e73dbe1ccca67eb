using Sodertorn.Site.Markdown;

namespace Sodertorn.Site.Tests.Markdown.Tables;

public sealed class TableLabelsTests
{
    private static string Html(string markdown) => Markdig.Markdown.ToHtml(markdown, MarkdownPipelineFactory.ForParsing);

    [Fact]
    public void A_tables_body_cells_carry_their_column_heading_and_the_table_stacks_on_phones()
    {
        var html = Html("| fil | `innehåll` *här* |\n|---|---|\n| [a.json](/data/a.json) | text |\n");

        Assert.Contains("<table class=\"radkort\">", html, StringComparison.Ordinal);
        Assert.Contains("<td data-label=\"fil\">", html, StringComparison.Ordinal);
        Assert.Contains("<td data-label=\"innehåll här\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<th data-label", html, StringComparison.Ordinal);
    }
}
