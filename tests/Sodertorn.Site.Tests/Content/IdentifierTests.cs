using Sodertorn.Site.Content;

namespace Sodertorn.Site.Tests.Content;

public sealed class IdentifierTests
{
    [Theory]
    [InlineData("lg-2023-02-10", true)]
    [InlineData("vp-2024", true)]
    [InlineData("Vp-2024", false)]
    [InlineData("mål", false)]
    [InlineData("a--b", false)]
    [InlineData("-a", false)]
    [InlineData("a b", false)]
    [InlineData("b", false)]
    [InlineData("b1", true)]
    [InlineData("ab\n", false)]
    public void Identifier_rule(string value, bool valid) => Assert.Equal(valid, Identifier.IsValid(value));

    [Theory]
    [InlineData("lg-2023-02-10/vp-2023-till-ssk", true)]
    [InlineData("lg-2023-02-10/", false)]
    [InlineData("a/b/c", false)]
    [InlineData("lg-2023-02-10/vp\n", false)]
    public void References_may_name_a_part(string value, bool valid) => Assert.Equal(valid, Identifier.IsReference(value));

    [Theory]
    [InlineData("Nätverket för klimatstrategier", "natverket-for-klimatstrategier")]
    [InlineData("6. Verksamhetsplan & budget", "6-verksamhetsplan-budget")]
    [InlineData("Tyresö", "tyreso")]
    public void Suggestion_is_a_valid_identifier_close_to_what_was_written(string written, string suggested)
    {
        Assert.Equal(suggested, Identifier.Suggest(written));
        Assert.True(Identifier.IsValid(Identifier.Suggest(written)));
    }

    /// <summary>An id names a folder and files of the site: a 300-character one could not be written (255 bytes a name).</summary>
    [Fact]
    public void An_id_has_at_most_80_characters_and_a_long_title_suggests_one_cut_at_a_word()
    {
        Assert.True(Identifier.IsValid(new string('a', 80)));
        Assert.False(Identifier.IsValid(new string('a', 81)));
        Assert.False(Identifier.IsReference("lg-2030-03-01/" + new string('a', 81)));

        var title = string.Join(' ', Enumerable.Repeat("Uppföljning av laddinfrastruktur", 5));
        var suggested = Identifier.Suggest(title);
        Assert.True(Identifier.IsValid(suggested), suggested);
        Assert.StartsWith("uppfoljning-av-laddinfrastruktur-uppfoljning-av-laddinfrastruktur", suggested);
        Assert.EndsWith("-av", suggested);
    }
}
