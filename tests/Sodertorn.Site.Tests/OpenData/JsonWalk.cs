using System.Text.Json;

namespace Sodertorn.Site.Tests.OpenData;

/// <summary>Helpers to read the open data back with JsonDocument, independent of the records that wrote it.</summary>
public static class JsonWalk
{
    /// <summary>Every object in the document, depth first, with its path ("$.data[0].agendaItem[2]").</summary>
    public static IEnumerable<(string Path, JsonElement Object)> Objects(JsonElement element, string path = "$")
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            yield return (path, element);
            foreach (var property in element.EnumerateObject())
                foreach (var inner in Objects(property.Value, $"{path}.{property.Name}"))
                    yield return inner;
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in element.EnumerateArray())
                foreach (var inner in Objects(item, $"{path}[{i++}]"))
                    yield return inner;
        }
    }

    public static string? String(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static IReadOnlyList<string> Strings(JsonElement obj, string name) =>
        obj.GetProperty(name).EnumerateArray().Select(e => e.GetString()!).ToList();

    public static IReadOnlyList<JsonElement> Data(JsonDocument file) => file.RootElement.GetProperty("data").EnumerateArray().ToList();

    /// <summary>
    /// Whether an example (from the documentation) is real output: every field of the example is in the real
    /// object with the same value; a list in the example holds some of the real list's items; a text ending
    /// in "…" is the start of the real text; addresses are compared after the example's site address.
    /// </summary>
    public static bool Matches(JsonElement example, JsonElement real, string exampleBase, string realBase)
    {
        switch (example.ValueKind)
        {
            case JsonValueKind.Object:
                if (real.ValueKind != JsonValueKind.Object) return false;
                var realNames = real.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
                var exampleNames = example.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
                return realNames.SetEquals(exampleNames) &&
                       example.EnumerateObject().All(p => Matches(p.Value, real.GetProperty(p.Name), exampleBase, realBase));
            case JsonValueKind.Array:
                if (real.ValueKind != JsonValueKind.Array) return false;
                var items = real.EnumerateArray().ToList();
                var shown = example.EnumerateArray().ToList();
                // An empty list in an example says the real list is empty; a shortened one keeps at least one item.
                return shown.Count == 0 ? items.Count == 0 : shown.All(e => items.Any(r => Matches(e, r, exampleBase, realBase)));
            case JsonValueKind.String:
                if (real.ValueKind != JsonValueKind.String) return false;
                var text = example.GetString()!.Replace(exampleBase, realBase, StringComparison.Ordinal);
                var actual = real.GetString()!;
                return text.EndsWith('…') ? actual.StartsWith(text.TrimEnd('…').TrimEnd(), StringComparison.Ordinal) : text == actual;
            default:
                return example.GetRawText() == real.GetRawText();
        }
    }
}
