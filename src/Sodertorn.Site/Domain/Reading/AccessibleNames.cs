using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Sodertorn.Site.Content;
using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Markdown.Xref;

namespace Sodertorn.Site.Domain.Reading;

/// <summary>
/// What a screen reader says for the images and links an author writes (WCAG 2.1, 1.1.1 and 2.4.4), checked where they
/// are written, since the browser tests scan the real site and not what the kansli publishes next:
/// <list type="bullet">
/// <item>an image says in words what it shows: '![](karta.png)' gives an empty alt, which marks it as decoration, and a
/// file name for text tells nothing (axe accepts both; images in minutes, plans and goals are content);</item>
/// <item>a link has a text: '[](https://…)' is a link nobody sees and a screen reader reads as its address. (An xref link
/// without text shows its target's title.)</item>
/// </list>
/// </summary>
public static partial class AccessibleNames
{
    public const string ImageCode = "image-alt-missing";
    public const string LinkCode = "link-text-missing";

    [GeneratedRegex(@"^[^\s/\\]+\.(?:png|jpe?g|gif|svg|webp|avif|bmp|tiff?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FileName();

    public static void Report(ParsedDocument doc, DiagnosticBag diagnostics)
    {
        foreach (var link in doc.Body.Descendants<LinkInline>())
        {
            var url = link.Url ?? "";
            var text = TextOf(link);
            if (link.IsImage)
            {
                var advice = $"skriv vad bilden visar inom hakparenteserna, t.ex. ![Karta över laddplatserna i regionen]({url})";
                if (text.Length == 0)
                    diagnostics.Error(ImageCode, doc.LocationOf(link), $"bilden {url} saknar en text som säger vad den visar", advice);
                else if (FileName().IsMatch(text))
                    diagnostics.Error(ImageCode, doc.LocationOf(link), $"bildens text är filens namn ('{text}'), som inte säger vad bilden visar", advice);
            }
            else if (text.Length == 0 && XrefExtension.IdOf(url) is null)
                diagnostics.Error(LinkCode, doc.LocationOf(link), $"länken till {url} har ingen text, så den syns inte på sidan",
                    $"skriv inom hakparenteserna vart länken leder, t.ex. [Namnet på sidan eller filen]({url})");
        }
    }

    /// <summary>The words a link or image is read as: its text, code, and the text of images inside it.</summary>
    private static string TextOf(ContainerInline inline) =>
        string.Concat(inline.Descendants<Inline>().Select(i => i switch
        {
            LiteralInline literal => literal.Content.ToString(),
            CodeInline code => code.Content,
            _ => "",
        })).Trim();
}
