using Markdig;
using Sodertorn.Site.Domain;
using Sodertorn.Site.Authoring.Import;
using Sodertorn.Site.Markdown;

namespace Sodertorn.Site.Tests.Authoring.Import;

/// <summary>The importer's parts on the shapes the real minutes use (source documents 000, 001, 002).</summary>
public sealed class ImportPartsTests
{
    private static readonly ParticipantParser People = new(MunicipalityMatcher.Default);

    [Theory]
    [InlineData("Leif Eriksson\tBotkyrka (digitalt till ca kl 10)", "Leif Eriksson", "botkyrka", null, "digitalt till ca kl 10")]
    [InlineData("Magnus Gyllestad\tHaninge, ordförande", "Magnus Gyllestad", "haninge", null, "ordförande")]
    [InlineData("\tRickard Sundbom\tSödertälje kommun, ordförande (digitalt)", "Rickard Sundbom", "sodertalje", null, "ordförande, digitalt")]
    [InlineData("Tommy Fabricius\tNynäshamns kommun", "Tommy Fabricius", "nynashamn", null, null)]
    [InlineData("Anna Söderström\tSödertörnskommunerna, sekreterare", "Anna Söderström", null, "Södertörnskommunerna", "sekreterare")]
    [InlineData("Leif Eriksson Botkyrka kommun", "Leif Eriksson", "botkyrka", null, null)]
    [InlineData("Petra Kilbäck Nynäshamn", "Petra Kilbäck", "nynashamn", null, null)]
    [InlineData("Rickard Sundbom Södertälje kommun, ordförande", "Rickard Sundbom", "sodertalje", null, "ordförande")]
    [InlineData("Anna Söderström, Södertörnskommunerna, sekreterare", "Anna Söderström", null, "Södertörnskommunerna", "sekreterare")]
    [InlineData("Mats Bergström (digitalt)", "Mats Bergström", null, null, "digitalt")]
    [InlineData("Bette Lundh Malmros\tTillväxt- och regionplaneförvaltningen, Region Stockholm", "Bette Lundh Malmros", null, "Tillväxt- och regionplaneförvaltningen, Region Stockholm", null)]
    public void A_participant_line_gives_name_municipality_or_organisation_and_note(string line, string name, string? municipality, string? organisation, string? note) =>
        Assert.Equal(new Participant(name, municipality, organisation, note), People.Parse(line));

    [Theory]
    [InlineData("Kallelse skickad via Outlook")]
    [InlineData("Magnus Gyllestad hälsar alla välkomna.")]
    [InlineData("2023-02-10")]
    [InlineData("Synpunkter som framförs")]
    public void A_line_that_is_no_person_gives_nothing(string line) => Assert.Null(People.Parse(line));

    [Fact]
    public void Municipalities_of_the_site_are_known_besides_the_eight()
    {
        var matcher = new MunicipalityMatcher([("exempelby", "Exempelby")]);
        Assert.Equal(["exempelby", "tyreso", "salem", null], new[] { "Exempelby kommun", "Tyresö", "Salems kommun", "Stockholms stad" }.Select(matcher.Match));
    }

    [Theory]
    [InlineData("Fredagen den 10 februari 2023 kl 8.30-10.45", "2023-02-10", "08:30", "10:45")]
    [InlineData("Fredag 25 januari 2019 kl 08.30-11.30", "2019-01-25", "08:30", "11:30")]
    [InlineData("Torsdagen den 6 oktober 2022 kl. 13.00–13.45", "2022-10-06", "13:00", "13:45")]
    [InlineData("2024-02-16 kl 9-11.30", "2024-02-16", "09:00", "11:30")]
    [InlineData("den 3 sept 2024", "2024-09-03", null, null)]
    public void Swedish_dates_and_clock_times_are_read(string text, string date, string? start, string? end)
    {
        var found = SwedishTimeText.Find(text);
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), found.Date);
        Assert.Equal(start, found.Start?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(end, found.End?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_date_without_year_is_the_next_such_date_after_the_meeting_with_its_place()
    {
        const string text = "Ledningsgruppen träffas nästa gång den 15 januari kl 8.30-11.00 i Huddinge kommunhus.";
        var found = SwedishTimeText.Find(text, new DateOnly(2023, 12, 8));
        Assert.Equal(new DateOnly(2024, 1, 15), found.Date);
        Assert.Equal("Huddinge kommunhus", SwedishTimeText.PlaceAfter(text, found.EndIndex));
    }

    [Fact]
    public void The_signature_block_pairs_labels_and_names_in_order_also_across_tabs()
    {
        WordParagraph P(int n, string text) => new(n, text);
        var stacked = SignatureParser.Parse([P(1, "Vid anteckningarna"), P(2, "Justeras"), P(3, "Helene Olofsson"), P(4, "Camilla Broo")]);
        Assert.Equal("Helene Olofsson", stacked.Secretary);
        Assert.Equal(["Camilla Broo"], stacked.Adjusters);
        var columns = SignatureParser.Parse([P(1, "Vid anteckningarna\tJusteras"), P(2, "Anna Söderström\tLeif Eriksson\tRickard Sundbom"), P(3, "Bilaga: presentation")]);
        Assert.Equal("Anna Söderström", columns.Secretary);
        Assert.Equal(["Leif Eriksson", "Rickard Sundbom"], columns.Adjusters);
        Assert.Equal(3, Assert.Single(columns.Warnings).Paragraph);
    }

    [Theory]
    [InlineData("Kostnad *ca* 5 % [prel] <b> {#x} a|b ~~c~~ _d_ &amp;")]
    [InlineData("- inte en lista")]
    [InlineData("1. inte en lista heller")]
    [InlineData("# ingen rubrik")]
    [InlineData("::: beslut")]
    [InlineData("> inget citat")]
    public void Word_text_comes_back_as_the_same_text_through_the_sites_markdown(string text)
    {
        var html = Markdig.Markdown.ToHtml(MarkdownText.Paragraph(text), MarkdownPipelineFactory.ForParsing).Trim();
        Assert.Equal($"<p>{System.Net.WebUtility.HtmlEncode(text).Replace("&#39;", "'")}</p>", html);
    }

    [Fact]
    public void Generated_ids_are_unique_short_and_avoid_the_ids_of_the_meeting_page()
    {
        var ids = new LocalIds();
        Assert.Equal("ovriga-fragor", ids.ForItem("Övriga frågor"));
        Assert.Equal("ovriga-fragor-2", ids.ForItem("Övriga frågor"));
        Assert.Equal("nasta-mote", ids.ForItem("Nästa möte"));
        Assert.Equal("punkt-innehall", ids.ForItem("Innehåll"));
        Assert.Equal("punkt-motets-deltagare", ids.ForItem("Mötets deltagare"));
        Assert.Equal("fragan-bordlaggs-till-nasta", ids.ForDecision("Frågan bordläggs till nästa möte."));
        Assert.Equal("helene-olofsson-justerar", ids.ForDecision("Helene Olofsson justerar verksamhetsplanen 2023 efter synpunkter."));
        Assert.True(ids.ForDecision("Transportinfrastrukturprocessens prioriteringslistearbetsgruppsmöten planeras").Length <= 40);
    }
}
