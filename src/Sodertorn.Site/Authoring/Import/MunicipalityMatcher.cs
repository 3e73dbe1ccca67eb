using Sodertorn.Site.Content;

namespace Sodertorn.Site.Authoring.Import;

/// <summary>
/// Recognises a municipality as minutes write it ("Botkyrka", "Botkyrka kommun", "Nynäshamns kommun") and
/// gives its id. Knows the eight Södertörn municipalities, and whatever municipalities the site itself has.
/// </summary>
public sealed class MunicipalityMatcher
{
    public static readonly IReadOnlyDictionary<string, string> Sodertorn = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["botkyrka"] = "Botkyrka",
        ["haninge"] = "Haninge",
        ["huddinge"] = "Huddinge",
        ["nykvarn"] = "Nykvarn",
        ["nynashamn"] = "Nynäshamn",
        ["salem"] = "Salem",
        ["sodertalje"] = "Södertälje",
        ["tyreso"] = "Tyresö",
    };

    private readonly Dictionary<string, string> idByKey = new(StringComparer.Ordinal);

    /// <param name="siteMunicipalities">Id and name of each municipality in input/kommuner/.</param>
    public MunicipalityMatcher(IEnumerable<(string Id, string Name)> siteMunicipalities)
    {
        foreach (var (id, name) in Sodertorn.Select(p => (p.Key, p.Value)).Concat(siteMunicipalities))
        {
            idByKey.TryAdd(Identifier.Suggest(name), id);
            idByKey.TryAdd(id, id);
        }
    }

    public static MunicipalityMatcher Default { get; } = new([]);

    /// <summary>The municipality's id when the whole text names one, else null.</summary>
    public string? Match(string text)
    {
        var key = Identifier.Suggest(text);
        if (key.EndsWith("-kommun", StringComparison.Ordinal)) key = key[..^"-kommun".Length];
        if (idByKey.TryGetValue(key, out var id)) return id;
        // The genitive before "kommun": "Nykvarns kommun", "Salems kommun".
        return key.EndsWith('s') && idByKey.TryGetValue(key[..^1], out var genitive) ? genitive : null;
    }
}
