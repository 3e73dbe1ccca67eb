using Sodertorn.Site.Content;

namespace Sodertorn.Site.Tests.Content;

public sealed class FrontMatterSplitterTests
{
    [Fact]
    public void Splits_yaml_from_body_and_knows_the_body_line()
    {
        var split = FrontMatterSplitter.Split("---\ntyp: sida\nid: om\n---\nFörsta raden\n");
        Assert.Equal("typ: sida\nid: om", split.Yaml);
        Assert.Equal("Första raden\n", split.Body);
        Assert.Equal(5, split.BodyFirstLine);
        Assert.False(split.Unterminated);
    }

    [Fact]
    public void A_file_without_fence_has_no_front_matter()
    {
        Assert.Null(FrontMatterSplitter.Split("typ: sida\n").Yaml);
    }

    [Fact]
    public void An_opening_fence_without_a_closing_one_is_unterminated()
    {
        Assert.True(FrontMatterSplitter.Split("---\ntyp: sida\nText\n").Unterminated);
    }

    [Theory]
    // A closing fence with trailing spaces or a Windows line end, or written as YAML's "...", still closes.
    [InlineData("---\ntyp: sida\n---  \nText", "typ: sida", "Text", 4)]
    [InlineData("---\ntyp: sida\n---\r\nText\r\n", "typ: sida", "Text\r\n", 4)]
    [InlineData("---\ntyp: sida\n...\nText", "typ: sida", "Text", 4)]
    // Empty front matter, and a closing fence on the file's last line: an empty body after it.
    [InlineData("---\n---\nText", "", "Text", 3)]
    [InlineData("---\ntyp: sida\n---", "typ: sida", "", 4)]
    [InlineData("---\ntyp: sida\n---\n", "typ: sida", "", 4)]
    // Only the first closing fence ends the front matter; a later '---' is the body's (a thematic break).
    [InlineData("---\na: 1\nb: 2\n---\nText\n---\nMer", "a: 1\nb: 2", "Text\n---\nMer", 5)]
    public void The_first_closing_fence_ends_the_front_matter(string text, string yaml, string body, int bodyLine)
    {
        var split = FrontMatterSplitter.Split(text);
        Assert.Equal(yaml, split.Yaml);
        Assert.Equal(body, split.Body);
        Assert.Equal(bodyLine, split.BodyFirstLine);
        Assert.False(split.Unterminated);
    }

    [Theory]
    // Without a closing fence, everything after the opening one is front matter, so YAML's errors name the right lines.
    [InlineData("---\ntyp: sida\nText\n", "typ: sida\nText\n", 5)]
    [InlineData("---\n", "", 3)]
    [InlineData("---", "", 2)]
    public void Without_a_closing_fence_the_rest_is_front_matter(string text, string yaml, int bodyLine)
    {
        var split = FrontMatterSplitter.Split(text);
        Assert.True(split.Unterminated);
        Assert.Equal(yaml, split.Yaml);
        Assert.Equal("", split.Body);
        Assert.Equal(bodyLine, split.BodyFirstLine);
    }
}
