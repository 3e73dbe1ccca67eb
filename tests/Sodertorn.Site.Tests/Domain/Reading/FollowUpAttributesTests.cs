using Sodertorn.Site.Domain;
using Sodertorn.Site.Markdown.Decisions;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Domain.Reading;

/// <summary>
/// The follow-up attributes as the minutes reader reads them: Swedish words with å and ö, which Markdig's own attribute
/// parser refuses (Markdown/Decisions/BlockAttributes reads them instead), a deadline, and several ids in one attribute.
/// </summary>
public sealed class FollowUpAttributesTests
{
    private static (Meeting? Meeting, IReadOnlyList<Sodertorn.Site.Diagnostics.Diagnostic> Diagnostics) Read(string blocks)
    {
        var (entity, diagnostics) = ContentFixture.Read("protokoll/lg-2030-04-12.md",
            "---\ntyp: protokoll\nid: lg-2030-04-12\norgan: ledningsgruppen\ndatum: 2030-04-12\n---\n\n## 1. Uppföljning {#uppfoljning}\n\n" + blocks);
        return (entity as Meeting, diagnostics.Sorted());
    }

    [Fact]
    public void Swedish_attribute_words_are_read_with_the_id_and_every_other_attribute()
    {
        const string line = "::: beslut {#lagesrapport avser=\"vp-2030\" återrapporterar=\"lg-2030-03-01/komplettera lg-2030-01-20/utred\" slutför='lg-2030-03-01/aterkoppla' ansvarig=\"Bo Kansli\" senast=\"2030-09-30\"}";
        var (meeting, diagnostics) = Read(line + "\nText.\n:::\n");
        Assert.Empty(diagnostics);
        var decision = Assert.Single(meeting!.AgendaItems[0].Decisions);
        Assert.Equal(("lagesrapport", "Bo Kansli", new DateOnly(2030, 9, 30)), (decision.LocalId, decision.Owner, decision.Deadline!.Value));
        Assert.Equal(["vp-2030"], decision.ActsOn);
        Assert.Equal(
            [(FollowUpKind.ReportBack, "lg-2030-03-01/komplettera"), (FollowUpKind.ReportBack, "lg-2030-01-20/utred"), (FollowUpKind.Complete, "lg-2030-03-01/aterkoppla")],
            decision.FollowUps.Select(f => (f.Kind, f.Target)));
        // Each id is a reference to be resolved, reported where its attribute is written.
        Assert.Equal(line.IndexOf("återrapporterar=", StringComparison.Ordinal) + 1, meeting.References.Single(r => r.TargetId == "lg-2030-03-01/komplettera").Location.Column);
    }

    [Fact]
    public void An_assignment_may_follow_up_too_and_withdraw()
    {
        var (meeting, diagnostics) = Read("::: uppdrag {#ny-karta ansvarig=\"Anna Exempel\" återkallar=\"lg-2030-03-01/komplettera\"}\nAnna tar fram en ny karta.\n:::\n");
        Assert.Empty(diagnostics);
        var assignment = Assert.Single(meeting!.AgendaItems[0].Assignments);
        Assert.Equal((FollowUpKind.Withdraw, "lg-2030-03-01/komplettera"), (assignment.FollowUps[0].Kind, assignment.FollowUps[0].Target));
        Assert.Null(assignment.Deadline);
    }

    [Theory]
    [InlineData("aterrapporterar", "menade du 'återrapporterar'")]
    [InlineData("slutfor", "menade du 'slutför'")]
    [InlineData("senaste", "menade du 'senast'")]
    public void A_misspelt_attribute_is_told_the_right_word(string written, string hint)
    {
        var (_, diagnostics) = Read($"::: beslut {{#kartan-klar {written}=\"lg-2030-03-01/komplettera\"}}\nText.\n:::\n");
        var error = Assert.Single(diagnostics);
        Assert.Equal("attribute-unknown", error.Code);
        Assert.Contains(hint, error.Suggestion, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("senast=\"16 mars\"", "date-format")]
    [InlineData("senast=\"2030-02-30\"", "date-impossible")]
    public void A_deadline_that_is_not_a_date_is_an_error_at_the_attribute(string attribute, string code)
    {
        const string start = "::: beslut {#kartan ansvarig=\"Bo Kansli\" ";
        var (meeting, diagnostics) = Read(start + attribute + "}\nText.\n:::\n");
        var error = Assert.Single(diagnostics);
        Assert.Equal((code, start.Length + 1), (error.Code, error.Location.Column));
        Assert.Null(meeting!.AgendaItems[0].Decisions[0].Deadline);
    }

    [Theory]
    [InlineData("{#ab återkallar=\"x/y\"}", "ab", "återkallar", "x/y")]
    [InlineData("{ #ab  slutför='a b' }", "ab", "slutför", "a b")]
    [InlineData("{#ab senast=2030-01-01 .klass}", "ab", "senast", "2030-01-01")]
    public void A_brace_is_read_into_id_and_attributes(string text, string id, string name, string value)
    {
        var attributes = BlockAttributes.Parse(text)!;
        Assert.Equal(id, attributes.Id);
        Assert.Contains(attributes.Properties!, p => p.Key == name && p.Value == value);
    }

    [Theory]
    [InlineData("#ab slutför=\"x\"")]
    [InlineData("{#ab slutför=\"x}")]
    [InlineData("{#ab slutför=\"x\"y}")]
    [InlineData("{#ab =x}")]
    public void A_malformed_brace_is_left_to_the_reader_errors(string text) => Assert.Null(BlockAttributes.Parse(text));
}
