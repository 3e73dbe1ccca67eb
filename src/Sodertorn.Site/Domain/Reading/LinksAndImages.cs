using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Sodertorn.Site.Content;
using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Markdown.Xref;

namespace Sodertorn.Site.Domain.Reading;

/// <summary>
/// The images and links an author writes, checked where they are written, since the browser tests scan the real site and
/// not what the kansli publishes next:
/// <list type="bullet">
/// <item>an image says in words what it shows (WCAG 2.1, 1.1.1): '![](karta.png)' gives an empty alt, which marks it as
/// decoration, and a file name for text tells nothing (axe accepts both; images in minutes, plans and goals are content);</item>
/// <item>a link has a text (2.4.4): '[](https://…)' is a link nobody sees and a screen reader reads as its address. (An
/// xref link without text shows its target's title.)</item>
/// <item>a link has an address: '[Bilaga]()' or '[Bilaga](#)' is a link left to fill in, which would lead back to the
/// page itself, and the link check, which follows addresses, has none to follow.</item>
/// </list>
/// </summary>
public static partial class LinksAndImages
{
    public const string ImageCode = "image-alt-missing";
    public const string LinkCode = "link-text-missing";
    public const string TargetCode = "link-target-missing";

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
            else if (url is "" or "#" && !link.IsAutoLink)
            {
                var shown = text.Length > 0 ? text : "text";
                diagnostics.Error(TargetCode, doc.LocationOf(link), text.Length > 0 ? $"länken '{text}' har ingen adress" : "en länk har varken text eller adress",
                    $"skriv adressen inom parenteserna, t.ex. [{shown}](/filer/namn.pdf), [{shown}](xref:id) eller [{shown}](https://…), eller ta bort hakparenteserna");
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
