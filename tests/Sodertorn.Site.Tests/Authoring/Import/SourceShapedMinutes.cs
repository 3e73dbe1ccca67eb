namespace Sodertorn.Site.Tests.Authoring.Import;

/// <summary>
/// A Word file shaped like the real minutes of 10 February 2023 (source document 000): the title, the header
/// block with tab-separated participants, items 1–6 with discussion, a bullet list, "Beslut:" with two
/// bullets, a "Beslut" with an assignment, the next meeting, and the two-column signature block. One line in
/// the participant list ("Kallelse skickad …") is no person and has to come back as a warning.
/// </summary>
public static class SourceShapedMinutes
{
    public const string UnplaceableLine = "Kallelse skickad via Outlook";

    public static DocxBuilder Create(string day = "10 februari 2023") => new DocxBuilder()
        .Paragraph("Minnesanteckningar från Södertörnskommunernas ledningsgrupp", bold: true)
        .Empty()
        .Paragraph($"Tid\tFredagen den {day} kl 8.30-10.45")
        .Paragraph("Plats\tHuddinge kommunhus, lokal Valhall")
        .Empty()
        .Paragraph("Deltagare\tLeif Eriksson\tBotkyrka (digitalt till ca kl 10)")
        .Paragraph("\tMagnus Gyllestad\tHaninge, ordförande")
        .Paragraph("\tCamilla Broo\tHuddinge")
        .Paragraph("\tDaniela Fuciu\tNykvarn (digitalt)")
        .Paragraph("\tKristina Tidestav\tNynäshamns kommun")
        .Paragraph("\tStefan Hollmark\tSödertälje (till ca kl 10)")
        .Paragraph("\tCynthia Runefjärd\tTyresö")
        .Paragraph("\tHelene Olofsson\tSödertörnskommunerna")
        .Paragraph("\t" + UnplaceableLine)
        .Paragraph("Frånvarande\tMats Bergström\tSalems kommun")
        .Paragraph("Övriga deltagare\tHanna Wiik\tTillväxt- och regionplaneförvaltningen, Region Stockholm")
        .Empty()
        .Paragraph("1. Välkommen")
        .Paragraph("Magnus Gyllestad hälsar alla välkomna till årets första ledningsgruppsmöte.")
        .Paragraph("2. Val av justerare")
        .Paragraph("Camilla Broo valdes till justerare.")
        .Paragraph("3. Utestående ärenden")
        .Paragraph("Helene Olofsson går igenom utestående ärenden från tidigare möten. De som kvarstår efter dagens möte är:")
        .Bullet("Planera möte med mellan Samarbetskommittén och Regions Stockholm samt Stockholm stad (Helene Olofsson).")
        .Bullet("Reda ut varför Teams inte fungerar för vissa kommuner (Helene Olofsson).")
        .Paragraph("4. Verksamhetsplan och budget (beslutspunkt)\nFörslag Verksamhetsplan och budget 2023")
        .Paragraph("Helene Olofsson går igenom förslag till verksamhetsplan och budget för 2023. Dokumentet är omarbetat med en ny struktur.")
        .Paragraph("Diskussion")
        .Paragraph("Det nya formatet gillas och verksamhetsplanens föreslagna aktiviteter upplevs som lagom i omfång och konkreta.")
        .Paragraph("Synpunkter som nämns:")
        .Paragraph("- I verksamhetsplanen behöver det framgå att infrastrukturprioriteringar bevakas.")
        .Paragraph("- Södertörns kommunerna ska ta fram ett eget positionspapper om RUFS.")
        .Paragraph("Beslut:")
        .Bullet("Helene Olofsson justerar verksamhetsplanen 2023 efter inkomna synpunkter på mötet.")
        .Bullet("Förslag till verksamhetsplan 2023 kan, efter justeringar, presenteras för beslut på Samarbetskommitténs möte den 16 mars.")
        .Paragraph("5. Södertörnskonferensen 2023")
        .Paragraph("Helene Olofsson presenterar ett utvecklat förslag på innehåll, program och anmälningsförfarande.")
        .Paragraph("Beslut")
        .Bullet("Helene Olofsson får i uppdrag att se över programinnehållet och inarbeta de synpunkter som framförts.")
        .Paragraph("6. Nästa möte")
        .Paragraph("Ledningsgruppen träffas nästa gång den 28 april kl 8.30-11.00 i Huddinge kommunhus.")
        .Paragraph("Magnus Gyllestad avslutar mötet.")
        .Empty()
        .Paragraph("Vid anteckningarna")
        .Paragraph("Justeras")
        .Empty()
        .Paragraph("Helene Olofsson")
        .Paragraph("Camilla Broo");
}
