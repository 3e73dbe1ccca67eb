using System.Buffers;
using Sodertorn.Site.Rendering;

namespace Sodertorn.Site.Tests.Rendering;

public sealed class WordBreakingOutputTests
{
    [Theory]
    [InlineData("<dl><dt>År</dt><dd>2024</dd></dl>", "<dl><dt>År</dt> <dd>2024</dd> </dl>")]
    [InlineData("<table><tr><th>Mål</th><td>x</td></tr></table>", "<table><tr><th>Mål</th> <td>x</td></tr></table>")]
    [InlineData("<p>inget att göra</p>", "<p>inget att göra</p>")]
    [InlineData("</dd>", "</dd> ")]
    [InlineData("text </d", "text </d")]
    [InlineData("", "")]
    [InlineData("<td>a</td><th>b</th>", "<td>a</td><th>b</th> ")]
    [InlineData("<DD>x</DD>", "<DD>x</DD>")]
    [InlineData("</d</dd></th></td>", "</d</dd> </th> </td>")]
    public void Word_breaks_put_a_space_after_the_end_of_each_term_description_and_header_cell(string html, string expected)
    {
        var whole = new WordBreakingOutput();
        whole.Write(html, 0, html.Length);
        Assert.Equal(expected, whole.ToString());
        // Written in pieces, as Scriban writes a template's text and values: a tag split over two or three writes counts too.
        for (var first = 0; first <= html.Length; first++)
            for (var second = first; second <= html.Length; second++)
            {
                var pieces = new WordBreakingOutput();
                pieces.Write(html, 0, first);
                pieces.Write(html, first, second - first);
                pieces.Write(html, second, html.Length - second);
                Assert.Equal(expected, pieces.ToString());
            }
    }

    [Theory]
    [InlineData("<dl><dt>År</dt><dd>2024</dd></dl>", "<dl><dt>År</dt> <dd>2024</dd> </dl>")]
    [InlineData("<table><tr><th>Mål</th><td>x</td></tr></table>", "<table><tr><th>Mål</th> <td>x</td></tr></table>")]
    [InlineData("</d</dd></th></td>", "</d</dd> </th> </td>")]
    public void Text_given_as_a_buffer_writer_gets_the_same_word_breaks(string html, string expected)
    {
        // A page's body is decoded into the output this way (XrefPlaceholders.Fill), in chunks of any length.
        for (var chunk = 1; chunk <= html.Length; chunk++)
        {
            var output = new WordBreakingOutput();
            IBufferWriter<char> writer = output;
            for (var at = 0; at < html.Length; at += chunk)
            {
                var piece = html.AsSpan(at, Math.Min(chunk, html.Length - at));
                piece.CopyTo(writer.GetSpan(piece.Length));
                writer.Advance(piece.Length);
            }
            Assert.Equal(expected, output.ToString());
        }
    }

    [Fact]
    public void A_page_larger_than_the_buffer_is_kept_whole_and_the_next_page_starts_empty()
    {
        var output = new WordBreakingOutput();
        var large = string.Concat(Enumerable.Repeat("<dd>värde</dd>", 10_000));
        output.Write(large, 0, large.Length);
        Assert.Equal(large.Replace("</dd>", "</dd> ", StringComparison.Ordinal), output.Written.ToString());

        output.Clear();
        output.Write("<p>nästa</p>", 0, 12);
        Assert.Equal("<p>nästa</p>", output.Written.ToString());
    }
}
