using Sodertorn.Site.Domain;

namespace Sodertorn.Site.Linking;

/// <summary>Link stage output: the published entities by kind, sorted, with their index and graph.</summary>
public sealed record LinkedSite(
    IReadOnlyList<Meeting> Meetings,
    IReadOnlyList<Plan> Plans,
    IReadOnlyList<Activity> Activities,
    IReadOnlyList<Goal> Goals,
    IReadOnlyList<Network> Networks,
    IReadOnlyList<Organ> Organs,
    IReadOnlyList<Municipality> Municipalities,
    IReadOnlyList<Page> Pages,
    IReadOnlyList<UnpublishedDocument> Unpublished,
    IdentifierIndex Index,
    SiteGraph Graph)
{
    public IEnumerable<Entity> All =>
        Meetings.Cast<Entity>().Concat(Plans).Concat(Activities).Concat(Goals).Concat(Networks).Concat(Organs).Concat(Municipalities).Concat(Pages);

    private readonly Dictionary<string, Entity> byId = Meetings.Cast<Entity>().Concat(Plans).Concat(Activities).Concat(Goals)
        .Concat(Networks).Concat(Organs).Concat(Municipalities).Concat(Pages)
        .GroupBy(e => e.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    public T? Find<T>(string? id) where T : Entity => id is not null && byId.TryGetValue(id, out var e) ? e as T : null;
}
