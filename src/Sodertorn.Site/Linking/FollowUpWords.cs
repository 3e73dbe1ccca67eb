using Sodertorn.Site.Domain;

namespace Sodertorn.Site.Linking;

/// <summary>
/// The words for where an assignment stands, one set for every place that says it: the pages, the feeds, open data and
/// the link report. A follow-up is named by the status it leaves the assignment in.
/// </summary>
public static class FollowUpWords
{
    public static string Label(AssignmentStatus status) => status switch
    {
        AssignmentStatus.Given => "Ej rapporterat",
        AssignmentStatus.ReportedBack => "Återrapporterat",
        AssignmentStatus.Done => "Slutfört",
        _ => "Återkallat",
    };

    public static string Label(FollowUpKind kind) => Label(kind switch
    {
        FollowUpKind.ReportBack => AssignmentStatus.ReportedBack,
        FollowUpKind.Complete => AssignmentStatus.Done,
        _ => AssignmentStatus.Withdrawn,
    });

    /// <summary>The same word inside a sentence or as a value of open data.</summary>
    public static string Word(AssignmentStatus status) => Label(status).ToLowerInvariant();

    public static string Word(FollowUpKind kind) => Label(kind).ToLowerInvariant();
}
