using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Sodertorn.Site.Content;
using Sodertorn.Site.Diagnostics;

namespace Sodertorn.Site.Domain.Reading;

/// <summary>
/// A link written without an address, '[Bilaga]()' or '[Bilaga](#)', is a link left to fill in: the page would show it
/// as a link that leads back to the page itself (or its top), and the link check, which follows addresses, has none to
/// follow.
/// </summary>
public static class LinkTargets
{
    public const string Code = "link-target-missing";

    public static void Report(ParsedDocument doc, DiagnosticBag diagnostics)
    {
        foreach (var link in doc.Body.Descendants<LinkInline>())
        {
            if (link.IsImage || link.Url is not ("" or "#" or null) || link.IsAutoLink) continue;
            var text = string.Concat(link.Descendants<LiteralInline>().Select(l => l.Content.ToString())).Trim();
            diagnostics.Error(Code, doc.LocationOf(link), $"länken '{text}' har ingen adress",
                $"skriv adressen inom parenteserna, t.ex. [{(text.Length > 0 ? text : "text")}](/filer/namn.pdf), [{(text.Length > 0 ? text : "text")}](xref:id) eller [{(text.Length > 0 ? text : "text")}](https://…), eller ta bort hakparenteserna");
        }
    }
}
