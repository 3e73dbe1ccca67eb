using System.Globalization;
using System.Text;
using Sodertorn.Site.Cms;
using Sodertorn.Site.Linking;
using Sodertorn.Site.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Sodertorn.Site.Tests.Cms;

/// <summary>
/// The CMS's configuration against what the build accepts, both ways: a document with every field of a collection filled
/// in is read by the build without a finding, and every key the build reads (as its own "unknown field" message lists
/// them) is a field of the collection. And the collections' folders against input/: every file has one collection.
/// </summary>
public sealed class CmsConfigTests
{
    // A key no reader knows, far from every known one, so that the message lists the allowed keys instead of guessing.
    private const string Unknown = "qqqqqqqqqqqqqqqqqqqqqqqq";

    private static readonly Lazy<LinkedSite> RealSite = new(() => ContentFixture.Link(Repository.Input).Site);

    public static TheoryData<string> CollectionNames() => [.. CmsConfig.Collections(RealSite.Value).Select(c => (string)c["name"]!)];

    [Theory]
    [MemberData(nameof(CollectionNames))]
    public void A_document_with_every_field_filled_in_is_read_without_a_finding(string name)
    {
        var document = SampleDocument(Collection(name), withUnknownKeys: false);

        var (entity, diagnostics) = ContentFixture.Read(Path(name), document.Text);

        Assert.NotNull(entity);
        Assert.True(diagnostics.Sorted().Count == 0, string.Join("\n", diagnostics.Sorted()) + "\n" + document.Text);
    }

    [Theory]
    [MemberData(nameof(CollectionNames))]
    public void Every_key_the_build_reads_is_a_field_of_the_collection(string name)
    {
        var document = SampleDocument(Collection(name), withUnknownKeys: true);

        var (_, diagnostics) = ContentFixture.Read(Path(name), document.Text);

        var unknown = diagnostics.Sorted().Where(d => d.Code == "field-unknown").ToList();
        Assert.Equal(document.Levels.Count, unknown.Count);
        foreach (var finding in unknown)
        {
            var fields = document.Levels[finding.Location.Line];
            Assert.StartsWith("tillåtna fält är: ", finding.Suggestion);
            var accepted = finding.Suggestion!["tillåtna fält är: ".Length..].Split(", ").ToHashSet(StringComparer.Ordinal);
            Assert.True(accepted.SetEquals(fields), $"line {finding.Location.Line}: the build reads {string.Join(", ", accepted.Order())}; the CMS has {string.Join(", ", fields.Order())}");
        }
    }

    [Theory]
    [MemberData(nameof(CollectionNames))]
    public void Every_option_of_a_select_is_a_value_the_build_accepts(string name)
    {
        var collection = Collection(name);
        foreach (var field in Fields(collection).Where(f => (string?)f["widget"] == "select"))
        {
            foreach (var option in ((List<object>)field["options"]!).Cast<string>())
            {
                var document = SampleDocument(collection, withUnknownKeys: false, choose: (field, option));
                var (_, diagnostics) = ContentFixture.Read(Path(name), document.Text);
                Assert.True(diagnostics.Sorted().Count == 0, $"{field["name"]}: {option}: " + string.Join("\n", diagnostics.Sorted()));
            }
        }
    }

    [Fact]
    public void Every_file_in_input_belongs_to_exactly_one_collection()
    {
        var collections = CmsConfig.Collections(RealSite.Value).ToList();
        var files = Directory.GetFiles(Repository.Input, "*.md", SearchOption.AllDirectories)
            .Select(f => System.IO.Path.GetRelativePath(Repository.Root, f).Replace('\\', '/')).ToList();
        Assert.True(files.Count > 40);
        foreach (var file in files)
        {
            var kind = KindOf(System.IO.Path.Combine(Repository.Root, file));
            var owners = collections.Where(c => Holds(c, file, kind)).Select(c => (string)c["name"]!).ToList();
            Assert.True(owners.Count == 1, $"{file} ({kind}): {string.Join(", ", owners)}");
        }
    }

    [Fact]
    public void Minutes_have_a_collection_per_organ_that_meets_and_activities_one_per_plan()
    {
        var names = CmsConfig.Collections(RealSite.Value).Select(c => (string)c["name"]!).ToList();
        Assert.Contains("protokoll-ledningsgruppen", names);
        Assert.Contains("protokoll-samarbetskommitten", names);
        Assert.DoesNotContain("protokoll-kansliet", names);
        Assert.Contains("aktiviteter-2024", names);
        var minutes = Collection("protokoll-ledningsgruppen");
        Assert.Equal("input/protokoll/ledningsgruppen", minutes["folder"]);
        Assert.Equal("{{fields.datum}}", minutes["slug"]);
        Assert.Equal("ledningsgruppen", Fields(minutes).Single(f => (string)f["name"]! == "organ")["default"]);
    }

    [Fact]
    public void The_written_configuration_is_yaml_with_the_backends_and_swedish()
    {
        var text = CmsConfig.Text(RealSite.Value, CmsBackend.Read(CmsInstallation.DefaultFolder));
        var yaml = new YamlStream();
        yaml.Load(new StringReader(text));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        string Scalar(YamlNode node, string key) => ((YamlScalarNode)((YamlMappingNode)node).Children[new YamlScalarNode(key)]).Value!;
        var backend = root.Children[new YamlScalarNode("backend")];
        Assert.Equal("github", Scalar(backend, "name"));
        Assert.Matches("^[A-Za-z0-9-]+/[A-Za-z0-9._-]+$", Scalar(backend, "repo"));
        Assert.Equal("editorial_workflow", Scalar(root, "publish_mode"));
        Assert.Equal("true", Scalar(root, "local_backend"));
        Assert.Equal("sv", Scalar(root, "locale"));
        var collections = (YamlSequenceNode)root.Children[new YamlScalarNode("collections")];
        Assert.Equal(CmsConfig.Collections(RealSite.Value).Count(), collections.Children.Count);
        // Keys with å, ä and ö are written as they are, not escaped: the CMS matches them against the files' keys.
        Assert.Contains("- name: \"mötesform\"", text);
        Assert.Contains("- name: \"nästa_möte\"", text);
    }

    [Fact]
    public void Every_field_but_hidden_ones_has_a_label_and_the_body_the_decision_components()
    {
        foreach (var collection in CmsConfig.Collections(RealSite.Value))
        {
            foreach (var field in AllFields(Fields(collection)).Where(f => (string?)f["widget"] != "hidden"))
                Assert.False(string.IsNullOrWhiteSpace((string?)field["label"]), $"{collection["name"]}: {field["name"]}");
            var body = Fields(collection).Single(f => (string)f["name"]! == "body");
            Assert.Equal(["beslut", "uppdrag", "xref"], ((IEnumerable<object>)body["editor_components"]!).Cast<string>());
        }
    }

    [Theory]
    [MemberData(nameof(CollectionNames))]
    public void Every_heading_the_editor_offers_is_one_the_build_accepts(string name)
    {
        var body = Fields(Collection(name)).Single(f => (string)f["name"]! == "body");
        var levels = ((IEnumerable<object>)body["buttons"]!).Cast<string>()
            .Select(b => Array.IndexOf(["heading-one", "heading-two", "heading-three", "heading-four", "heading-five", "heading-six"], b) + 1)
            .Where(level => level > 0).ToList();
        Assert.Contains(2, levels);
        foreach (var level in levels)
        {
            // As Decap writes a heading chosen from its menu: the marks, a space, the text.
            var text = SampleDocument(Collection(name), withUnknownKeys: false).Text.TrimEnd() + "\n\n" + new string('#', level) + " Rubrik {#rubrik}\n";

            var (_, diagnostics) = ContentFixture.Read(Path(name), text);

            Assert.True(diagnostics.Sorted().Count == 0, $"heading-{level}: " + string.Join("\n", diagnostics.Sorted()));
        }
    }

    private static YamlMap Collection(string name) => CmsConfig.Collections(RealSite.Value).Single(c => (string)c["name"]! == name);

    [Theory]
    [MemberData(nameof(CollectionNames))]
    public void An_id_field_lets_through_exactly_the_ids_the_build_accepts(string name)
    {
        var patterns = AllFields(Fields(Collection(name))).Where(f => f["pattern"] is not null)
            .Select(f => (Field: (string)f["name"]!, Pattern: (string)((object[])f["pattern"]!)[0]))
            .ToList();
        Assert.NotEmpty(patterns);
        string[] ids = ["x", "7", "ab", "vp-2024", "lg-2023-02-10", "Vp", "a--b", "-a", "a-", "å-ä", "ab\n", "ab ", new string('a', 80), new string('a', 81)];
        foreach (var (field, pattern) in patterns)
        {
            // As the editor checks a field as it is typed: JavaScript's RegExp(pattern).test(value) (Decap CMS 3's validatePattern).
            var accepted = JavaScriptMatches(pattern, ids);
            for (var i = 0; i < ids.Length; i++)
                Assert.True(accepted[i] == Site.Content.Identifier.IsValid(ids[i]), $"{field}: '{ids[i]}' is {(accepted[i] ? "accepted" : "refused")} by the editor");
        }
    }

    private static bool[] JavaScriptMatches(string pattern, string[] values)
    {
        var node = Site.Tools.ToolProcess.Find("node") ?? throw new InvalidOperationException("node saknas; .ci/run installerar det");
        var script = "const [p, v] = process.argv.slice(1).map(JSON.parse); console.log(JSON.stringify(v.map(x => RegExp(p).test(x))));";
        var result = Site.Tools.ToolProcess.Run(node, ["-e", script, System.Text.Json.JsonSerializer.Serialize(pattern), System.Text.Json.JsonSerializer.Serialize(values)],
            Repository.Root, TimeSpan.FromSeconds(30));
        Assert.True(result.Succeeded, result.Errors);
        return System.Text.Json.JsonSerializer.Deserialize<bool[]>(result.Output)!;
    }

    private static List<YamlMap> Fields(YamlMap map) => ((List<object>)map["fields"]!).Cast<YamlMap>().ToList();

    private static IEnumerable<YamlMap> AllFields(IEnumerable<YamlMap> fields) =>
        fields.SelectMany(f => f["fields"] is List<object> inner ? [f, .. AllFields(inner.Cast<YamlMap>())] : new[] { f });

    /// <summary>A path in the collection's folder, as the CMS would name a new file.</summary>
    private static string Path(string name) =>
        ((string)Collection(name)["folder"]!)["input/".Length..] + (name == "planer" ? "/2030/verksamhetsplan.md" : "/exempel.md");

    private static string? KindOf(string file)
    {
        var match = System.Text.RegularExpressions.Regex.Match(File.ReadAllText(file), "^typ: *(.+)$", System.Text.RegularExpressions.RegexOptions.Multiline);
        return match.Success ? match.Groups[1].Value.Trim() : null;
    }

    /// <summary>As Decap lists a folder collection: files at the depth its path gives, with the kind its filter names.</summary>
    private static bool Holds(YamlMap collection, string file, string? kind)
    {
        var folder = (string)collection["folder"]! + "/";
        if (!file.StartsWith(folder, StringComparison.Ordinal)) return false;
        var depth = collection["path"] is string path ? path.Count(c => c == '/') + 1 : 1;
        var filter = (YamlMap)collection["filter"]!;
        return file[folder.Length..].Count(c => c == '/') + 1 == depth && (string?)filter["value"] == kind;
    }

    private sealed record Sample(string Text, Dictionary<int, HashSet<string>> Levels);

    /// <summary>
    /// Front matter with a value for every field, as the CMS would write it; with <paramref name="withUnknownKeys"/>, an
    /// unknown key in every mapping too, and for each its line and the field names of its mapping.
    /// </summary>
    private static Sample SampleDocument(YamlMap collection, bool withUnknownKeys, (YamlMap Field, string Value)? choose = null)
    {
        var lines = new List<string> { "---" };
        var people = 0;
        var levels = new Dictionary<int, HashSet<string>>();
        var fields = Fields(collection).Where(f => (string)f["name"]! != "body").ToList();
        WriteMap(fields, 0, null);
        lines.Add("---");
        lines.Add("");
        lines.Add("Text.");
        return new Sample(string.Join("\n", lines) + "\n", levels);

        void WriteMap(List<YamlMap> mapFields, int indent, string? firstPrefix)
        {
            var first = true;
            string Prefix()
            {
                var prefix = first && firstPrefix is not null ? firstPrefix : new string(' ', indent);
                first = false;
                return prefix;
            }
            foreach (var field in mapFields)
            {
                var name = (string)field["name"]!;
                var widget = (string?)field["widget"];
                if (widget is "list" && field["fields"] is List<object> itemFields)
                {
                    lines.Add($"{Prefix()}{name}:");
                    WriteMap(itemFields.Cast<YamlMap>().ToList(), indent + 4, new string(' ', indent + 2) + "- ");
                }
                else if (widget is "list")
                {
                    lines.Add($"{Prefix()}{name}:");
                    lines.Add($"{new string(' ', indent + 2)}- \"exempel\"");
                }
                else if (widget is "object")
                {
                    lines.Add($"{Prefix()}{name}:");
                    WriteMap(((List<object>)field["fields"]!).Cast<YamlMap>().ToList(), indent + 2, null);
                }
                else
                {
                    // Each person a different one (a name twice in a meeting's lists is an error), the first "Exempel", as a
                    // list's sample value names the adjuster.
                    var value = choose is { } c && ReferenceEquals(c.Field, field) ? $"\"{c.Value}\""
                        : name == "namn" ? (people++ == 0 ? "\"Exempel\"" : $"\"Exempel {people}\"")
                        : Value(field, name, widget, indent);
                    lines.Add($"{Prefix()}{name}: {value}");
                }
            }
            if (withUnknownKeys)
            {
                lines.Add($"{Prefix()}{Unknown}: \"x\"");
                // Lines count from 1, and the front matter's first line is the '---' before it.
                levels[lines.Count] = mapFields.Select(f => (string)f["name"]!).ToHashSet(StringComparer.Ordinal);
            }
        }
    }

    private static int ids;

    /// <summary>
    /// A value the build accepts for a field. Values that must agree with each other do: a meeting ends after it starts,
    /// and a date in a group (the next meeting, a calendar entry) is a month after the document's own. (People: see
    /// SampleDocument.)
    /// </summary>
    private static string Value(YamlMap field, string name, string? widget, int indent) => widget switch
    {
        "hidden" => $"\"{field["default"]}\"",
        "boolean" => "true",
        "number" => name == "år" ? "2030" : "1",
        "select" => $"\"{((List<object>)field["options"]!).Cast<string>().First()}\"",
        "relation" => "exempel",
        "datetime" when (string?)field["format"] == "HH:mm" => name == "slut" ? "\"10:00\"" : "\"08:30\"",
        "datetime" => indent == 0 ? "2030-02-16" : "2030-03-16",
        _ when name == "id" => $"exempel-id-{Interlocked.Increment(ref ids)}",
        _ when field["pattern"] is not null => "exempel",
        _ => "\"Exempel\"",
    };
}
