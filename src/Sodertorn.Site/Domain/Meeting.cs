using Sodertorn.Site.Diagnostics;

namespace Sodertorn.Site.Domain;

public enum MeetingForm
{
    InPerson,
    Digital,
    Hybrid,
}

/// <summary>Someone listed in the minutes: with a municipality id or an organisation, and the note beside the name.</summary>
public sealed record Participant(string Name, string? Municipality, string? Organisation, string? Note);

public sealed record NextMeeting(DateOnly? Date, TimeOnly? Start, TimeOnly? End, string? Place, string? Text);

/// <summary>
/// A decision or an assignment marked in the minutes: what both may say about follow-up. A block with an owner gives an
/// assignment, which may have a deadline; any block may follow up earlier assignments.
/// </summary>
public interface IMinutesBlock
{
    string LocalId { get; }
    string Text { get; }
    string? Owner { get; }
    SourceLocation Source { get; }

    /// <summary>"senast": the day by which the owner is to be done; only with an owner.</summary>
    DateOnly? Deadline { get; }

    /// <summary>Earlier assignments this block reports back on, completes or withdraws.</summary>
    IReadOnlyList<FollowUp> FollowUps { get; }
}

/// <summary>A decision ("Beslut") taken under an agenda item; with an owner it also gives an assignment.</summary>
public sealed record Decision(string LocalId, string Text, string? Owner, IReadOnlyList<string> ActsOn, SourceLocation Source) : IMinutesBlock
{
    public DateOnly? Deadline { get; init; }
    public IReadOnlyList<FollowUp> FollowUps { get; init; } = [];
}

/// <summary>An assignment given outside a formal decision ("X återkopplar …").</summary>
public sealed record Assignment(string LocalId, string Text, string Owner, SourceLocation Source) : IMinutesBlock
{
    public DateOnly? Deadline { get; init; }
    public IReadOnlyList<FollowUp> FollowUps { get; init; } = [];
}

public sealed record AgendaItem(
    string LocalId,
    string? Number,
    string Title,
    SourceLocation Source,
    IReadOnlyList<Decision> Decisions,
    IReadOnlyList<Assignment> Assignments)
{
    /// <summary>How the item is named after "punkt": its number, or its title when it has none.</summary>
    public string NumberOrTitle => Number ?? Title;

    /// <summary>The item as its heading names it: "3. Title", or the title alone.</summary>
    public string Label => Number is null ? Title : $"{Number}. {Title}";

    /// <summary>The item's decisions and assignments in the order the minutes write them.</summary>
    public IEnumerable<IMinutesBlock> Blocks =>
        Decisions.Cast<IMinutesBlock>().Concat(Assignments).OrderBy(b => b.Source.Line).ThenBy(b => b.Source.Column);
}

/// <summary>The minutes (minnesanteckningar) of one meeting of an organ.</summary>
public sealed record Meeting : Entity
{
    public override TargetKind Kind => TargetKind.Meeting;
    public required string Organ { get; init; }
    public required DateOnly Date { get; init; }
    /// <summary>Where 'datum' is written, for findings about the date itself.</summary>
    public required SourceLocation DateSource { get; init; }
    public TimeOnly? Start { get; init; }
    public TimeOnly? End { get; init; }
    public string? Place { get; init; }
    public MeetingForm? Form { get; init; }
    public IReadOnlyList<Participant> Participants { get; init; } = [];
    public IReadOnlyList<Participant> Absentees { get; init; } = [];
    public IReadOnlyList<Participant> Guests { get; init; } = [];
    public string? Secretary { get; init; }
    public IReadOnlyList<string> Adjusters { get; init; } = [];
    public NextMeeting? Next { get; init; }
    public IReadOnlyList<AgendaItem> AgendaItems { get; init; } = [];
}
