using Sodertorn.Site.Diagnostics;

namespace Sodertorn.Site.Domain;

/// <summary>What a later decision or assignment does to an earlier assignment.</summary>
public enum FollowUpKind
{
    /// <summary>The owner reported back; the assignment stays open.</summary>
    ReportBack,

    /// <summary>The assignment is done.</summary>
    Complete,

    /// <summary>The assignment is withdrawn before it was done.</summary>
    Withdraw,
}

/// <summary>
/// A reference from a decision or assignment to an earlier assignment it follows up, written as an attribute of the block:
/// <c>återrapporterar="lg-2023-02-10/programinnehall"</c>, <c>slutför="…"</c> or <c>återkallar="…"</c>.
/// </summary>
public sealed record FollowUp(FollowUpKind Kind, string Target, SourceLocation Source)
{
    /// <summary>The attribute words, as the author writes them on <c>::: beslut</c> and <c>::: uppdrag</c>.</summary>
    public const string ReportBackAttribute = "återrapporterar";
    public const string CompleteAttribute = "slutför";
    public const string WithdrawAttribute = "återkallar";

    public static IReadOnlyList<(string Attribute, FollowUpKind Kind)> Attributes { get; } =
    [
        (ReportBackAttribute, FollowUpKind.ReportBack),
        (CompleteAttribute, FollowUpKind.Complete),
        (WithdrawAttribute, FollowUpKind.Withdraw),
    ];

    public string Attribute => AttributeOf(Kind);

    public static string AttributeOf(FollowUpKind kind) => kind switch
    {
        FollowUpKind.ReportBack => ReportBackAttribute,
        FollowUpKind.Complete => CompleteAttribute,
        _ => WithdrawAttribute,
    };
}
