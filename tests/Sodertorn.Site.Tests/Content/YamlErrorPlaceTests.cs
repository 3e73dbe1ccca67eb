using Sodertorn.Site.Content;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Content;

/// <summary>
/// The YAML errors the writing guide explains ("YAML-fel" in docs/skrivguide.md), as an author meets them: each with
/// the guide's explanation, at the line and column where the mistake is.
/// </summary>
public sealed class YamlErrorPlaceTests
{
    private const string Page = "---\ntyp: sida\nid: om\ntitel: Om oss\n{0}\n---\n\nText.\n";

    [Theory]
    // Emphasis, as the guide teaches it for the body, at the start of a value: YamlDotNet reads an alias and then
    // reports a missing key.
    [InlineData("sammanfattning: *Kort* om sidan", 5, 17, YamlErrorPlace.AliasExplanation)]
    [InlineData("sammanfattning: **Viktigt:** läs", 5, 17, YamlErrorPlace.AliasExplanation)]
    [InlineData("titel: Om oss", 5, 1, "samma fält står två gånger")]
    [InlineData("sammanfattning: @Kontakt", 5, 17, "ett värde börjar med ett tecken som YAML inte tillåter först")]
    [InlineData("nyckelord: [a: b: c]", 5, 17, "en lista inom [ ] eller en grupp inom { } har fel form")]
    [InlineData("nyckelord: [laddning, - klimat]", 5, 23, "ett värde saknas, eller börjar med ett tecken som YAML läser särskilt")]
    [InlineData("sammanfattning: \"Kort om sidan", 5, 17, "ett citattecken stängs aldrig")]
    public void A_mistake_in_front_matter_is_explained_at_its_line(string line, int atLine, int atColumn, string explanation)
    {
        var (_, diagnostics) = ContentFixture.Read("sidor/om.md", string.Format(System.Globalization.CultureInfo.InvariantCulture, Page, line));

        var error = Assert.Single(diagnostics.Sorted(), d => d.Code == "yaml-syntax");
        Assert.Equal(("sidor/om.md", atLine), (error.Location.File, error.Location.Line));
        Assert.StartsWith("YAML-fel: " + explanation, error.Message, StringComparison.Ordinal);
        Assert.Equal(atColumn, error.Location.Column);
    }

    [Fact]
    public void A_tab_in_a_lines_indentation_is_reported_on_that_line()
    {
        var minutes = ContentFixture.ValidFile("protokoll/lg-2030-03-01.md");
        var lines = minutes.Split('\n');
        var indented = Array.FindLastIndex(lines, l => l.StartsWith("  ", StringComparison.Ordinal) && !l.StartsWith("   ", StringComparison.Ordinal) && l.Contains(':', StringComparison.Ordinal) && Array.IndexOf(lines, "---", 1) > Array.IndexOf(lines, l));
        Assert.True(indented > 5, "the fixture's minutes have an indented field late in their front matter");
        lines[indented] = "\t" + lines[indented][2..];

        var (_, diagnostics) = ContentFixture.Read("protokoll/lg-2030-03-01.md", string.Join('\n', lines));

        var error = Assert.Single(diagnostics.Sorted(), d => d.Code == "yaml-syntax");
        Assert.Equal((indented + 1, 1), (error.Location.Line, error.Location.Column));
        Assert.StartsWith("YAML-fel: " + YamlErrorPlace.TabExplanation, error.Message, StringComparison.Ordinal);
    }
}
