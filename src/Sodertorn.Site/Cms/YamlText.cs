using System.Globalization;
using System.Text;

namespace Sodertorn.Site.Cms;

/// <summary>An ordered YAML mapping: keys are written in the order they are added.</summary>
public sealed class YamlMap : List<KeyValuePair<string, object?>>
{
    public void Add(string key, object? value)
    {
        if (value is not null) Add(new KeyValuePair<string, object?>(key, value));
    }

    public object? this[string key] => this.FirstOrDefault(p => p.Key == key).Value;
}

/// <summary>
/// Writes the CMS configuration as YAML: mappings, lists, text (always double-quoted, so that no value is read as a
/// number, a date or a flag), whole numbers and flags. A few lines of its own rather than a serializer's reflection:
/// the generator is compiled ahead of time for the benchmarks.
/// </summary>
public static class YamlText
{
    public static string Write(YamlMap root)
    {
        var text = new StringBuilder();
        WriteMap(text, root, 0);
        return text.ToString();
    }

    private static void WriteMap(StringBuilder text, YamlMap map, int indent)
    {
        foreach (var (key, value) in map)
        {
            text.Append(' ', indent).Append(Key(key)).Append(':');
            WriteValue(text, value, indent);
        }
    }

    private static void WriteValue(StringBuilder text, object? value, int indent)
    {
        switch (value)
        {
            case YamlMap { Count: 0 }:
                text.AppendLine(" {}");
                break;
            case YamlMap map:
                text.AppendLine();
                WriteMap(text, map, indent + 2);
                break;
            case IEnumerable<object> list when value is not string:
                var items = list.ToList();
                if (items.Count == 0)
                {
                    text.AppendLine(" []");
                    break;
                }
                text.AppendLine();
                foreach (var item in items)
                {
                    text.Append(' ', indent + 2).Append('-');
                    if (item is YamlMap itemMap && itemMap.Count > 0)
                    {
                        // The first key on the dash's line, the rest under it.
                        var first = true;
                        foreach (var (key, inner) in itemMap)
                        {
                            text.Append(' ', first ? 1 : indent + 4).Append(Key(key)).Append(':');
                            WriteValue(text, inner, indent + 4);
                            first = false;
                        }
                    }
                    else
                    {
                        WriteValue(text, item, indent + 2);
                    }
                }
                break;
            default:
                text.Append(' ').AppendLine(Scalar(value));
                break;
        }
    }

    private static string Key(string key) =>
        key.All(c => char.IsLetterOrDigit(c) || c is '_' or '-') ? key : Quote(key);

    private static string Scalar(object? value) => value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        int or long => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        _ => Quote(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""),
    };

    public static string Quote(string text)
    {
        var result = new StringBuilder("\"");
        foreach (var c in text)
        {
            result.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                < ' ' => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }
        return result.Append('"').ToString();
    }
}
