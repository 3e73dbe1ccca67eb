using System.Text;
using Sodertorn.Site.Content;
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
    public void A_real_meeting_body_is_held_in_under_half_of_its_bytes_and_reads_back_whole()
    {
        // The minutes' bodies as the build renders them: what it holds from reading to their pages.
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Repository.Input, "protokoll"), "*.md", SearchOption.AllDirectories))
        {
            var markdown = File.ReadAllText(file);
            var html = Markdig.Markdown.ToHtml(markdown[markdown.IndexOf("\n---", 4, StringComparison.Ordinal)..]);
            var held = CompressedUtf8.From(html);
            Assert.Equal(html, held.ToString());
            Assert.True(held.StoredLength * 2 < held.Length, $"{file}: {held.StoredLength} bytes held for {held.Length}");
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
