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
}
