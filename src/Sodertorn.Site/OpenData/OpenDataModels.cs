namespace Sodertorn.Site.OpenData;

// The shapes of the open data files, documented for users on input/sidor/oppna-data.md. Names follow OParl
// (Meeting, AgendaItem) and Popolo (Event, Motion, Organization, Membership) where those fit; property names
// are camelCase English like theirs, values are Swedish as in the content. Every identified object has
// id, type and url first. A field that is unknown is null rather than missing, so that every object of a
// type has the same fields.

/// <summary>One file under /data/: what it holds, its licence and its objects.</summary>
public sealed record DataFile<T>(string Id, string Type, string Url, string Name, string License, IEnumerable<T> Data);

public sealed record Catalog(string Id, string Type, string Url, string Name, string? Documentation, LicenseInfo License, IReadOnlyList<CatalogEntry> Files);

public sealed record LicenseInfo(string Name, string Url);

public sealed record CatalogEntry(string Id, string Type, string Url, string Name, string ItemType, int Count);

public sealed record MeetingData(
    string Id,
    string Type,
    string Url,
    string Name,
    string Organization,
    string StartDate,
    string? EndDate,
    string? Location,
    string? MeetingForm,
    string IcalUid,
    string? Secretary,
    IReadOnlyList<string> Adjusters,
    IReadOnlyList<MembershipData> Participants,
    IReadOnlyList<MembershipData> Absentees,
    IReadOnlyList<MembershipData> Guests,
    NextMeetingData? NextMeeting,
    IReadOnlyList<AgendaItemData> AgendaItem);

/// <summary>A person's part in a meeting. People have no identifiers here, so the url is the meeting's list of them.</summary>
public sealed record MembershipData(string Type, string Url, string Name, string Role, string? Municipality, string? Organisation, string? Note);

public sealed record NextMeetingData(string? StartDate, string? EndDate, string? Location, string? Text);

public sealed record AgendaItemData(
    string Id,
    string Type,
    string Url,
    string Meeting,
    int Order,
    string? Number,
    string Name,
    IReadOnlyList<MotionData> Decisions,
    IReadOnlyList<AssignmentData> Assignments);

public sealed record MotionData(
    string Id,
    string Type,
    string Url,
    string Meeting,
    string AgendaItem,
    string Organization,
    string Date,
    string Text,
    string Result,
    IReadOnlyList<string> ActsOn,
    string? Owner);

public sealed record AssignmentData(string Id, string Type, string Url, string Meeting, string AgendaItem, string Owner, string Text);

public sealed record PlanData(
    string Id,
    string Type,
    string Url,
    string Name,
    int Year,
    string? Date,
    string? AdoptedBy,
    IReadOnlyList<string> AdoptingDecisions,
    IReadOnlyList<string> Chairs,
    IReadOnlyList<string> Activities,
    IReadOnlyList<CalendarEntryData> Calendar,
    BudgetData? Budget,
    IReadOnlyList<KansliAssignmentData> KansliAssignments,
    IReadOnlyList<CommunicationActivityData> CommunicationActivities,
    IReadOnlyList<FootnoteData> CommunicationFootnotes);

/// <summary>A planned meeting (Popolo Event); it becomes an OParl Meeting in moten.json once its minutes are published.</summary>
public sealed record CalendarEntryData(
    string Type,
    string Url,
    string Name,
    string Organization,
    string StartDate,
    string? EndDate,
    string? Location,
    string? Note,
    string IcalUid,
    string? Meeting);

public sealed record BudgetData(
    string Url,
    string Currency,
    long? FeePerInhabitant,
    long? Inhabitants,
    string? InhabitantsDate,
    string? Introduction,
    string? FeeDecisionOrganization,
    string? FeeDecisionDate,
    IReadOnlyList<BudgetLineData> Income,
    IReadOnlyList<BudgetLineData> Costs,
    long IncomeTotal,
    long CostTotal);

public sealed record BudgetLineData(string Item, long Amount, bool Approximate, string? Note);

public sealed record KansliAssignmentData(string Id, string Type, string Url, string Plan, string Name, string Comment);

public sealed record CommunicationActivityData(
    string Id,
    string Type,
    string Url,
    string Plan,
    int Number,
    string Name,
    string? When,
    string? Cost,
    IReadOnlyList<string> Activities);

public sealed record FootnoteData(int Number, string Text);

public sealed record ActivityData(
    string Id,
    string Type,
    string Url,
    string Name,
    string Plan,
    string Goal,
    string? Responsible,
    string? Status,
    string? StatusDate,
    IReadOnlyList<StatusReportData> StatusHistory,
    int? Order,
    string? Summary,
    string? Description,
    IReadOnlyList<string> Decisions,
    IReadOnlyList<string> CommunicationActivities);

public sealed record GoalData(
    string Id,
    string Type,
    string Url,
    string Name,
    string? ShortName,
    string Level,
    int Depth,
    string? Parent,
    IReadOnlyList<string> Children,
    string? Network,
    string? IntroducedIn,
    string? Summary,
    string? Description,
    IReadOnlyList<string> Activities,
    IReadOnlyList<string> Decisions);

/// <summary>Organs, networks and municipalities; fields that do not apply to a classification are null.</summary>
public sealed record OrganizationData(
    string Id,
    string Type,
    string Url,
    string Name,
    string Classification,
    string? ShortName,
    string? Summary,
    string? Description,
    bool? Active,
    IReadOnlyList<string>? Goals,
    long? Inhabitants,
    string? InhabitantsDate,
    string? IcalUrl);
