using Sodertorn.Site.Rendering;

namespace Sodertorn.Site.Tests.Rendering;

public sealed class TemplateFunctionsTests
{
    [Theory]
    [InlineData("<dl><dt>År</dt><dd>2024</dd></dl>", "<dl><dt>År</dt> <dd>2024</dd> </dl>")]
    [InlineData("<table><tr><th>Mål</th><td>x</td></tr></table>", "<table><tr><th>Mål</th> <td>x</td></tr></table>")]
    [InlineData("<p>inget att göra</p>", "<p>inget att göra</p>")]
    [InlineData("</dd>", "</dd> ")]
    [InlineData("text </d", "text </d")]
    [InlineData("", "")]
    public void Word_breaks_put_a_space_after_the_end_of_each_term_description_and_header_cell(string html, string expected) =>
        Assert.Equal(expected, TemplateFunctions.WordBreaks(html));
}
