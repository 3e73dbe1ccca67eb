using System.Diagnostics;
using System.Text.Json;
using Sodertorn.Site.Pipeline;
using Sodertorn.Site.Search;
using Sodertorn.Site.Tests.Support;
using Sodertorn.Site.Tools;

namespace Sodertorn.Site.Tests.Cms;

/// <summary>A built site with /admin/, for the tests that run the CMS's own scripts; built once per test run.</summary>
public static class CmsSite
{
    private static readonly Lazy<TempSite> Site = new(() =>
    {
        var site = TempSite.CopyOf("valid");
        var result = new BuildPipeline(Options(site.Input, site.Output)).Run();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return site;
    });

    public static string Admin => Path.Combine(Site.Value.Output, "admin");

    public static BuildOptions Options(string input, string output) =>
        new(input, Repository.Theme, output, "https://example.test", Strict: false, new DateOnly(2030, 6, 1)) { BuildSearchIndex = false };
}

/// <summary>
/// The round trip of the CMS (Cms/admin/format.js and components.js, as the build publishes them), run with Node over
/// every file of input/ and of the valid fixture: what a save writes back, byte for byte, and that a new file written
/// in the CMS's style builds the same site.
/// </summary>
public sealed class CmsFormatTests
{
    public static TheoryData<string> Folders() => ["input", "valid"];

    private static string InputOf(string folder) => folder == "input" ? Repository.Input : Path.Combine(Repository.Fixtures, "valid", "input");

    [Theory]
    [MemberData(nameof(Folders))]
    public void Opened_and_saved_without_a_change_every_file_is_the_same_bytes(string folder)
    {
        var results = Checked(InputOf(folder)).Results;

        Assert.Equal(Directory.GetFiles(InputOf(folder), "*.md", SearchOption.AllDirectories).Length, results.Count);
        Assert.Empty(results.Where(r => !r.GetProperty("same").GetBoolean()).Select(r => r.GetProperty("file").GetString()));
    }

    [Theory]
    [MemberData(nameof(Folders))]
    public void A_changed_field_changes_only_its_line(string folder)
    {
        foreach (var result in Checked(InputOf(folder)).Results)
        {
            var file = result.GetProperty("file").GetString();
            var title = result.GetProperty("title");
            // A title that was there is replaced in place; one that was not is one line more.
            Assert.Equal((result.GetProperty("hadTitle").GetBoolean() ? 1 : 0, 1), (title.GetProperty("removed").GetInt32(), title.GetProperty("added").GetInt32()));
            if (result.GetProperty("umlautKey").GetString() is { } key)
            {
                var umlaut = result.GetProperty("umlaut");
                Assert.True((1, 1) == (umlaut.GetProperty("removed").GetInt32(), umlaut.GetProperty("added").GetInt32()), file);
                Assert.StartsWith($"{key}: ", umlaut.GetProperty("line").GetString());
            }
        }
    }

    [Fact]
    public void Every_decision_and_assignment_goes_through_the_editor_component_and_back_unchanged()
    {
        var results = Checked(Repository.Input).Results;

        var mismatches = results.SelectMany(r => r.GetProperty("blockMismatches").EnumerateArray()
            .Select(m => $"{r.GetProperty("file").GetString()}:\n{m.GetProperty("text").GetString()}\n→\n{m.GetProperty("back").GetString()}")).ToList();
        Assert.True(mismatches.Count == 0, string.Join("\n\n", mismatches));
        Assert.True(results.Sum(r => r.GetProperty("blocks").GetInt32()) >= 20);
        // decap-cms#1044: blocks with blank lines inside, as several minutes in input/ write them.
        Assert.True(results.Sum(r => r.GetProperty("blocksWithBlankLines").GetInt32()) >= 5);
        // A changed id rewrites the opening line only; the text inside stays.
        Assert.All(results.Where(r => r.TryGetProperty("blockEdit", out _)), r =>
            Assert.Equal((1, 1), (r.GetProperty("blockEdit").GetProperty("removed").GetInt32(), r.GetProperty("blockEdit").GetProperty("added").GetInt32())));
    }

    [Fact]
    public void A_body_rewritten_by_the_rich_text_editor_keeps_every_line_the_author_did_not_touch()
    {
        foreach (var result in Checked(Repository.Input).Results)
        {
            var diff = result.GetProperty("bodyEdit");
            Assert.True(diff.GetProperty("removed").GetInt32() == 0 && diff.GetProperty("added").GetInt32() <= 2,
                $"{result.GetProperty("file").GetString()}: {diff}");
        }
    }

    [Fact]
    public void Files_written_anew_in_the_cms_style_build_the_same_pages()
    {
        using var original = TempSite.CopyOf(null);
        using var rewritten = new TempSite();
        TempSite.CopyDirectory(Checked(Repository.Input).Rewritten, rewritten.Input);
        TempSite.CopyDirectory(Path.Combine(Repository.Input, "data"), Path.Combine(rewritten.Input, "data"));
        Assert.NotEqual(File.ReadAllText(Path.Combine(original.Input, "protokoll/ledningsgruppen/2023-02-10.md")),
            File.ReadAllText(Path.Combine(rewritten.Input, "protokoll/ledningsgruppen/2023-02-10.md")));

        var before = new BuildPipeline(CmsSite.Options(original.Input, original.Output)).Run();
        var after = new BuildPipeline(CmsSite.Options(rewritten.Input, rewritten.Output)).Run();

        Assert.True(before.Succeeded && after.Succeeded, string.Join("\n", after.Diagnostics));
        var pages = PagesOf(original.Output);
        Assert.True(pages.Count > 40);
        Assert.Equal(pages, PagesOf(rewritten.Output));
        foreach (var page in pages)
            Assert.True(File.ReadAllText(Path.Combine(original.Output, page)) == File.ReadAllText(Path.Combine(rewritten.Output, page)), page);
    }

    /// <summary>The pages, not the link report (it names lines of the files) or the CMS.</summary>
    private static List<string> PagesOf(string output) =>
        Deploy.PagePolicyChecker.SitePages(output).Where(p => !p.StartsWith("lankrapport/", StringComparison.Ordinal)).ToList();

    /// <summary>What the script found for an input folder, and the folder it wrote the files into: run once per folder and test run.</summary>
    private sealed record Check(string Rewritten, List<JsonElement> Results);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<Check>> Checks = new(StringComparer.Ordinal);

    private static Check Checked(string input) => Checks.GetOrAdd(input, folder => new Lazy<Check>(() =>
    {
        var rewritten = Directory.CreateTempSubdirectory("sodertorn-cms-format-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(rewritten, recursive: true); } catch (IOException) { }
        };
        return new Check(rewritten, Run(folder, rewritten));
    })).Value;

    private static List<JsonElement> Run(string input, string rewrite)
    {
        var node = ToolProcess.Find("node") ?? throw new InvalidOperationException("node saknas; .ci/run installerar det");
        var script = Path.Combine(Repository.Root, "tests", "Sodertorn.Site.Tests", "Cms", "format-check.mjs");
        var result = ToolProcess.Run(node, [script, CmsSite.Admin, input, rewrite], Repository.Root, TimeSpan.FromMinutes(2));
        Assert.True(result.Succeeded, result.Errors);
        using var json = JsonDocument.Parse(result.Output);
        return json.RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
    }
}
