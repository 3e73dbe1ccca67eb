using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Sodertorn.Site.Diagnostics;

namespace Sodertorn.Site.Markdown.RawHtml;

/// <summary>
/// HTML written into Markdown is trusted content, but it lands inside the site's layout and under its security headers:
/// it may not run script, load other sites, restyle the page against the Content-Security-Policy, or open or close the
/// layout's own elements. Markdig keeps raw HTML as its own nodes (never inside code), so exactly that text is checked.
/// </summary>
public static partial class RawHtmlRules
{
    /// <summary>Elements that run code, load another site, post data, or belong to the layout; what to write instead.</summary>
    private static readonly Dictionary<string, string> Forbidden = new(StringComparer.OrdinalIgnoreCase)
    {
        ["script"] = "ta bort skriptet; webbplatsen kör inga skript från innehållet",
        ["noscript"] = "ta bort elementet; webbplatsen kör inga skript från innehållet",
        ["style"] = "ta bort elementet; utseendet kommer från webbplatsens CSS (theme/assets/)",
        ["link"] = "ta bort elementet; utseendet kommer från webbplatsens CSS (theme/assets/)",
        ["iframe"] = "länka till sidan i stället: [text](https://…)",
        ["frame"] = "länka till sidan i stället: [text](https://…)",
        ["frameset"] = "länka till sidan i stället: [text](https://…)",
        ["object"] = "lägg filen i input/filer/ och länka till den",
        ["embed"] = "lägg filen i input/filer/ och länka till den",
        ["applet"] = "lägg filen i input/filer/ och länka till den",
        ["form"] = "ta bort formuläret; webbplatsen tar inte emot uppgifter",
        ["input"] = "ta bort formulärfältet; webbplatsen tar inte emot uppgifter",
        ["button"] = "ta bort knappen; skriv en länk i stället",
        ["textarea"] = "ta bort formulärfältet; webbplatsen tar inte emot uppgifter",
        ["select"] = "ta bort formulärfältet; webbplatsen tar inte emot uppgifter",
        ["meta"] = "ta bort elementet; sidans metadata kommer från front matter och mallen",
        ["base"] = "ta bort elementet; sidans adresser kommer från mallen",
        ["title"] = "skriv sidans titel i front matter (titel: …)",
        ["html"] = "ta bort taggen; sidans ram kommer från mallen",
        ["head"] = "ta bort taggen; sidans ram kommer från mallen",
        ["body"] = "ta bort taggen; sidans ram kommer från mallen",
        ["main"] = "ta bort taggen; sidans huvudinnehåll och landmärken kommer från mallen",
        ["header"] = "ta bort taggen; sidhuvudet kommer från mallen",
        ["footer"] = "ta bort taggen; sidfoten kommer från mallen",
        ["nav"] = "ta bort taggen; menyn kommer från mallen",
        ["svg"] = "lägg bilden som fil i input/filer/ och visa den med ![beskrivning](/filer/…)",
        ["math"] = "skriv formeln som text",
    };

    /// <summary>Elements that never have an end tag.</summary>
    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
        { "area", "br", "col", "hr", "img", "source", "track", "wbr" };

    /// <summary>Elements whose end tag HTML lets the browser infer: leaving it out cannot break the page.</summary>
    private static readonly HashSet<string> OptionalEnd = new(StringComparer.OrdinalIgnoreCase)
        { "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "caption", "rt", "rp", "optgroup", "option" };

    [GeneratedRegex("""<(/?)([A-Za-z][A-Za-z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|<!--.*?-->""", RegexOptions.Singleline)]
    private static partial Regex Tag();

    [GeneratedRegex("""([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?""")]
    private static partial Regex Attribute();

    /// <summary>Reports every forbidden element or attribute and every tag left unbalanced in the body's raw HTML.</summary>
    public static void Check(MarkdownDocument body, Func<MarkdownObject, SourceLocation> locate, DiagnosticBag diagnostics)
    {
        var open = new Stack<(string Name, SourceLocation Where)>();
        var forbiddenOpen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var node in body.Descendants())
        {
            var text = node switch
            {
                HtmlBlock block => block.Lines.ToString(),
                HtmlInline inline => inline.Tag,
                _ => null,
            };
            if (text is null) continue;
            var start = locate(node);
            foreach (Match tag in Tag().Matches(text))
            {
                if (!tag.Groups[2].Success) continue; // a comment
                var where = At(start, text, tag.Index);
                var name = tag.Groups[2].Value;
                var closing = tag.Groups[1].Length > 0;
                if (Forbidden.TryGetValue(name, out var instead))
                {
                    // The end tag of an element already reported is not reported again; one without it would close the layout's.
                    if (!closing)
                    {
                        forbiddenOpen[name] = forbiddenOpen.GetValueOrDefault(name) + 1;
                        diagnostics.Error("html-forbidden", where, $"HTML-elementet <{name.ToLowerInvariant()}> får inte stå i texten", instead);
                    }
                    else if (forbiddenOpen.GetValueOrDefault(name) > 0) forbiddenOpen[name]--;
                    else diagnostics.Error("html-forbidden", where, $"sluttaggen </{name.ToLowerInvariant()}> får inte stå i texten: den skulle stänga ett element i sidans mall", instead);
                    continue;
                }
                if (!closing) CheckAttributes(name, tag.Groups[3].Value, where, diagnostics);
                if (!closing && name.Equals("img", StringComparison.OrdinalIgnoreCase) && !HasText(tag.Groups[3].Value, "alt"))
                    // The same finding as for a Markdown image (Domain/Reading/LinksAndImages).
                    diagnostics.Error("image-alt-missing", where, "bilden saknar en text som säger vad den visar (attributet alt)",
                        "skriv vad bilden visar i alt=\"…\", eller visa bilden med Markdown: ![Karta över laddplatserna i regionen](/filer/…)");
                if (Void.Contains(name) || OptionalEnd.Contains(name) || tag.Groups[3].Value.TrimEnd().EndsWith('/')) continue;
                if (!closing) open.Push((name.ToLowerInvariant(), where));
                else if (open.Any(o => o.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
                {
                    while (open.Count > 0 && !open.Peek().Name.Equals(name, StringComparison.OrdinalIgnoreCase))
                        Unclosed(open.Pop(), diagnostics);
                    open.Pop();
                }
                else
                {
                    diagnostics.Error("html-unbalanced", where, $"sluttaggen </{name.ToLowerInvariant()}> har ingen starttagg före sig i texten, så den skulle stänga ett element i sidans mall",
                        $"ta bort </{name.ToLowerInvariant()}>, eller skriv <{name.ToLowerInvariant()}> där elementet ska börja");
                }
            }
        }
        while (open.Count > 0) Unclosed(open.Pop(), diagnostics);
    }

    private static void Unclosed((string Name, SourceLocation Where) tag, DiagnosticBag diagnostics) =>
        diagnostics.Error("html-unbalanced", tag.Where, $"HTML-elementet <{tag.Name}> stängs aldrig, så resten av sidan (sidfoten också) hamnar inuti det",
            $"skriv </{tag.Name}> där elementet ska sluta");

    private static void CheckAttributes(string element, string attributes, SourceLocation where, DiagnosticBag diagnostics)
    {
        foreach (Match attribute in Attribute().Matches(attributes))
        {
            var name = attribute.Groups[1].Value.ToLowerInvariant();
            var value = ValueOf(attribute);
            if (name.StartsWith("on", StringComparison.Ordinal) && name.Length > 2)
                diagnostics.Error("html-forbidden", where, $"attributet {name} på <{element}> kör skript", $"ta bort {name}=\"…\"; webbplatsen kör inga skript från innehållet");
            else if (name == "style")
                diagnostics.Error("html-forbidden", where, $"attributet style på <{element}> stoppas av sidans säkerhetsregler (Content-Security-Policy) och visas inte",
                    "ta bort style=\"…\"; använd Markdown (**fet**, *kursiv*, rubriker, listor) så följer texten webbplatsens utseende");
            else if (name is "href" or "src" or "action" or "formaction" or "srcset" or "poster" && IsScriptUrl(value, element))
                diagnostics.Error("html-forbidden", where, $"adressen i {name} på <{element}> kör skript eller bäddar in data",
                    "länka till en sida med https://… eller till en fil under /filer/");
        }
    }

    /// <summary>Whether the tag has the attribute with something other than spaces in it.</summary>
    private static bool HasText(string attributes, string attribute) =>
        Attribute().Matches(attributes).Any(a => a.Groups[1].Value.Equals(attribute, StringComparison.OrdinalIgnoreCase) && ValueOf(a).Length > 0);

    /// <summary>An attribute's value, trimmed, however it is quoted (or not).</summary>
    private static string ValueOf(Match attribute) =>
        (attribute.Groups[2].Success ? attribute.Groups[2].Value : attribute.Groups[3].Success ? attribute.Groups[3].Value : attribute.Groups[4].Value).Trim();

    /// <summary>javascript:, vbscript: and data: addresses, apart from data: images, which the policy allows (img-src data:).</summary>
    private static bool IsScriptUrl(string value, string element)
    {
        var compact = new string(value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).ToLowerInvariant();
        if (compact.StartsWith("javascript:", StringComparison.Ordinal) || compact.StartsWith("vbscript:", StringComparison.Ordinal)) return true;
        return compact.StartsWith("data:", StringComparison.Ordinal) &&
               !(element.Equals("img", StringComparison.OrdinalIgnoreCase) && compact.StartsWith("data:image/", StringComparison.Ordinal) && !compact.StartsWith("data:image/svg", StringComparison.Ordinal));
    }

    /// <summary>The file position of the character at <paramref name="offset"/> in a node's text that starts at <paramref name="start"/>.</summary>
    private static SourceLocation At(SourceLocation start, string text, int offset)
    {
        var before = text.AsSpan(0, offset);
        var lines = before.Count('\n');
        return lines == 0
            ? start with { Column = start.Column + offset }
            : start with { Line = start.Line + lines, Column = offset - before.LastIndexOf('\n') };
    }
}
