using System.Text;
using Sodertorn.Site.Domain;
using Sodertorn.Site.Authoring.Scaffolding;

namespace Sodertorn.Site.Authoring.Import;

/// <summary>Everything the importer found, ready to write: the meeting's facts and its body.</summary>
public sealed record ImportedMinutes(
    string Id,
    string Organ,
    DateOnly Date,
    TimeOnly? Start,
    TimeOnly? End,
    string? Place,
    string? Form,
    IReadOnlyList<Participant> Participants,
    IReadOnlyList<Participant> Absentees,
    IReadOnlyList<Participant> Guests,
    string? Secretary,
    IReadOnlyList<string> Adjusters,
    NextMeeting? Next,
    IReadOnlyList<BodyBlock> Blocks,
    string SourceName);

/// <summary>Writes imported minutes in the site's syntax (docs/content-format.md, typ: protokoll).</summary>
public static class MinutesMarkdownWriter
{
    public static string Write(ImportedMinutes minutes)
    {
        var front = new FrontMatterWriter()
            .Comment($"Importerad från {minutes.SourceName}. Kontrollera deltagarna, punkterna, besluten och id:n innan du publicerar.")
            .Field("typ", "protokoll")
            .Field("id", minutes.Id)
            .Field("organ", minutes.Organ)
            .Date("datum", minutes.Date)
            .Time("start", minutes.Start)
            .Time("slut", minutes.End)
            .Field("plats", minutes.Place)
            .Field("mötesform", minutes.Form)
            .People("deltagare", minutes.Participants)
            .People("frånvarande", minutes.Absentees)
            .People("övriga", minutes.Guests)
            .Field("sekreterare", minutes.Secretary);
        if (minutes.Adjusters.Count > 0) front.List("justerare", minutes.Adjusters);
        front.Next(minutes.Next);
        return front.End() + Body(minutes.Blocks);
    }

    public static string Body(IReadOnlyList<BodyBlock> blocks)
    {
        var body = new StringBuilder();
        BodyBlock? previous = null;
        var listLevel = -1;
        foreach (var block in blocks)
        {
            listLevel = block is ListItemBlock listed ? Math.Min(listed.Level, listLevel + 1) : -1;
            // Items of one list follow each other without a blank line, so they stay one list.
            body.Append(previous is ListItemBlock && block is ListItemBlock ? "" : "\n");
            switch (block)
            {
                case ItemBlock item:
                    body.Append($"## {(item.Number is null ? "" : item.Number + ". ")}{MarkdownText.Inline(item.Title)} {{#{item.Id}}}\n");
                    break;
                case TextBlock text:
                    var paragraph = MarkdownText.Paragraph(text.Text);
                    body.Append(text.Bold ? $"**{paragraph}**" : paragraph).Append('\n');
                    break;
                case ListItemBlock item:
                    body.Append(ListItem(item with { Level = listLevel }));
                    break;
                case DecisionBlock decision:
                    body.Append(Decision(decision));
                    break;
            }
            previous = block;
        }
        return body.ToString();
    }

    private static string Decision(DecisionBlock decision)
    {
        var owner = decision.Owner is { } name ? $" ansvarig=\"{name.Replace("\"", "")}\"" : "";
        var text = new StringBuilder($"::: beslut {{#{decision.Id}{owner}}}\n");
        text.Append(MarkdownText.Paragraph(decision.Text)).Append('\n');
        if (decision.Details.Count > 0)
        {
            text.Append('\n');
            var level = -1;
            foreach (var item in decision.Details)
            {
                // A level Word skipped would indent the item into a code block; one level deeper at most.
                level = Math.Min(item.Level, level + 1);
                text.Append(ListItem(item with { Level = level }));
            }
        }
        return text.Append(":::\n").ToString();
    }

    /// <summary>Four spaces per level is inside the parent item whether its marker is "- " or "10. ".</summary>
    private static string ListItem(ListItemBlock item) =>
        $"{new string(' ', 4 * item.Level)}{(item.Number is { } n ? $"{n}." : "-")} {MarkdownText.Inline(item.Text)}\n";
}
