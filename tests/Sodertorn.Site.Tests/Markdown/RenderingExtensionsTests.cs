using Sodertorn.Site.Markdown;
using Sodertorn.Site.Markdown.Xref;

namespace Sodertorn.Site.Tests.Markdown;

public sealed class RenderingExtensionsTests
{
    private sealed class Resolver : IXrefResolver
    {
        public XrefTarget? Resolve(string id) => id switch
        {
            "vp-2024" => new XrefTarget(id, "Verksamhetsplan och budget 2024", "/planer/vp-2024/"),
            "vp-2023" => new XrefTarget(id, "Verksamhetsplan och budget 2023", null),
            _ => null,
        };
    }

    private static string Html(string markdown) =>
        Markdig.Markdown.ToHtml(markdown, MarkdownPipelineFactory.Create(new Resolver()));

    [Fact]
    public void An_editorial_note_is_set_apart_and_labelled_as_the_sites_own()
    {
        var html = Html("::: anm\n\nBilden återges inte här.\n\n:::\n");
        Assert.Equal(
            "<div class=\"redaktionell\" role=\"note\">\n<p class=\"etikett\"><strong>Webbplatsens anmärkning (står inte i originaldokumentet)</strong></p>\n"
            + "<p>Bilden återges inte här.</p>\n</div>\n", html);
    }

    [Fact]
    public void Xref_link_gets_the_permanent_url_and_keeps_its_text()
    {
        Assert.Equal("<p>Se <a href=\"/planer/vp-2024/\">planen</a>.</p>\n", Html("Se [planen](xref:vp-2024)."));
    }

    [Fact]
    public void Xref_link_without_text_shows_the_target_title()
    {
        Assert.Contains(">Verksamhetsplan och budget 2024</a>", Html("Se [](xref:vp-2024)."));
    }

    /// <summary>The autolink form other generators give xref links: once a link to "xref:vp-2024" that the link check called broken.</summary>
    [Fact]
    public void Xref_autolink_is_a_link_that_shows_the_target_title()
    {
        Assert.Equal("<p>Se <a href=\"/planer/vp-2024/\">Verksamhetsplan och budget 2024</a> och <a href=\"https://example.test/\">https://example.test/</a>.</p>\n",
            Html("Se <xref:vp-2024> och <https://example.test/>."));
    }

    [Fact]
    public void Xref_to_an_unpublished_document_is_text_not_a_dead_link_and_says_so_to_screen_readers()
    {
        var html = Html("Enligt [VP 2023](xref:vp-2023).");
        // The dotted underline shows it; the visually hidden words say it (WCAG 1.3.1), outside the search index.
        Assert.Contains("<span class=\"opublicerad\">VP 2023<span class=\"opublicerad-not\" data-pagefind-ignore> (publiceras inte här)</span></span>", html);
        Assert.DoesNotContain("href", html);
    }

    [Fact]
    public void Ordinary_links_are_untouched()
    {
        Assert.Equal("<p><a href=\"https://example.test/\">x</a></p>\n", Html("[x](https://example.test/)"));
    }

    [Fact]
    public void Decision_is_set_apart_with_label_anchor_permalink_owner_and_target()
    {
        var html = Html("::: beslut {#antas ansvarig=\"Helene Olofsson\" avser=\"vp-2024\"}\nPlanen antas.\n:::\n");
        Assert.Contains("<div class=\"beslut\" id=\"antas\">", html);
        Assert.Contains("<strong>Beslut</strong>", html);
        Assert.Contains("<a class=\"permalank\" href=\"#antas\">Länk till beslutet</a>", html);
        Assert.Contains("<p>Planen antas.</p>", html);
        Assert.Contains("Ansvarig: Helene Olofsson", html);
        Assert.Contains("Avser: <a href=\"/planer/vp-2024/\">Verksamhetsplan och budget 2024</a>", html);
        Assert.DoesNotContain("ansvarig=", html);
    }

    [Fact]
    public void Assignment_is_labelled_as_such()
    {
        var html = Html("::: uppdrag {#svar ansvarig=\"Leif Eriksson\"}\nLeif återkopplar.\n:::\n");
        Assert.Contains("<div class=\"uppdrag\" id=\"svar\">", html);
        Assert.Contains("<strong>Uppdrag</strong>", html);
    }

    [Fact]
    public void Other_containers_render_as_markdig_does()
    {
        Assert.Contains("<div class=\"ruta\">", Html("::: ruta\nText\n:::\n"));
    }
}
