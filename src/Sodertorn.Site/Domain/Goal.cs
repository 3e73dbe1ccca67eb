namespace Sodertorn.Site.Domain;

/// <summary>A node of the SUP 2040 goal tree, from the vision down to sub-goals added by yearly plans.</summary>
public sealed record Goal : Entity
{
    /// <summary>Levels from the top of the tree; their order is the tree's depth.</summary>
    public static readonly IReadOnlyList<string> Levels = ["vision", "fokusområde", "övergripande mål", "långsiktigt mål", "delmål"];

    public override TargetKind Kind => TargetKind.Goal;
    public required string Level { get; init; }
    public string? ShortName { get; init; }
    public string? Parent { get; init; }
    public string? Network { get; init; }
    public string? IntroducedIn { get; init; }
}
