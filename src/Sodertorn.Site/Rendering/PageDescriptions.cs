using System.Text;
using Scriban.Runtime;
using Sodertorn.Site.Domain;
using Sodertorn.Site.Markdown;

namespace Sodertorn.Site.Rendering;

/// <summary>
/// The meta description (and og:description) of every page, deterministic: the summary the author wrote; else, for
/// minutes, what the meeting dealt with (its agenda); else the first paragraph of the document's text; else a sentence
/// per page type. Shortened at a word to about what search engines show.
/// </summary>
public static class PageDescriptions
{
    public const int MaxLength = 160;

    /// <summary>For the pages whose model says nothing of itself, by layout.</summary>
    private static readonly Dictionary<string, string> ByLayout = new(StringComparer.Ordinal)
    {
        ["meetings"] = "Alla publicerade minnesanteckningar från Södertörnskommunernas organ, efter organ och år.",
        ["list"] = "{0} i Södertörnskommunernas samverkan.",
        ["activities"] = "Verksamhetsplanernas aktiviteter, efter plan, med ansvar och status.",
        ["goals"] = "Målträdet i Södertörns utvecklingsprogram SUP 2040: från visionen till delmålen, med aktiviteterna för varje mål.",
        ["notfound"] = "Sidan finns inte på Södertörnskommunernas webbplats. Sök, eller gå vidare till minnesanteckningar, planer och mål.",
        ["report"] = "Länkrapporten: länkar och hänvisningar som behöver rättas på webbplatsen, från det senaste bygget.",
    };

    /// <summary>The description for a page rendered with <paramref name="layout"/> from <paramref name="model"/>.</summary>
    /// <param name="plain">Markdown as text, as the open data has it: an xref link without text reads as its target's title.</param>
    public static string For(ScriptObject model, string layout, PlainText plain)
    {
        var title = model["title"] as string ?? "";
        if (model["description"] is string { Length: > 0 } written) return Shorten(written);
        var derived = model["page"] switch
        {
            Meeting meeting => OfMeeting(meeting),
            Entity entity => FirstParagraph(entity.Body, plain),
            _ => null,
        };
        if (derived is { Length: > 0 }) return Shorten(derived);
        if (model["page"] is Municipality) return Shorten($"{title} i Södertörnskommunernas samverkan: representanter, uppdrag och möten enligt minnesanteckningarna.");
        return Shorten(ByLayout.TryGetValue(layout, out var sentence)
            ? string.Format(System.Globalization.CultureInfo.InvariantCulture, sentence, title)
            : $"{title} – {Publisher.Name}.");
    }

    private static string OfMeeting(Meeting meeting)
    {
        var items = meeting.AgendaItems.Select(i => i.Title.Trim().TrimEnd('.')).Where(t => t.Length > 0).ToList();
        var text = $"Minnesanteckningar: {meeting.Title}.";
        return items.Count == 0 ? text : text + " Dagordning: " + string.Join(", ", items) + ".";
    }

    /// <summary>The words of the first paragraph of a Markdown text: the first run of lines that is not a heading, list, table, quote, container or HTML.</summary>
    public static string? FirstParagraph(string markdown, PlainText plain)
    {
        var paragraph = new StringBuilder();
        foreach (var raw in markdown.AsSpan().EnumerateLines())
        {
            var line = raw.Trim();
            if (line.IsEmpty)
            {
                if (paragraph.Length > 0) break;
                continue;
            }
            if (paragraph.Length == 0 && IsNotParagraph(line)) continue;
            if (paragraph.Length > 0) paragraph.Append(' ');
            paragraph.Append(line);
        }
        if (paragraph.Length == 0) return null;
        var text = plain.OneLine(paragraph.ToString());
        return text.Length == 0 ? null : text;
    }

    private static bool IsNotParagraph(ReadOnlySpan<char> line) =>
        line[0] is '#' or '|' or '<' or '>' or '-' or '*' or '+' or ':' or '`' or '!' or '{' || line.Length > 1 && char.IsAsciiDigit(line[0]) && (line[1] is '.' or ')');

    /// <summary>At most <see cref="MaxLength"/> characters, cut at a word with "…".</summary>
    public static string Shorten(string text)
    {
        text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length <= MaxLength) return text;
        var cut = text.LastIndexOf(' ', MaxLength - 1);
        return text[..(cut > MaxLength / 2 ? cut : MaxLength - 1)].TrimEnd(',', ';', ':', ' ') + "…";
    }
}
