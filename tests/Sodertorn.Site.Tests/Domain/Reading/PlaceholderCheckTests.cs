using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Domain.Reading;
using Written = Sodertorn.Site.Domain.Placeholders;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Domain.Reading;

/// <summary>The placeholder check on single documents: exactly what 'new' writes, where it would be published.</summary>
public sealed class PlaceholderCheckTests
{
    private static List<Diagnostic> Found(string path, string text) =>
        ContentFixture.Read(path, text).Diagnostics.Sorted().Where(d => d.Code == PlaceholderCheck.Code).ToList();

    [Fact]
    public void Ordinary_prose_with_skriv_in_it_is_not_a_placeholder()
    {
        var text = "---\ntyp: sida\nid: om\ntitel: Skriv till oss\n---\n" +
                   "Skriv till kansliet om du har frågor. Kommunerna skriver under avtalet; beskrivningen skrivs om.\n\n" +
                   "## Skriv ett yttrande {#skriv-ett-yttrande}\n\nSe skriv-eget-id-listan? Nej: [skrivguiden](https://example.test/skriv).\n";
        // "skriv-eget-id-listan" begins with a placeholder id; an id only counts as the whole word it is.
        Assert.Empty(Found("sidor/om.md", text));
    }

    [Fact]
    public void A_placeholder_is_reported_at_its_line_and_column_in_front_matter_and_body()
    {
        var text = $"---\ntyp: sida\nid: om\ntitel: {Written.PageTitle}\n---\nInledning.\n\nFörst text, sedan {Written.PageText}\n";
        var found = Found("sidor/om.md", text);
        Assert.Equal([(4, 8), (8, 19)], found.Select(d => (d.Location.Line, d.Location.Column)));
        Assert.All(found, d => Assert.Equal(Severity.Error, d.Severity));
        Assert.Contains("'Skriv sidans titel' står kvar där sidans titel ska stå", found[0].Message);
        Assert.Equal("skriv sidans rubrik, t.ex. 'titel: Kontakt'", found[0].Suggestion);
    }

    [Fact]
    public void Placeholders_in_comments_and_code_blocks_are_not_published_and_not_reported()
    {
        var text = $"---\ntyp: sida\nid: om\ntitel: Om\n# titel: {Written.PageTitle}\n---\n" +
                   $"<!-- Ersätt '{Written.PageText}' med sidans text. -->\nText.\n\n" +
                   $"```\n{Written.PageText}\n```\n\n    {Written.ActivityComment}\n";
        Assert.Empty(Found("sidor/om.md", text));
    }

    [Fact]
    public void A_placeholder_in_raw_html_other_than_a_comment_is_reported()
    {
        var text = $"---\ntyp: sida\nid: om\ntitel: Om\n---\n<div>\n{Written.PageText}\n</div>\n";
        Assert.Equal(7, Assert.Single(Found("sidor/om.md", text)).Location.Line);
    }

    [Fact]
    public void A_draft_is_checked_too_since_publishing_it_takes_one_line()
    {
        var text = $"---\ntyp: sida\nid: om\ntitel: Om\nutkast: true\n---\n{Written.PageText}\n";
        Assert.Single(Found("sidor/om.md", text));
    }

    [Fact]
    public void The_example_decision_is_reported_for_its_id_what_it_acts_on_and_its_text_and_its_avser_is_no_reference()
    {
        var text = "---\ntyp: protokoll\nid: lg-2030-05-20\norgan: ledningsgruppen\ndatum: 2030-05-20\n---\n" +
                   $"## 1. Laddplatser {{#laddplatser}}\n\n::: beslut {{#{Written.DecisionId} avser=\"{Written.ActsOn}\"}}\n" +
                   $"{Written.DecisionText}\n:::\n";
        var (entity, diagnostics) = ContentFixture.Read("protokoll/lg-2030-05-20.md", text);
        var found = diagnostics.Sorted().Where(d => d.Code == PlaceholderCheck.Code).ToList();
        Assert.Equal([(9, 14), (9, 40), (10, 1)], found.Select(d => (d.Location.Line, d.Location.Column)));
        Assert.DoesNotContain(entity!.References, r => r.TargetId == Written.ActsOn);
    }
}
