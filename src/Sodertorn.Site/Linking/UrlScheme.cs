using Sodertorn.Site.Domain;

namespace Sodertorn.Site.Linking;

/// <summary>
/// Permanent URLs depend only on an entity's kind and hand-written id, never on where its file lies,
/// so moving or renaming a file keeps every published address.
/// </summary>
public static class UrlScheme
{
    /// <summary>Section folders of generated list pages; a page may not take one of these as its id.</summary>
    public static readonly IReadOnlyDictionary<TargetKind, string> Sections = new Dictionary<TargetKind, string>
    {
        [TargetKind.Meeting] = "protokoll",
        [TargetKind.Plan] = "planer",
        [TargetKind.Activity] = "aktiviteter",
        [TargetKind.Goal] = "mal",
        [TargetKind.Network] = "natverk",
        [TargetKind.Organ] = "organisation",
        [TargetKind.Municipality] = "kommuner",
    };

    public const string StartPageId = "start";

    /// <summary>The search page (Search/SearchPage), linked from the start page's map of the site.</summary>
    public const string SearchPage = "/sok/";

    /// <summary>
    /// One meeting's calendar file ("Lägg till i kalendern", Calendars/IcsGenerator): by the id of its minutes, or for a
    /// meeting a plan announces, by organ and day ("ledningsgruppen-2024-08-29").
    /// </summary>
    public static string MeetingCalendar(string key) => $"/kalender/mote/{key}.ics";

    /// <summary>The key of <see cref="MeetingCalendar"/> for a meeting a plan announces.</summary>
    public static string PlannedMeetingKey(string organ, DateOnly date) => $"{organ}-{date:yyyy-MM-dd}";

    /// <summary>The assignments pages (Rendering/AssignmentList): the index, and one page per year an assignment was given.</summary>
    public const string Assignments = "/uppdrag/";

    /// <summary>
    /// An assignment's permanent place besides its minutes: the page of the year it was given, under its full id. The
    /// year it was given never changes, so neither does the address.
    /// </summary>
    public static string AssignmentInList(int yearGiven, string assignmentId) => AssignmentsOf(yearGiven) + "#" + assignmentId;

    /// <summary>The page of the assignments given in one year.</summary>
    public static string AssignmentsOf(int year) => $"{Assignments}{year.ToString(System.Globalization.CultureInfo.InvariantCulture)}/";

    /// <summary>What the host serves for an address that has no file (Netlify: /404.html).</summary>
    public const string NotFoundPage = "/404.html";

    public static string For(Entity entity) => For(entity.Kind, entity.Id);

    public static string For(TargetKind kind, string id) =>
        kind == TargetKind.Page
            ? id == StartPageId ? "/" : $"/{id}/"
            : $"/{Sections[kind]}/{id}/";

    public static string Section(TargetKind kind) => $"/{Sections[kind]}/";

    /// <summary>The file in output/ that serves a root-relative URL ending in '/'.</summary>
    public static string FileFor(string url) => url.TrimStart('/') + "index.html";
}
