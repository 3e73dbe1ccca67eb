using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Sodertorn.Site.Content;
using Sodertorn.Site.Diagnostics;

namespace Sodertorn.Site.Domain.Reading;

/// <summary>
/// Every image an author puts on a page says in words what it shows (WCAG 2.1, 1.1.1): a screen reader reads the text
/// in the brackets, and a reader whose image does not load sees it. '![](karta.png)' gives an empty alt, which marks
/// the image as decoration, and a file name for text tells nothing; axe accepts both, so the build is where they are
/// caught. Images in minutes, plans and goals are content, never decoration.
/// </summary>
public static partial class ImageAlternatives
{
    public const string Code = "image-alt-missing";

    [GeneratedRegex(@"^[^\s/\\]+\.(?:png|jpe?g|gif|svg|webp|avif|bmp|tiff?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FileName();

    public static void Report(ParsedDocument doc, DiagnosticBag diagnostics)
    {
        foreach (var image in doc.Body.Descendants<LinkInline>())
        {
            if (!image.IsImage) continue;
            var text = string.Concat(image.Descendants<Inline>().Select(i => i switch
            {
                LiteralInline literal => literal.Content.ToString(),
                CodeInline code => code.Content,
                _ => "",
            })).Trim();
            var file = image.Url ?? "";
            if (text.Length == 0)
                diagnostics.Error(Code, doc.LocationOf(image), $"bilden {file} saknar en text som säger vad den visar",
                    $"skriv vad bilden visar inom hakparenteserna, t.ex. ![Karta över laddplatserna i regionen]({file})");
            else if (FileName().IsMatch(text))
                diagnostics.Error(Code, doc.LocationOf(image), $"bildens text är filens namn ('{text}'), som inte säger vad bilden visar",
                    $"skriv vad bilden visar inom hakparenteserna, t.ex. ![Karta över laddplatserna i regionen]({file})");
        }
    }
}
