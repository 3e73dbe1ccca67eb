namespace Sodertorn.Site.Domain;

/// <summary>A network (nätverk) of one person per municipality, tied to goals.</summary>
public sealed record Network : Entity
{
    public override TargetKind Kind => TargetKind.Network;
    public string? ShortName { get; init; }
    public IReadOnlyList<string> Goals { get; init; } = [];
    public bool Active { get; init; } = true;
}

/// <summary>An organ of the collaboration: samarbetskommittén, ledningsgruppen, kansliet.</summary>
public sealed record Organ : Entity
{
    public override TargetKind Kind => TargetKind.Organ;
    public string? ShortName { get; init; }

    /// <summary>What its meetings' ids begin with: the short name in lowercase ("LG" → "lg"), else the organ's id.</summary>
    public string MeetingIdPrefix
    {
        get
        {
            if (string.IsNullOrWhiteSpace(ShortName)) return Id;
            var lower = ShortName.Trim().ToLowerInvariant();
            return Content.Identifier.IsValid(lower) ? lower : Content.Identifier.Suggest(lower);
        }
    }
}

public sealed record Municipality : Entity
{
    public override TargetKind Kind => TargetKind.Municipality;
    public required string Name { get; init; }
    public long? Inhabitants { get; init; }
    public DateOnly? InhabitantsDate { get; init; }
}

/// <summary>A plain page: about, organisation, the agreement, the programme text, contact.</summary>
public sealed record Page : Entity
{
    public override TargetKind Kind => TargetKind.Page;
}

/// <summary>A document that exists but is not published here, declared in input/data/opublicerade.yml.</summary>
public sealed record UnpublishedDocument(string Id, string Title, string? Kind, DateOnly? Date, Diagnostics.SourceLocation Source);
