using Sodertorn.Site.Markdown;
using Sodertorn.Site.Markdown.Xref;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Markdown;

/// <summary>A body rendered where it is parsed, its links filled in later, reads exactly as one rendered with the index.</summary>
public sealed class XrefPlaceholdersTests
{
    private sealed class Resolver : IXrefResolver
    {
        public XrefTarget? Resolve(string id) => id switch
        {
            "vp-2024" => new XrefTarget(id, "Verksamhetsplan & budget 2024", "/planer/vp-2024/"),
            "lg-2023-02-10#punkt-6" => new XrefTarget(id, "Punkt 6", "/protokoll/lg-2023-02-10/#punkt-6"),
            "vp-2023" => new XrefTarget(id, "Verksamhetsplan och budget 2023", null),
            _ => null,
        };
    }

    private static string WithIndex(string markdown) =>
        Markdig.Markdown.ToHtml(markdown, MarkdownPipelineFactory.Create(new Resolver()));

    private static string Ahead(string markdown) =>
        Markdig.Markdown.ToHtml(Markdig.Markdown.Parse(markdown, MarkdownPipelineFactory.ForParsing), MarkdownPipelineFactory.ForRenderingAhead);

    [Theory]
    [InlineData("Se [planen](xref:vp-2024).")]
    [InlineData("Se [](xref:vp-2024) och [](xref:vp-2024).")]
    [InlineData("Se [planen *nu*](xref:vp-2024 \"Planen för 2024 & mer\").")]
    [InlineData("Se [punkt 6](xref:lg-2023-02-10#punkt-6).")]
    [InlineData("Enligt [VP 2023](xref:vp-2023 \"en titel\") och [](xref:vp-2023).")]
    [InlineData("Enligt [](xref:finns-inte) och [text](xref:finns-inte).")]
    [InlineData("![bild](xref:vp-2024) och [vanlig](https://example.test/?a=1&b=2)")]
    [InlineData("## 1. Punkt {#punkt-1}\n\n::: beslut {#b1 ansvarig=\"Kansliet\" avser=\"vp-2024 vp-2023 finns-inte\"}\nPlanen [antas](xref:vp-2024).\n:::\n")]
    [InlineData("Ingen länk alls, men <b>html</b> och | tabell |\n|---|\n| x |\n")]
    [InlineData("Å ä ö före [](xref:vp-2024), emellan – och efter [länk](xref:vp-2023) ändå.")]
    public void Filled_placeholders_give_what_rendering_with_the_index_gives(string markdown)
    {
        // As entities keep it: UTF-8 (the resolver's titles have å, ä, ö and '&' to escape).
        Assert.Equal(WithIndex(markdown), new XrefPlaceholders(new Resolver()).Fill(System.Text.Encoding.UTF8.GetBytes(Ahead(markdown))));
    }

    [Fact]
    public void Html_without_placeholders_is_decoded_as_it_is()
    {
        const string html = "<p>Inga länkar – åäö.</p>\n";
        Assert.Equal(html, new XrefPlaceholders(new Resolver()).Fill(System.Text.Encoding.UTF8.GetBytes(html)));
    }

    [Fact]
    public void A_body_with_the_placeholder_characters_in_its_text_still_reads_as_written()
    {
        // An author's text may hold a stray control character (pasted from Word); it must not be taken for a placeholder.
        const string body = "Text med \u0001O\u0003 och [planen](xref:vp-2030).\n";
        var (site, _) = ContentFixture.Link(ContentFixture.ValidInput,
            ("sidor/styrtecken.md", "---\ntyp: sida\nid: styrtecken\ntitel: Styrtecken\n---\n" + body));
        var page = site.Pages.Single(p => p.Id == "styrtecken");
        var markdown = MarkdownPipelineFactory.Create(site.Index);
        var html = new Sodertorn.Site.Rendering.PageModels(site, markdown, new DateOnly(2030, 1, 1)).BodyHtml(page);
        Assert.Equal(Markdig.Markdown.ToHtml(body, markdown), html);
        Assert.Contains("\u0001O\u0003", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/planer/vp-2030/\">planen</a>", html, StringComparison.Ordinal);
    }
}
