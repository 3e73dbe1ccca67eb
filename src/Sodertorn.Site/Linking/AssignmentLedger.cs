using Sodertorn.Site.Domain;

namespace Sodertorn.Site.Linking;

/// <summary>Where an assignment stands, derived from the minutes, never typed by hand.</summary>
public enum AssignmentStatus
{
    /// <summary>Given, and no published minutes say more ("ej rapporterat").</summary>
    Given,

    /// <summary>The owner has reported back; it is still open.</summary>
    ReportedBack,

    Done,

    Withdrawn,
}

/// <summary>A decision or assignment with the meeting and agenda item where it stands.</summary>
public sealed record BlockInMeeting(Meeting Meeting, AgendaItem Item, IMinutesBlock Block)
{
    public string Id { get; } = Meeting.Id + "/" + Block.LocalId;

    /// <summary>Its place in the minutes.</summary>
    public string Url => UrlScheme.For(Meeting) + "#" + Block.LocalId;

    public bool IsDecision => Block is Decision;
}

/// <summary>One step of an assignment's history: a later block that reported back on, completed or withdrew it.</summary>
public sealed record FollowUpEntry(FollowUpKind Kind, BlockInMeeting By)
{
    public DateOnly Date => By.Meeting.Date;
}

/// <summary>An assignment and everything published about it since.</summary>
public sealed class TrackedAssignment(BlockInMeeting given, IReadOnlyList<string> municipalities)
{
    private readonly List<FollowUpEntry> history = [];

    public BlockInMeeting Given => given;

    public string Id => given.Id;

    public string Owner => given.Block.Owner ?? "";

    /// <summary>The owner's full name where the meeting's list of people gives it ("Cecilia" → "Cecilia Mårtensson"), else as written.</summary>
    public string OwnerName { get; } = AssignmentLedger.PersonOf(given.Block.Owner ?? "", given.Meeting)?.Name ?? (given.Block.Owner ?? "").Trim();

    public DateOnly? Deadline => given.Block.Deadline;

    /// <summary>The municipalities whose people the owner names (AssignmentLedger.MunicipalitiesOf).</summary>
    public IReadOnlyList<string> Municipalities => municipalities;

    /// <summary>Reports back and the closure, oldest first.</summary>
    public IReadOnlyList<FollowUpEntry> History => history;

    /// <summary>The completion or withdrawal, if any: nothing follows it.</summary>
    public FollowUpEntry? Closure { get; private set; }

    public bool IsOpen => Closure is null;

    public AssignmentStatus Status => Closure switch
    {
        { Kind: FollowUpKind.Complete } => AssignmentStatus.Done,
        { Kind: FollowUpKind.Withdraw } => AssignmentStatus.Withdrawn,
        _ => history.Count > 0 ? AssignmentStatus.ReportedBack : AssignmentStatus.Given,
    };

    /// <summary>Open when its deadline has passed: counted from the day the build treats as today.</summary>
    public bool IsOverdue(DateOnly today) => IsOpen && Deadline is { } deadline && deadline < today;

    internal void Add(FollowUpEntry entry)
    {
        history.Add(entry);
        if (entry.Kind != FollowUpKind.ReportBack) Closure = entry;
    }
}

/// <summary>Why a follow-up was not counted; Validation/FollowUpRules reports each as an error.</summary>
public enum FollowUpProblem
{
    /// <summary>It names a decision without an owner, which gave no assignment.</summary>
    NotAnAssignment,

    /// <summary>It names an assignment of the same meeting or of a later one.</summary>
    NotEarlier,

    /// <summary>The assignment was already completed or withdrawn.</summary>
    AlreadyClosed,
}

/// <summary>What a follow-up block did: to which assignment, and how.</summary>
public sealed record FollowedUp(TrackedAssignment Assignment, FollowUpKind Kind);

public sealed record RejectedFollowUp(FollowUp FollowUp, BlockInMeeting By, BlockInMeeting Target, FollowUpProblem Problem, FollowUpEntry? Closure = null);

/// <summary>
/// Every assignment of the published minutes (an <c>::: uppdrag</c>, or a <c>::: beslut</c> with an owner) with its derived
/// history: given → reported back (where, when) → done or withdrawn. Follow-ups are counted in the order the meetings
/// were held; one that cannot count (it names no assignment, an assignment not yet given, or one already closed) is kept
/// aside for the validate stage to report.
/// </summary>
public sealed class AssignmentLedger
{
    private AssignmentLedger(IReadOnlyList<TrackedAssignment> all, IReadOnlyList<RejectedFollowUp> rejected, IReadOnlyDictionary<string, IReadOnlyList<FollowedUp>> byFollower)
    {
        All = all;
        ById = all.ToDictionary(a => a.Id, StringComparer.Ordinal);
        ByMeeting = all.GroupBy(a => a.Given.Meeting.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<TrackedAssignment>)g.ToList(), StringComparer.Ordinal);
        Rejected = rejected;
        FollowedUpBy = byFollower;
    }

    /// <summary>Oldest meeting first, and within a meeting in the order of the minutes.</summary>
    public IReadOnlyList<TrackedAssignment> All { get; }

    public IReadOnlyDictionary<string, TrackedAssignment> ById { get; }

    public IReadOnlyList<RejectedFollowUp> Rejected { get; }

    /// <summary>By meeting id: the assignments given there, in the order of the minutes.</summary>
    private IReadOnlyDictionary<string, IReadOnlyList<TrackedAssignment>> ByMeeting { get; }

    public IReadOnlyList<TrackedAssignment> GivenIn(string meetingId) => ByMeeting.GetValueOrDefault(meetingId) ?? [];

    /// <summary>By the id of a follow-up block: the assignments it counted for.</summary>
    private IReadOnlyDictionary<string, IReadOnlyList<FollowedUp>> FollowedUpBy { get; }

    public TrackedAssignment? Find(string id) => ById.GetValueOrDefault(id);

    public static AssignmentLedger Build(IReadOnlyList<Meeting> meetings, IReadOnlyList<Municipality> municipalities)
    {
        var allMunicipalities = municipalities.Select(m => m.Id).ToList();
        var blocks = meetings
            .OrderBy(m => m.Date).ThenBy(m => m.Id, StringComparer.Ordinal)
            .SelectMany(m => m.AgendaItems.SelectMany(i => i.Blocks.Select(b => new BlockInMeeting(m, i, b))))
            .ToList();
        // An id written twice in one meeting was reported by its reader; the first one counts, as in the index.
        var distinct = blocks.DistinctBy(b => b.Id, StringComparer.Ordinal).ToList();
        var byId = distinct.ToDictionary(b => b.Id, StringComparer.Ordinal);
        var ordered = distinct.Where(b => b.Block.Owner is not null)
            .Select(b => new TrackedAssignment(b, MunicipalitiesOf(b.Block.Owner!, b.Meeting, allMunicipalities))).ToList();
        var tracked = ordered.ToDictionary(a => a.Given.Id, StringComparer.Ordinal);

        var rejected = new List<RejectedFollowUp>();
        var byFollower = new Dictionary<string, List<FollowedUp>>(StringComparer.Ordinal);
        foreach (var by in blocks)
        {
            foreach (var followUp in by.Block.FollowUps)
            {
                // Unknown, unpublished or drafts: the link stage has said so; nothing here to follow.
                if (!byId.TryGetValue(followUp.Target, out var target)) continue;
                if (!tracked.TryGetValue(target.Id, out var assignment))
                    rejected.Add(new RejectedFollowUp(followUp, by, target, FollowUpProblem.NotAnAssignment));
                else if (target.Meeting.Id == by.Meeting.Id || target.Meeting.Date > by.Meeting.Date)
                    rejected.Add(new RejectedFollowUp(followUp, by, target, FollowUpProblem.NotEarlier));
                else if (assignment.Closure is { } closure)
                    rejected.Add(new RejectedFollowUp(followUp, by, target, FollowUpProblem.AlreadyClosed, closure));
                else
                {
                    assignment.Add(new FollowUpEntry(followUp.Kind, by));
                    if (!byFollower.TryGetValue(by.Id, out var list)) byFollower[by.Id] = list = [];
                    list.Add(new FollowedUp(assignment, followUp.Kind));
                }
            }
        }
        return new AssignmentLedger(ordered, rejected,
            byFollower.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<FollowedUp>)kv.Value, StringComparer.Ordinal));
    }

    /// <summary>
    /// The municipalities an owner stands for, from the meeting's own lists of people (<see cref="PersonOf"/>): the
    /// person's municipality. The municipal directors named together ("Alla kommundirektörer", "Kommundirektörerna")
    /// are one from each municipality. Anyone else (the kansli, a guest from an organisation) stands for none.
    /// </summary>
    public static IReadOnlyList<string> MunicipalitiesOf(string owner, Meeting meeting, IReadOnlyList<string> allMunicipalities)
    {
        if (owner.Contains("kommundirektörer", StringComparison.OrdinalIgnoreCase)) return allMunicipalities;
        return PersonOf(owner, meeting)?.Municipality is { } municipality ? [municipality] : [];
    }

    /// <summary>
    /// The person of the meeting an owner names: a name written as a participant, absentee or guest, or a first name
    /// alone ("Cecilia") when exactly one person of the meeting has it; null otherwise.
    /// </summary>
    public static Participant? PersonOf(string owner, Meeting meeting)
    {
        var name = owner.Trim();
        var people = meeting.Participants.Concat(meeting.Absentees).Concat(meeting.Guests).ToList();
        var person = people.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal));
        if (person is not null || name.Contains(' ')) return person;
        var sameFirstName = people.Where(p => p.Name.Split(' ')[0] == name).ToList();
        return sameFirstName.Count == 1 ? sameFirstName[0] : null;
    }

    /// <summary>The assignments a block (by its full id) followed up, with what it did to each.</summary>
    public IReadOnlyList<FollowedUp> FollowUpsBy(string blockId) => FollowedUpBy.GetValueOrDefault(blockId) ?? [];
}
