namespace Sodertorn.Site.Domain;

/// <summary>A meeting in a plan's calendar (kalendarium).</summary>
public sealed record CalendarEntry(
    string Organ,
    DateOnly Date,
    DateOnly? EndDate,
    TimeOnly? Start,
    TimeOnly? End,
    string? Place,
    string? Note,
    Diagnostics.SourceLocation Source);

public sealed record BudgetLine(string Item, long Amount, bool Approximate, string? Note);

public sealed record Budget(
    long? FeePerInhabitant,
    long? Inhabitants,
    DateOnly? InhabitantsDate,
    string? Introduction,
    string? FeeDecisionOrgan,
    DateOnly? FeeDecisionDate,
    IReadOnlyList<BudgetLine> Income,
    IReadOnlyList<BudgetLine> Costs)
{
    public long IncomeTotal => Income.Sum(l => l.Amount);

    public long CostTotal => Costs.Sum(l => l.Amount);
}

/// <summary>One of the kansli's own assignments in a plan (chapter "Kansliets uppdrag").</summary>
public sealed record KansliAssignment(string LocalId, string Title, string Comment);

/// <summary>A row of the plan's communication annex (bilaga 1).</summary>
public sealed record CommunicationActivity(
    int Number,
    string LocalId,
    string Activity,
    string? When,
    string? Cost,
    IReadOnlyList<string> Activities);

/// <summary>A footnote of the plan's annex; <paramref name="Column"/> names the column whose header carries its marker ("Kostnad 1)").</summary>
public sealed record Footnote(int Number, string Text, string? Column = null);

/// <summary>A yearly activity plan and budget (verksamhetsplan och budget).</summary>
public sealed record Plan : Entity
{
    public override TargetKind Kind => TargetKind.Plan;
    public required int Year { get; init; }
    public DateOnly? Date { get; init; }
    public string? AdoptedBy { get; init; }
    public IReadOnlyList<string> AdoptingDecisions { get; init; } = [];
    public IReadOnlyList<string> Chairs { get; init; } = [];
    public IReadOnlyList<CalendarEntry> Calendar { get; init; } = [];
    public Budget? Budget { get; init; }
    public IReadOnlyList<KansliAssignment> KansliAssignments { get; init; } = [];
    public IReadOnlyList<CommunicationActivity> CommunicationActivities { get; init; } = [];
    public IReadOnlyList<Footnote> CommunicationFootnotes { get; init; } = [];
}
