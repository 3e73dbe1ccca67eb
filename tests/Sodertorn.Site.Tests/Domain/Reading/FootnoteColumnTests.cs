using Sodertorn.Site.Domain;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Domain.Reading;

/// <summary>A footnote of the plan's annex whose marker stands in a column header ("Kostnad 1)" in VP 2024).</summary>
public sealed class FootnoteColumnTests
{
    private const string Plan = "---\ntyp: verksamhetsplan\nid: vp-2030\ntitel: Verksamhetsplan 2030\når: 2030\nkommunikationsfotnoter:\n  - nr: 1\n    {0}\n    text: Kostnaden …\n---\n";

    [Fact]
    public void A_footnote_names_the_column_whose_header_carries_its_marker()
    {
        var (entity, diagnostics) = ContentFixture.Read("p.md", Plan.Replace("{0}", "kolumn: Kostnad"));
        Assert.Empty(diagnostics.Sorted());
        Assert.Equal(new Footnote(1, "Kostnaden …", "Kostnad"), Assert.Single(Assert.IsType<Plan>(entity).CommunicationFootnotes));
    }

    [Fact]
    public void A_column_the_table_does_not_have_is_an_error_that_names_the_columns()
    {
        var (_, diagnostics) = ContentFixture.Read("p.md", Plan.Replace("{0}", "kolumn: Pris"));
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal("footnote-column-unknown", error.Code);
        Assert.Contains("Nr, Aktivitet, När, Kostnad", error.Suggestion);
    }
}
