using Sodertorn.Site.Domain;
using Sodertorn.Site.Authoring.Import;
using Sodertorn.Site.Authoring.Scaffolding;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Authoring.Import;

/// <summary>The source-shaped Word file converted, then read back with the site's own minutes reader.</summary>
public sealed class MinutesImportTests
{
    // The fixture site knows the organs' short names (LG, SSK) but none of the eight municipalities.
    private static readonly Lazy<SiteFacts> FixtureFacts = new(() => SiteFacts.Load(ContentFixture.ValidInput));

    private static Conversion Convert(DocxBuilder docx, string? organ = null)
    {
        using var stream = new MemoryStream(docx.ToBytes());
        return MinutesImporter.Convert(DocxReader.Read(stream), FixtureFacts.Value, organ, null, "minnesanteckningar.docx");
    }

    private static (Conversion Conversion, Meeting Meeting) Imported()
    {
        var conversion = Convert(SourceShapedMinutes.Create());
        Assert.Null(conversion.Error);
        var (entity, diagnostics) = ContentFixture.Read("protokoll/ledningsgruppen/2023-02-10.md", conversion.Markdown!);
        Assert.Empty(diagnostics.Sorted());
        return (conversion, Assert.IsType<Meeting>(entity));
    }

    [Fact]
    public void The_header_block_becomes_front_matter()
    {
        var (_, meeting) = Imported();
        Assert.Equal("lg-2023-02-10", meeting.Id); // organ read from the title, LG from the organ's short name
        Assert.Equal("ledningsgruppen", meeting.Organ);
        Assert.Equal(new DateOnly(2023, 2, 10), meeting.Date);
        Assert.Equal((new TimeOnly(8, 30), new TimeOnly(10, 45)), (meeting.Start!.Value, meeting.End!.Value));
        Assert.Equal("Huddinge kommunhus, lokal Valhall", meeting.Place);
        Assert.Equal(MeetingForm.Hybrid, meeting.Form); // some took part digitally
    }

    [Fact]
    public void Participants_get_municipality_ids_organisations_and_notes()
    {
        var (_, meeting) = Imported();
        Assert.Equal(
        [
            new Participant("Leif Eriksson", "botkyrka", null, "digitalt till ca kl 10"),
            new Participant("Magnus Gyllestad", "haninge", null, "ordförande"),
            new Participant("Camilla Broo", "huddinge", null, null),
            new Participant("Daniela Fuciu", "nykvarn", null, "digitalt"),
            new Participant("Kristina Tidestav", "nynashamn", null, null),
            new Participant("Stefan Hollmark", "sodertalje", null, "till ca kl 10"),
            new Participant("Cynthia Runefjärd", "tyreso", null, null),
            new Participant("Helene Olofsson", null, "Södertörnskommunerna", null),
        ], meeting.Participants);
        Assert.Equal(new Participant("Mats Bergström", "salem", null, null), Assert.Single(meeting.Absentees));
        Assert.Equal(new Participant("Hanna Wiik", null, "Tillväxt- och regionplaneförvaltningen, Region Stockholm", null), Assert.Single(meeting.Guests));
    }

    [Fact]
    public void The_signature_block_gives_secretary_and_adjuster_and_the_last_item_the_next_meeting()
    {
        var (_, meeting) = Imported();
        Assert.Equal("Helene Olofsson", meeting.Secretary);
        Assert.Equal(["Camilla Broo"], meeting.Adjusters);
        Assert.Equal(new NextMeeting(new DateOnly(2023, 4, 28), new TimeOnly(8, 30), new TimeOnly(11, 0), "Huddinge kommunhus", null), meeting.Next);
    }

    [Fact]
    public void Numbered_items_become_agenda_items_with_generated_ids()
    {
        var (_, meeting) = Imported();
        Assert.Equal(
        [
            ("1", "Välkommen", "valkommen"),
            ("2", "Val av justerare", "val-av-justerare"),
            ("3", "Utestående ärenden", "utestaende-arenden"),
            ("4", "Verksamhetsplan och budget (beslutspunkt)", "verksamhetsplan-och-budget-beslutspunkt"),
            ("5", "Södertörnskonferensen 2023", "sodertornskonferensen-2023"),
            ("6", "Nästa möte", "nasta-mote"),
        ], meeting.AgendaItems.Select(i => (i.Number!, i.Title, i.LocalId)));
    }

    [Fact]
    public void Each_decision_bullet_becomes_its_own_decision_and_an_assignment_gets_its_owner()
    {
        var (_, meeting) = Imported();
        var plan = meeting.AgendaItems[3].Decisions;
        Assert.Equal(2, plan.Count);
        Assert.Equal("Helene Olofsson justerar verksamhetsplanen 2023 efter inkomna synpunkter på mötet.", plan[0].Text);
        Assert.Null(plan[0].Owner); // only "får i uppdrag att" names an owner
        Assert.StartsWith("Förslag till verksamhetsplan 2023 kan", plan[1].Text);
        var conference = Assert.Single(meeting.AgendaItems[4].Decisions);
        Assert.Equal("Helene Olofsson", conference.Owner);
        Assert.Equal(["helene-olofsson-justerar", "forslag-till-verksamhetsplan-2023", "se-over-programinnehallet"],
            meeting.AgendaItems.SelectMany(i => i.Decisions).Select(d => d.LocalId));
        Assert.All(meeting.AgendaItems.Where(i => i.Number is "1" or "2" or "3" or "6"), i => Assert.Empty(i.Decisions));
    }

    [Fact]
    public void Bullet_lists_stay_lists_and_labels_stay_text()
    {
        var markdown = Imported().Conversion.Markdown!;
        Assert.Contains("\n- Planera möte med mellan Samarbetskommittén och Regions Stockholm samt Stockholm stad (Helene Olofsson).\n- Reda ut varför Teams", markdown);
        Assert.Contains("\n- I verksamhetsplanen behöver det framgå att infrastrukturprioriteringar bevakas.\n- Södertörns kommunerna", markdown);
        Assert.Contains("\nFörslag Verksamhetsplan och budget 2023\n", markdown);
        Assert.Contains("\nSynpunkter som nämns:\n", markdown);
        Assert.DoesNotContain("Beslut:", markdown); // the site prints the label itself
    }

    [Fact]
    public void A_line_that_cannot_be_placed_is_kept_as_text_and_warned_about()
    {
        var (conversion, _) = Imported();
        var warning = Assert.Single(conversion.Warnings);
        Assert.Equal(12, warning.Paragraph);
        Assert.StartsWith($"stycke 12: '{SourceShapedMinutes.UnplaceableLine}' kunde inte tolkas", warning.ToString());
        Assert.EndsWith("finns kvar som text", warning.ToString());
        // Kept where it stood: after the front matter, before the first item, as the minutes' introduction.
        Assert.Contains($"---\n\n{SourceShapedMinutes.UnplaceableLine}\n\n## 1. Välkommen", conversion.Markdown);
    }

    [Fact]
    public void A_room_alone_does_not_make_the_meeting_in_person_the_form_is_left_out()
    {
        // As the minutes of 25 January 2019: "Plats Norrskogen, StorSthlm", and no word on how the meeting was held.
        var docx = new DocxBuilder()
            .Paragraph("Minnesanteckningar från Södertörnskommunernas ledningsgrupp")
            .Paragraph("Tid\tFredag 25 januari 2019 kl 08.30-11.30")
            .Paragraph("Plats\tNorrskogen, StorSthlm")
            .Numbered("Incheckning")
            .Paragraph("Rickard öppnar mötet.");
        var conversion = Convert(docx);
        Assert.DoesNotContain("mötesform", conversion.Markdown!, StringComparison.Ordinal);
        var (entity, diagnostics) = ContentFixture.Read("protokoll/ledningsgruppen/2019-01-25.md", conversion.Markdown!);
        Assert.Empty(diagnostics.Sorted());
        Assert.Null(Assert.IsType<Meeting>(entity).Form);
    }

    [Fact]
    public void Word_numbered_headings_and_decision_paragraphs_are_recognised_too()
    {
        var docx = new DocxBuilder()
            .Paragraph("Minnesanteckningar från Södertörnskommunernas samarbetskommitté")
            .Paragraph("Tid\tTorsdag 16 mars 2023 kl 13.00-15.00")
            .Paragraph("Plats\tDigitalt via Teams")
            .Numbered("Årsredovisning 2022")
            .Paragraph("Årsredovisningen är försenad.")
            .Paragraph("Beslut")
            .Paragraph("Frågan bordläggs till nästa möte.")
            .Paragraph("Kansliet får i uppdrag att skicka ut underlaget i tid.")
            .Numbered("Övriga frågor")
            .Numbered("Nytt förslag", level: 1)
            .Paragraph("Inga övriga frågor.");
        var conversion = Convert(docx);
        var (entity, diagnostics) = ContentFixture.Read("protokoll/samarbetskommitten/2023-03-16.md", conversion.Markdown!);
        Assert.Empty(diagnostics.Sorted());
        var meeting = Assert.IsType<Meeting>(entity);
        Assert.Equal(("samarbetskommitten", "ssk-2023-03-16"), (meeting.Organ, meeting.Id));
        Assert.Equal(MeetingForm.Digital, meeting.Form);
        Assert.Equal([("1", "Årsredovisning 2022"), ("2", "Övriga frågor")], meeting.AgendaItems.Select(i => (i.Number!, i.Title)));
        Assert.Equal(["Frågan bordläggs till nästa möte.", "Kansliet får i uppdrag att skicka ut underlaget i tid."],
            meeting.AgendaItems[0].Decisions.Select(d => d.Text));
        Assert.Equal("Kansliet", meeting.AgendaItems[0].Decisions[1].Owner);
        Assert.Contains("\n1. Nytt förslag\n", conversion.Markdown); // a sub-level number is a list, not an item
    }

    [Fact]
    public void A_decision_label_with_nothing_after_it_and_a_decision_before_item_one_stay_text_with_warnings()
    {
        var docx = new DocxBuilder()
            .Paragraph("Minnesanteckningar från Södertörnskommunernas ledningsgrupp")
            .Paragraph("Tid\t6 oktober 2022 kl 13.00-13.45")
            .Paragraph("Beslut: Ingen dagordning behövdes.")
            .Paragraph("1. Nytt utvecklingsprogram")
            .Paragraph("Beslut")
            .Paragraph("2. Övriga frågor");
        var conversion = Convert(docx);
        Assert.Equal([3, 5], conversion.Warnings.Select(w => w.Paragraph));
        var (_, diagnostics) = ContentFixture.Read("protokoll/ledningsgruppen/2022-10-06.md", conversion.Markdown!);
        Assert.Empty(diagnostics.Sorted());
        Assert.Contains("Beslut: Ingen dagordning behövdes.", conversion.Markdown);
    }

    [Fact]
    public void A_header_laid_out_as_a_table_reads_like_tab_separated_lines()
    {
        var docx = new DocxBuilder()
            .Paragraph("Minnesanteckningar från Södertörnskommunernas ledningsgrupp")
            .TableRow("Tid", "Fredagen den 10 februari 2023 kl 8.30-10.45")
            .TableRow("Plats", "Digitalt via Teams")
            .TableRow("Deltagare", "Leif Eriksson\nCamilla Broo", "Botkyrka\nHuddinge kommun, ordförande")
            .TableRow("Ej närvarande", "Mats Bergström", "Salem")
            .Paragraph("1. Årsredovisning")
            .Paragraph("Beslut:")
            .Paragraph("Inga beslut.");
        var conversion = Convert(docx);
        var (entity, _) = ContentFixture.Read("protokoll/ledningsgruppen/2023-02-10.md", conversion.Markdown!);
        var meeting = Assert.IsType<Meeting>(entity);
        Assert.Equal([new Participant("Leif Eriksson", "botkyrka", null, null), new Participant("Camilla Broo", "huddinge", null, "ordförande")],
            meeting.Participants);
        Assert.Equal("salem", Assert.Single(meeting.Absentees).Municipality);
        Assert.Equal((MeetingForm.Digital, "Digitalt via Teams"), (meeting.Form!.Value, meeting.Place));
        Assert.Empty(meeting.AgendaItems[0].Decisions); // "Inga beslut." says nothing was decided
        Assert.Empty(conversion.Warnings);
    }

    [Fact]
    public void A_signature_word_inside_the_body_does_not_end_the_agenda()
    {
        var docx = new DocxBuilder()
            .Paragraph("Minnesanteckningar från Södertörnskommunernas ledningsgrupp")
            .Paragraph("Tid\t6 oktober 2022 kl 13.00-13.45")
            .Paragraph("1. Föregående minnesanteckningar")
            .Paragraph("Justeras vid nästa möte, eftersom justeraren var sjuk.")
            .Paragraph("2. Övriga frågor")
            .Paragraph("Inga.")
            .Paragraph("Vid anteckningarna\tJusteras")
            .Paragraph("Helene Olofsson\tStefan Hollmark");
        var conversion = Convert(docx);
        var (entity, _) = ContentFixture.Read("protokoll/ledningsgruppen/2022-10-06.md", conversion.Markdown!);
        var meeting = Assert.IsType<Meeting>(entity);
        Assert.Equal(["1", "2"], meeting.AgendaItems.Select(i => i.Number!));
        Assert.Contains("\nJusteras vid nästa möte, eftersom justeraren var sjuk.\n", conversion.Markdown);
        Assert.Equal(("Helene Olofsson", "Stefan Hollmark"), (meeting.Secretary, Assert.Single(meeting.Adjusters)));
        Assert.Empty(conversion.Warnings);
    }

    [Fact]
    public void Without_a_date_or_an_organ_nothing_is_converted_and_the_error_says_which_option_helps()
    {
        var noDate = Convert(new DocxBuilder().Paragraph("Minnesanteckningar från ledningsgruppen").Paragraph("1. Välkommen"));
        Assert.Contains("--datum", noDate.Error);
        var noOrgan = Convert(new DocxBuilder().Paragraph("Minnesanteckningar").Paragraph("Tid\t1 mars 2023").Paragraph("1. Välkommen"));
        Assert.Contains("--organ", noOrgan.Error);
        Assert.Null(noOrgan.Markdown);
    }
}
