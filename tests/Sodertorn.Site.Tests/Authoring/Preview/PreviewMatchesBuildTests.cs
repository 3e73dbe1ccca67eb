using Sodertorn.Site.Pipeline;
using Sodertorn.Site.Authoring.Preview;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Authoring.Preview;

public sealed class PreviewMatchesBuildTests
{
    [Fact]
    public async Task Build_output_never_contains_the_preview_script()
    {
        using var site = TempSite.CopyOf("valid");
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        foreach (var file in Directory.GetFiles(site.Output, "*", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain("forhandsgranskning", Path.GetFileName(file), StringComparison.OrdinalIgnoreCase);
            if (Path.GetExtension(file) is ".html" or ".js" or ".css" or ".json" or ".xml")
                Assert.DoesNotContain(PreviewPaths.Prefix, await File.ReadAllTextAsync(file));
        }
    }

    [Fact]
    public async Task After_edits_the_preview_folder_holds_exactly_what_build_writes()
    {
        await using var preview = await RunningPreview.StartAsync();
        await using var events = await preview.EventsAsync();

        // An edit the early pass handles (a page's own text), then one that changes other pages (an organ's title).
        var meeting = Path.Combine(preview.Site.Input, "protokoll/lg-2030-03-01.md");
        preview.Site.Write("protokoll/lg-2030-03-01.md", File.ReadAllText(meeting).Replace("hälsar välkommen", "öppnar mötet", StringComparison.Ordinal));
        await events.NextAsync("bygge", b => b.Complete());
        var organ = Path.Combine(preview.Site.Input, "organisation/ledningsgruppen.md");
        preview.Site.Write("organisation/ledningsgruppen.md", File.ReadAllText(organ).Replace("titel: Ledningsgruppen", "titel: Styrgruppen", StringComparison.Ordinal));
        Assert.True((await events.NextAsync("bygge", b => b.Complete())).Succeeded());
        // And a new file, taken in without reading input/ again.
        preview.Site.Write("sidor/a-forst.md", "---\ntyp: sida\nid: a-forst\ntitel: Först i ordningen\n---\nSe [mötet](xref:lg-2030-03-01).\n");
        Assert.True((await events.NextAsync("bygge", b => b.Complete())).Succeeded());

        // Without the search index, which only `build` makes (Pagefind runs over the finished site); the preview makes
        // its own when the search page first asks for it (PreviewServerTests).
        var options = preview.Site.Options(theme: preview.Theme) with { BaseUrl = preview.Host.Url, Today = RunningPreview.Today };
        var build = new BuildPipeline(options).Run();
        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));

        var built = Files(preview.Site.Output);
        Assert.Equal(built, Files(preview.Host.Folder));
        foreach (var file in built)
            Assert.True(File.ReadAllBytes(Path.Combine(preview.Site.Output, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(preview.Host.Folder, file))),
                $"{file} differs between build and preview");
    }

    private static List<string> Files(string root) =>
        Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !Path.GetFileName(f).StartsWith('.')) // never served: the preview's lock file
            .Order(StringComparer.Ordinal)
            .ToList();
}
