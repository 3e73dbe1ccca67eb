using Sodertorn.Site.Domain;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Domain.Reading;

/// <summary>Decision and assignment texts with lines wrapped as OCR and Word exports wrap them: one space where a line broke.</summary>
public sealed class ContainerTextTests
{
    /// <summary>Soft breaks, hard breaks with two trailing spaces and with a backslash, and a wrapped line indented.</summary>
    public const string WrappedMinutes = """
        ---
        typ: protokoll
        id: lg-2030-03-01
        organ: ledningsgruppen
        datum: 2030-03-01
        ---
        ## 1. Laddplatser {#laddplatser}

        ::: beslut {#kartan-godkands avser="vp-2030-laddplatser"}
        Ledningsgruppen beslutar att ett
        extra insatt möte hålls i maj  
        och att kartan\
           godkänns.
        :::

        ::: uppdrag {#utreda ansvarig="Rickard Exempel"}
        Kansliet får i uppdrag att utreda frågan tillsammans med samma personer som
        Rickard föreslog, och att återkomma.

        - en punkt som
          fortsätter på nästa rad
        > ett citat som
        > fortsätter
        :::
        """;

    private static AgendaItem Item()
    {
        var (entity, diagnostics) = ContentFixture.Read("protokoll/lg-2030-03-01.md", WrappedMinutes);
        Assert.Empty(diagnostics.Sorted());
        return Assert.Single(Assert.IsType<Meeting>(entity).AgendaItems);
    }

    [Fact]
    public void Soft_and_hard_line_breaks_in_a_decision_become_single_spaces()
    {
        Assert.Equal("Ledningsgruppen beslutar att ett extra insatt möte hålls i maj och att kartan godkänns.", Assert.Single(Item().Decisions).Text);
    }

    [Fact]
    public void Paragraphs_list_items_and_quotes_in_an_assignment_keep_their_structure_and_lose_only_their_wrapping()
    {
        Assert.Equal(
            "Kansliet får i uppdrag att utreda frågan tillsammans med samma personer som Rickard föreslog, och att återkomma.\n\n" +
            "- en punkt som fortsätter på nästa rad\n> ett citat som fortsätter",
            Assert.Single(Item().Assignments).Text);
    }
}
