using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Sodertorn.Site.Tests.Deploy;

/// <summary>One [[headers]] rule of netlify.toml: a path pattern and the headers sent for paths it matches.</summary>
public sealed record HeaderRule(string For, IReadOnlyDictionary<string, string> Values)
{
    public string? Header(string name) =>
        Values.FirstOrDefault(v => string.Equals(v.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    /// <summary>Netlify's path patterns: '*' matches the rest of the path, slashes included; ':name' one segment.</summary>
    public bool Matches(string path)
    {
        var pattern = string.Concat(Regex.Split(For, "(\\*|:[A-Za-z_][A-Za-z0-9_]*)").Select(part =>
            part == "*" ? ".*" : part.StartsWith(':') ? "[^/]+" : Regex.Escape(part)));
        return Regex.IsMatch(path, "^" + pattern + "$");
    }
}

/// <summary>
/// The part of TOML that netlify.toml uses: [tables], [[headers]] with their [headers.values], [[plugins]], one-line strings
/// and comments. Hand-written so the test project needs no TOML package; anything outside that part throws, so
/// a new shape of the file (another array of tables, a number, a multi-line string) makes the tests fail loudly
/// rather than be read wrong.
/// </summary>
public sealed class NetlifyToml
{
    private readonly Dictionary<string, Dictionary<string, string>> tables = new(StringComparer.Ordinal);
    private readonly List<(Dictionary<string, string> Keys, Dictionary<string, string> Values)> headers = [];
    private readonly List<Dictionary<string, string>> plugins = [];

    /// <summary>The package of each [[plugins]] entry, in order.</summary>
    public IReadOnlyList<string> Plugins =>
        plugins.Select((p, i) => p.TryGetValue("package", out var package) ? package : throw new FormatException($"[[plugins]] number {i + 1} has no 'package'")).ToList();

    public IReadOnlyList<HeaderRule> Headers =>
        headers.Select((h, i) => new HeaderRule(
            h.Keys.TryGetValue("for", out var path) ? path : throw new FormatException($"[[headers]] number {i + 1} has no 'for'"),
            h.Values)).ToList();

    /// <summary>A key of a plain table such as "build" or "context.production", or null.</summary>
    public string? Get(string table, string key) =>
        tables.TryGetValue(table, out var keys) && keys.TryGetValue(key, out var value) ? value : null;

    public static NetlifyToml Load(string path) => Parse(File.ReadAllText(path));

    public static NetlifyToml Parse(string text)
    {
        var toml = new NetlifyToml();
        Dictionary<string, string>? current = null;
        var lines = text.Replace("\r\n", "\n").Split('\n');
        for (var n = 0; n < lines.Length; n++)
        {
            var line = lines[n].Trim();
            try
            {
                if (line.Length == 0 || line.StartsWith('#')) continue;
                if (line.StartsWith("[[", StringComparison.Ordinal)) current = toml.ArrayTable(Header(line, "[[", "]]"));
                else if (line.StartsWith('[')) current = toml.Table(Header(line, "[", "]"));
                else
                {
                    if (current is null) throw new FormatException("keys before the first table are not read");
                    var (key, value) = KeyValue(line);
                    if (!current.TryAdd(key, value)) throw new FormatException($"'{key}' is set twice");
                }
            }
            catch (FormatException e)
            {
                throw new FormatException($"netlify.toml:{n + 1}: {e.Message}", e);
            }
        }
        return toml;
    }

    private Dictionary<string, string> ArrayTable(string name)
    {
        if (name == "plugins")
        {
            plugins.Add(new Dictionary<string, string>(StringComparer.Ordinal));
            return plugins[^1];
        }
        if (name != "headers") throw new FormatException($"[[{name}]] is outside what this parser reads; extend NetlifyToml");
        headers.Add((new Dictionary<string, string>(StringComparer.Ordinal), new Dictionary<string, string>(StringComparer.Ordinal)));
        return headers[^1].Keys;
    }

    private Dictionary<string, string> Table(string name)
    {
        if (name == "headers.values")
            return headers.Count > 0 ? headers[^1].Values : throw new FormatException("[headers.values] before any [[headers]]");
        if (name.StartsWith("headers", StringComparison.Ordinal)) throw new FormatException($"[{name}] is not read");
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        return tables.TryAdd(name, table) ? table : throw new FormatException($"[{name}] appears twice");
    }

    private static string Header(string line, string open, string close)
    {
        var end = line.IndexOf(close, StringComparison.Ordinal);
        if (end < 0) throw new FormatException($"'{line}' does not close with {close}");
        var rest = line[(end + close.Length)..].Trim();
        if (rest.Length > 0 && !rest.StartsWith('#')) throw new FormatException($"text after {close}");
        var name = line[open.Length..end].Trim();
        return Regex.IsMatch(name, "^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$") ? name : throw new FormatException($"table name '{name}' is not read");
    }

    private static (string Key, string Value) KeyValue(string line)
    {
        var pos = 0;
        var key = line[0] == '"' ? BasicString(line, ref pos) : Bare(line, ref pos);
        SkipSpaces(line, ref pos);
        if (pos >= line.Length || line[pos] != '=') throw new FormatException($"expected '=' after '{key}'");
        pos++;
        SkipSpaces(line, ref pos);
        if (line.AsSpan(pos).StartsWith("\"\"\"") || line.AsSpan(pos).StartsWith("'''"))
            throw new FormatException("multi-line strings are not read; keep each value on one line");
        var value = pos < line.Length && line[pos] == '"' ? BasicString(line, ref pos)
            : pos < line.Length && line[pos] == '\'' ? LiteralString(line, ref pos)
            : throw new FormatException($"the value of '{key}' is not a string, which this parser does not read");
        SkipSpaces(line, ref pos);
        if (pos < line.Length && line[pos] != '#') throw new FormatException($"text after the value of '{key}'");
        return (key, value);
    }

    private static string Bare(string line, ref int pos)
    {
        var start = pos;
        while (pos < line.Length && (char.IsAsciiLetterOrDigit(line[pos]) || line[pos] is '_' or '-')) pos++;
        return pos > start ? line[start..pos] : throw new FormatException($"no key in '{line}'");
    }

    private static string BasicString(string line, ref int pos)
    {
        var text = new StringBuilder();
        for (pos++; pos < line.Length; pos++)
        {
            var c = line[pos];
            if (c == '"') { pos++; return text.ToString(); }
            if (c != '\\') { text.Append(c); continue; }
            if (++pos >= line.Length) break;
            text.Append(line[pos] switch
            {
                '"' => "\"", '\\' => "\\", 'n' => "\n", 't' => "\t",
                'u' when pos + 4 < line.Length => ((char)int.Parse(line.AsSpan(pos + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString(),
                _ => throw new FormatException($"escape \\{line[pos]} is not read"),
            });
            if (line[pos] == 'u') pos += 4;
        }
        throw new FormatException("a string is not closed on its line");
    }

    private static string LiteralString(string line, ref int pos)
    {
        var end = line.IndexOf('\'', pos + 1);
        if (end < 0) throw new FormatException("a string is not closed on its line");
        var value = line[(pos + 1)..end];
        pos = end + 1;
        return value;
    }

    private static void SkipSpaces(string line, ref int pos)
    {
        while (pos < line.Length && line[pos] is ' ' or '\t') pos++;
    }
}
