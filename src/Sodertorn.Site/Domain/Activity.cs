namespace Sodertorn.Site.Domain;

/// <summary>An activity of a yearly plan: serves one goal, is run by a network or the kansli.</summary>
public sealed record Activity : Entity
{
    public static readonly IReadOnlyList<string> Statuses = ["planerad", "pågår", "genomförd", "uppskjuten", "avslutad"];

    public override TargetKind Kind => TargetKind.Activity;
    public required string Plan { get; init; }
    public required string Goal { get; init; }
    public string? Responsible { get; init; }
    public string? Status { get; init; }

    /// <summary>Position in the plan's own list, so pages show activities in the order the plan gives them.</summary>
    public int? Order { get; init; }
    public IReadOnlyList<string> Decisions { get; init; } = [];
}
