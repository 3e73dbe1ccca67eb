using Sodertorn.Site.Domain;
using Sodertorn.Site.Linking;

namespace Sodertorn.Site.Rendering;

/// <summary>One step of an assignment's history as pages show it: "Återrapporterat 28 april 2023, punkt 5", linked to where.</summary>
public sealed record HistoryView(string Text, string Url, DateOnly Date)
{
    public string IsoDate => StockholmTime.IsoDate(Date);
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

    public string? DeadlineIso => Deadline is { } d ? StockholmTime.IsoDate(d) : null;

    public string? DeadlineLong => Deadline is { } d ? SwedishDates.Long(d) : null;

    /// <summary>The status in words, overdue included: never colour alone.</summary>
    public string StatusText => Overdue ? $"{Status}, försenat" : Status;
}

/// <summary>Makes the views of assignments and their follow-up, with the words the pages use for each status.</summary>
public sealed class FollowUpViews(LinkedSite site, PageModels models)
{
    /// <summary>The address of the assignments pages; each assignment's anchor on its year's page is its full id.</summary>
    public const string ListUrl = UrlScheme.Assignments;

    public const string OverdueWord = "Försenat";

    public static string Label(AssignmentStatus status) => status switch
    {
        AssignmentStatus.Given => "Ej rapporterat",
        AssignmentStatus.ReportedBack => "Återrapporterat",
        AssignmentStatus.Done => "Slutfört",
        _ => "Återkallat",
    };

    public static string CssClass(AssignmentStatus status) => status switch
    {
        AssignmentStatus.Given => "uppdrag-ej-rapporterat",
        AssignmentStatus.ReportedBack => "uppdrag-aterrapporterat",
        AssignmentStatus.Done => "uppdrag-slutfort",
        _ => "uppdrag-aterkallat",
    };

    private static string Verb(FollowUpKind kind) => kind switch
    {
        FollowUpKind.ReportBack => "Återrapporterat",
        FollowUpKind.Complete => "Slutfört",
        _ => "Återkallat",
    };

    public AssignmentView Assignment(TrackedAssignment assignment)
    {
        var given = assignment.Given;
        var organ = models.Link(given.Meeting.Organ);
        return new AssignmentView(
            assignment.Id,
            UrlScheme.For(given.Meeting) + "#" + given.Block.LocalId,
            UrlScheme.AssignmentInList(given.Meeting.Date.Year, assignment.Id),
            assignment.Owner,
            assignment.OwnerName,
            given.Meeting.Organ,
            organ,
            given.Meeting.Date,
            $"{given.Meeting.Title}, punkt {ItemNumber(given.Item)}",
            ItemLabel(given.Item),
            InlineHtml(given.Block.Text),
            Label(assignment.Status),
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
        return new HistoryView($"{Verb(entry.Kind)} {SwedishDates.Long(entry.Date)}{organ}, punkt {ItemNumber(by.Item)}",
            UrlScheme.For(by.Meeting) + "#" + by.Block.LocalId, entry.Date);
    }

    /// <summary>The text inside a list item's line: no paragraphs, no line breaks.</summary>
    public string InlineHtml(string text) =>
        models.Html(text).Replace("\r\n", "").Replace("\r", "").Replace("\n", "").Replace("<p>", "").Replace("</p>", " ").TrimEnd();

    public static string ItemNumber(AgendaItem item) => item.Number ?? item.Title;

    public static string ItemLabel(AgendaItem item) => item.Number is null ? item.Title : $"{item.Number}. {item.Title}";
}
