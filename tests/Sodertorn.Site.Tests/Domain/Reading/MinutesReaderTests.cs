using Sodertorn.Site.Domain;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Domain.Reading;

public sealed class MinutesReaderTests
{
    private static Meeting Example()
    {
        var (entity, diagnostics) = ContentFixture.Read("protokoll/lg-2030-03-01.md", ContentFixture.ValidFile("protokoll/lg-2030-03-01.md"));
        Assert.Empty(diagnostics.Sorted());
        return Assert.IsType<Meeting>(entity);
    }

    [Fact]
    public void An_editorial_note_in_minutes_is_neither_a_decision_nor_an_unknown_container()
    {
        var text = "---\ntyp: protokoll\nid: lg-2030-03-01\norgan: ledningsgruppen\ndatum: 2030-03-01\n---\n\n"
            + "## 1. Välkommen {#valkommen}\n\n::: anm\n\nBilden återges inte här.\n\n:::\n";
        var (entity, diagnostics) = ContentFixture.Read("protokoll/lg-2030-03-01.md", text);
        Assert.Empty(diagnostics.Sorted());
        Assert.Empty(Assert.Single(Assert.IsType<Meeting>(entity).AgendaItems).Decisions);
    }

    [Fact]
    public void Header_facts_come_from_front_matter()
    {
        var meeting = Example();
        Assert.Equal("ledningsgruppen", meeting.Organ);
        Assert.Equal(new DateOnly(2030, 3, 1), meeting.Date);
        Assert.Equal(new TimeOnly(8, 30), meeting.Start); // written "8.30", the Swedish way
        Assert.Equal(new TimeOnly(10, 0), meeting.End);
        Assert.Equal(MeetingForm.Hybrid, meeting.Form);
        Assert.Equal(new Participant("Anna Exempel", "exempelby", null, "ordförande"), meeting.Participants[0]);
        Assert.Equal(new Participant("Bo Kansli", null, "Södertörnskommunerna", null), meeting.Participants[1]);
        Assert.Equal("Cecilia Borta", Assert.Single(meeting.Absentees).Name);
        Assert.Equal("Bo Kansli", meeting.Secretary);
        Assert.Equal(["Anna Exempel"], meeting.Adjusters);
        Assert.Equal(new DateOnly(2030, 4, 12), meeting.Next?.Date);
    }

    [Fact]
    public void Agenda_items_carry_their_number_title_and_written_id()
    {
        var items = Example().AgendaItems;
        Assert.Equal([("laddplatser", "1", "Laddplatser"), ("ovriga-fragor", "2", "Övriga frågor")],
            items.Select(i => (i.LocalId, i.Number!, i.Title)));
        Assert.Equal(27, items[0].Source.Line);
    }

    [Fact]
    public void Decisions_and_assignments_belong_to_the_item_where_they_were_taken()
    {
        var items = Example().AgendaItems;
        var approve = items[0].Decisions[0];
        Assert.Equal(("kartan-godkands", "Kartan godkänns.", null), (approve.LocalId, approve.Text, approve.Owner));
        Assert.Equal(["vp-2030-laddplatser"], approve.ActsOn);
        Assert.Equal(31, approve.Source.Line);
        Assert.Equal("Bo Kansli", items[0].Decisions[1].Owner);
        Assert.Empty(items[1].Decisions);
        var assignment = Assert.Single(items[1].Assignments);
        Assert.Equal(("aterkoppla", "Anna Exempel"), (assignment.LocalId, assignment.Owner));
    }

    [Fact]
    public void Moving_an_item_keeps_its_identifiers()
    {
        var text = ContentFixture.ValidFile("protokoll/lg-2030-03-01.md");
        var start = text.IndexOf("## 1.", StringComparison.Ordinal);
        var middle = text.IndexOf("## 2.", StringComparison.Ordinal);
        var reordered = text[..start] + text[middle..].TrimEnd() + "\n\n" + text[start..middle].Replace("## 1.", "## 3.");
        var (entity, diagnostics) = ContentFixture.Read("protokoll/lg-2030-03-01.md", reordered);

        Assert.Empty(diagnostics.Sorted());
        var meeting = Assert.IsType<Meeting>(entity);
        Assert.Equal(["ovriga-fragor", "laddplatser"], meeting.AgendaItems.Select(i => i.LocalId));
        Assert.Equal(["kartan-godkands", "komplettera"], meeting.AgendaItems[1].Decisions.Select(d => d.LocalId));
    }

    [Fact]
    public void Minutes_without_organ_or_date_report_both_fields()
    {
        var (_, diagnostics) = ContentFixture.Read("protokoll/x.md", "---\ntyp: protokoll\nid: lg-x\n---\n");
        var codes = diagnostics.Sorted().Select(d => (d.Code, d.Message)).ToList();
        Assert.Contains(("field-missing", "fältet 'organ' saknas"), codes);
        Assert.Contains(("field-missing", "fältet 'datum' saknas"), codes);
    }

    /// <summary>Facts that contradict each other are errors at the line to change, not at the top of the file.</summary>
    [Theory]
    [InlineData("slut: \"10:00\"", "slut: \"08:00\"", "time-order", 7, "mötet slutar (08:00) innan det börjar (08:30)")]
    [InlineData("  datum: 2030-04-12", "  datum: 2030-02-12", "date-order", 22, "nästa möte (2030-02-12) är inte efter detta möte (2030-03-01)")]
    public void A_contradiction_in_the_minutes_is_reported_at_the_field_to_change(string line, string replacement, string code, int atLine, string message)
    {
        var text = ContentFixture.ValidFile("protokoll/lg-2030-03-01.md").Replace(line, replacement, StringComparison.Ordinal);
        var (_, diagnostics) = ContentFixture.Read("protokoll/lg-2030-03-01.md", text);

        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal((code, "protokoll/lg-2030-03-01.md", atLine), (error.Code, error.Location.File, error.Location.Line));
        Assert.Equal(message, error.Message);
        Assert.False(string.IsNullOrWhiteSpace(error.Suggestion));
    }
}
