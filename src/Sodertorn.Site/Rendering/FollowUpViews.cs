using System.Net;
using System.Text;
using Sodertorn.Site.Domain;
using Sodertorn.Site.Linking;

namespace Sodertorn.Site.Rendering;

/// <summary>One step of an assignment's history as pages show it: "Återrapporterat 28 april 2023, punkt 5", linked to where.</summary>
public sealed record HistoryView(string Text, string Url, DateOnly Date)
{
    public string IsoDate => StockholmTime.IsoDate(Date);

    public string LinkHtml => $"<a href=\"{WebUtility.HtmlEncode(Url)}\">{WebUtility.HtmlEncode(Text)}</a>";
}

/// <summary>An assignment as pages show it: who, where it was given, its text, its derived status and its history.</summary>
public sealed record AssignmentView(
    string Id,
    string Url,
    string ListUrl,
    string Owner,
    string OwnerName,
    string OrganId,
    LinkView Organ,
    DateOnly Date,
    string Where,
    string ItemLabel,
    string InlineHtml,
    string Status,
    string StatusClass,
    bool Open,
    bool Overdue,
    DateOnly? Deadline,
    IReadOnlyList<HistoryView> History,
    IReadOnlyList<string> MunicipalityIds,
    IReadOnlyList<LinkView> Municipalities)
{
    public string IsoDate => StockholmTime.IsoDate(Date);

    public string LongDate => SwedishDates.Long(Date);

    /// <summary>The status in words, overdue included: never colour alone.</summary>
    public string StatusText => Overdue ? $"{Status}, försenat" : Status;

    // The assignment's parts as escaped HTML, for the templates to arrange. Written once here rather than as template code
    // in each place: the same parts are shown on the index, the year pages (in full and in three groups), the meeting
    // pages and the municipality pages, and Scriban evaluates every expression and include of a loop item anew.

    public string OwnerHtml => WebUtility.HtmlEncode(Owner);

    public string WhereHtml => WebUtility.HtmlEncode(Where);

    /// <summary>"Helene Olofsson, Ledningsgruppen 10 februari 2023, punkt 8": the text of a link to the assignment.</summary>
    public string HeadingHtml => WebUtility.HtmlEncode($"{Owner}, {Where}");

    /// <summary>The status as badges with their words ("Ej rapporterat", "Försenat"): never colour alone.</summary>
    public string BadgesHtml =>
        $"<span class=\"statusord {StatusClass}\">{Status}</span>" + (Overdue ? " <span class=\"statusord forsenat\">Försenat</span>" : "");

    /// <summary>The badges, the deadline and the latest step linked to where it was taken: the status on one line.</summary>
    public string StatusHtml
    {
        get
        {
            var html = new StringBuilder(BadgesHtml);
            if (Deadline is not null) html.Append(" · senast ").Append(DeadlineHtml);
            if (History.Count > 0) html.Append(" · ").Append(History[^1].LinkHtml);
            return html.ToString();
        }
    }

    /// <summary>Where it was given, linked: "10 februari 2023, Ledningsgruppen, punkt 8. Södertörnskonferensen 2023".</summary>
    public string GivenHtml =>
        $"<a href=\"{WebUtility.HtmlEncode(Url)}\"><time datetime=\"{IsoDate}\">{LongDate}</time>, {WebUtility.HtmlEncode(Organ.Title)}, punkt {WebUtility.HtmlEncode(ItemLabel)}</a>";

    public string DeadlineHtml => Deadline is { } d
        ? $"<time datetime=\"{StockholmTime.IsoDate(d)}\">{SwedishDates.Long(d)}</time>"
        : "Inget datum i minnesanteckningarna";

    /// <summary>The municipalities as links, or null when the owner stands for none.</summary>
    public string? MunicipalitiesHtml => Municipalities.Count == 0 ? null : string.Join(", ", Municipalities.Select(TemplateFunctions.Link));

    /// <summary>Each step since it was given, linked to where; or that the published minutes have none.</summary>
    public string HistoryHtml => History.Count == 0
        ? "<p class=\"metadata\">Ingen uppföljning i de publicerade minnesanteckningarna.</p>"
        : "<ol class=\"historik\">" + string.Concat(History.Select(h => $"<li>{h.LinkHtml}</li>")) + "</ol>";
}

/// <summary>Makes the views of assignments and their follow-up, with the words the pages use for each status.</summary>
public sealed class FollowUpViews(LinkedSite site, PageModels models)
{
    public static string CssClass(AssignmentStatus status) => status switch
    {
        AssignmentStatus.Given => "uppdrag-ej-rapporterat",
        AssignmentStatus.ReportedBack => "uppdrag-aterrapporterat",
        AssignmentStatus.Done => "uppdrag-slutfort",
        _ => "uppdrag-aterkallat",
    };

    public AssignmentView Assignment(TrackedAssignment assignment)
    {
        var given = assignment.Given;
        var organ = models.Link(given.Meeting.Organ);
        return new AssignmentView(
            assignment.Id,
            given.Url,
            UrlScheme.AssignmentInList(given.Meeting.Date.Year, assignment.Id),
            assignment.Owner,
            assignment.OwnerName,
            given.Meeting.Organ,
            organ,
            given.Meeting.Date,
            $"{given.Meeting.Title}, punkt {given.Item.NumberOrTitle}",
            given.Item.Label,
            InlineHtml(given.Block.Text),
            FollowUpWords.Label(assignment.Status),
            CssClass(assignment.Status),
            assignment.IsOpen,
            assignment.IsOverdue(models.Today),
            assignment.Deadline,
            assignment.History.Select(h => History(h, given.Meeting)).ToList(),
            assignment.Municipalities,
            assignment.Municipalities.Select(models.Link).ToList());
    }

    /// <summary>The assignments of the published minutes in the order they were given.</summary>
    public IReadOnlyList<AssignmentView> All() => site.Graph.Assignments.All.Select(Assignment).ToList();

    /// <summary>
    /// "Återrapporterat 28 april 2023, punkt 5": the organ is named only when it is not the one that gave the assignment.
    /// </summary>
    private HistoryView History(FollowUpEntry entry, Meeting givenIn)
    {
        var by = entry.By;
        var organ = by.Meeting.Organ == givenIn.Organ ? "" : $" i {models.Link(by.Meeting.Organ).Title}";
        return new HistoryView($"{FollowUpWords.Label(entry.Kind)} {SwedishDates.Long(entry.Date)}{organ}, punkt {by.Item.NumberOrTitle}",
            by.Url, entry.Date);
    }

    /// <summary>The text inside a list item's line: no paragraphs, no line breaks.</summary>
    public string InlineHtml(string text) =>
        models.Html(text).Replace("\r\n", "").Replace("\r", "").Replace("\n", "").Replace("<p>", "").Replace("</p>", " ").TrimEnd();

}
