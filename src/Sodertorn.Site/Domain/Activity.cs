namespace Sodertorn.Site.Domain;

/// <summary>
/// One dated report on how an activity stands ("status" in the activity's front matter): the status word, the day it
/// was reported and, when the author gives one, a comment.
/// </summary>
public sealed record StatusReport(DateOnly Date, string Status, string? Comment, Diagnostics.SourceLocation Source)
{
    /// <summary>Its anchor on the activity page, and so the permanent address of the change: one report per day.</summary>
    public string Anchor => "status-" + StockholmTime.IsoDate(Date);
}

/// <summary>An activity of a yearly plan: serves one goal, is run by a network or the kansli.</summary>
public sealed record Activity : Entity
{
    /// <summary>
    /// The status words, as Swedish municipalities' follow-up of their plans uses them (Stratsys and the plans'
    /// own "uppföljning"): not started, in progress, carried out, postponed, cancelled.
    /// </summary>
    public static readonly IReadOnlyList<string> Statuses = ["ej påbörjad", "pågår", "genomförd", "senarelagd", "avbruten"];

    /// <summary>What the pages say when the plan gives no status: the plans do not, and nothing may be invented.</summary>
    public const string NoStatus = "ej angiven";

    /// <summary>The words of an earlier version of the format, and what to write instead of each (Swedish).</summary>
    public static readonly IReadOnlyDictionary<string, string> FormerStatuses = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["planerad"] = "skriv 'ej påbörjad'",
        ["uppskjuten"] = "skriv 'senarelagd'",
        ["avslutad"] = "skriv 'genomförd' om aktiviteten blev gjord, 'avbruten' om den inte blev det",
    };

    public override TargetKind Kind => TargetKind.Activity;
    public required string Plan { get; init; }
    public required string Goal { get; init; }

    /// <summary>The network, organ or municipality that runs it.</summary>
    public string? Responsible { get; init; }

    /// <summary>Every status report, oldest first.</summary>
    public IReadOnlyList<StatusReport> StatusHistory { get; init; } = [];

    /// <summary>The latest report, or null when no status is given.</summary>
    public StatusReport? CurrentStatus => StatusHistory.Count == 0 ? null : StatusHistory[^1];

    /// <summary>The latest status word, or null when no status is given.</summary>
    public string? Status => CurrentStatus?.Status;

    /// <summary>Position in the plan's own list, so pages show activities in the order the plan gives them.</summary>
    public int? Order { get; init; }
    public IReadOnlyList<string> Decisions { get; init; } = [];
}
