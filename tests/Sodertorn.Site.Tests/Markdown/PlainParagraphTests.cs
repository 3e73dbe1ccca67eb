using Sodertorn.Site.Markdown;
using Sodertorn.Site.Markdown.Xref;

namespace Sodertorn.Site.Tests.Markdown;

/// <summary>The shortcut for plain one-line texts must write exactly what Markdig writes, in every pipeline that uses it.</summary>
public sealed class PlainParagraphTests
{
    private sealed class NoTargets : IXrefResolver
    {
        public XrefTarget? Resolve(string id) => null;
    }

    private static readonly Markdig.MarkdownPipeline Site = MarkdownPipelineFactory.Create(new NoTargets());

    // Plain texts hold no links, so the open data's renderer never asks the site for one.
    private static readonly PlainText OpenData = new(null!);

    private static void AssertSameAsMarkdig(string text)
    {
        if (!PlainParagraph.Is(text)) return;
        Assert.Equal(Markdig.Markdown.ToHtml(text, Site), PlainParagraph.Html(text));
        Assert.Equal(OpenData.Of(Markdig.Markdown.Parse(text, PlainText.Pipeline)), OpenData.Of(text));
    }

    [Theory]
    [InlineData("Ledningsgruppen beslutar att godkänna förslaget.")]
    [InlineData("Kansliet får i uppdrag att ta fram ett underlag (se bilaga 2) till mötet i maj.")]
    [InlineData("Beslut: avgiften är 4 kr per invånare, 50 % betalas i förskott; resten/senare?")]
    [InlineData("Södertörnskommunernas ställningstagande ’RUFS 2050’ – it's fine")]
    public void Typical_decision_texts_take_the_shortcut(string text)
    {
        Assert.True(PlainParagraph.Is(text));
        AssertSameAsMarkdig(text);
    }

    [Theory]
    [InlineData("1. Punkt")]
    [InlineData("2024 antas")]
    [InlineData("- en lista")]
    [InlineData("Se www.sodertorn.se")]
    [InlineData("Se https://example.test/")]
    [InlineData("Skriv till mailto:kansliet@example.test")]
    [InlineData("A & B")]
    [InlineData("Planen *antas*")]
    [InlineData("Se [planen](xref:vp-2024)")]
    [InlineData("Två\nrader")]
    [InlineData("Citat \"så här\"")]
    [InlineData(":::")]
    [InlineData(" inledande mellanslag")]
    [InlineData("avslutande mellanslag ")]
    [InlineData("a | b")]
    [InlineData("Text {#id}")]
    public void Texts_with_markup_or_escapes_are_parsed(string text) => Assert.False(PlainParagraph.Is(text));

    [Fact]
    public void Random_texts_that_take_the_shortcut_read_as_markdig_reads_them()
    {
        const string alphabet = "abcdefghijklmnopqrstuvwxyzåäöÅÄÖÉé  0123456789.,;:!?()'’–-+/%§*_`[]{}<>#&\"|~=^\\@\n\t";
        var random = new Random(2040);
        var shortcuts = 0;
        for (var n = 0; n < 20_000; n++)
        {
            var chars = new char[random.Next(1, 30)];
            for (var i = 0; i < chars.Length; i++)
                chars[i] = random.Next(3) == 0 ? alphabet[random.Next(alphabet.Length)] : alphabet[random.Next(33)];
            var text = new string(chars);
            if (PlainParagraph.Is(text)) shortcuts++;
            AssertSameAsMarkdig(text);
        }
        // Most random texts of letters take the shortcut, so the comparison above is not vacuous.
        Assert.True(shortcuts > 2_000, $"only {shortcuts} texts took the shortcut");
    }
}
