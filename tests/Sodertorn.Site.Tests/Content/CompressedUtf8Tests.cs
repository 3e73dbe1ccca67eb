using System.Text;
using Sodertorn.Site.Content;
using Sodertorn.Site.Domain;
using Sodertorn.Site.Markdown;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Content;

public sealed class CompressedUtf8Tests
{
    [Theory]
    [InlineData("")]
    [InlineData("å")]
    [InlineData("<p>Beslut om Södertörns ärenden: \u0001Olg-2019-01-25\u0002Ledningsgruppens möte\u0003 – klart 😀</p>\n")]
    public void A_text_reads_back_byte_for_byte(string text)
    {
        var held = CompressedUtf8.From(text);
        Assert.Equal(Encoding.UTF8.GetByteCount(text), held.Length);
        Assert.Equal(text, held.ToString());
        Assert.Equal(Encoding.UTF8.GetBytes(text), held.Read(bytes => bytes.ToArray()));
    }

    [Fact]
    public void Every_real_meeting_body_as_the_build_holds_it_takes_under_half_of_its_bytes_and_reads_back_whole()
    {
        var meetings = SharedSites.RealLinked.All.OfType<Meeting>().ToList();
        Assert.NotEmpty(meetings);
        foreach (var meeting in meetings)
        {
            var held = meeting.BodyHtml ?? throw new Xunit.Sdk.XunitException($"{meeting.Source.File}: no body rendered where it was read");
            // What the build renders where it reads the file: the body after the front matter, xref links as placeholders.
            var markdown = FrontMatterSplitter.Split(File.ReadAllText(Path.Combine(Repository.Input, meeting.Source.File))).Body;
            Assert.Equal(Markdig.Markdown.ToHtml(markdown, MarkdownPipelineFactory.ForRenderingAhead), held.ToString());
            Assert.True(held.StoredLength * 2 < held.Length, $"{meeting.Source.File}: {held.StoredLength} bytes held for {held.Length}");
        }
    }

    [Fact]
    public void A_text_larger_than_any_pooled_buffer_reads_back_whole()
    {
        var text = string.Concat(Enumerable.Range(0, 40_000).Select(i => $"<li id=\"b{i}\">Beslut {i}: åtgärd {i * 7919 % 1000}</li>\n"));
        var held = CompressedUtf8.From(text);
        Assert.True(held.Length > 1_048_576);
        Assert.Equal(text, held.ToString());
    }
}
