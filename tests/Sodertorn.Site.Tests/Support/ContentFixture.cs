using Sodertorn.Site.Content;
using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Domain;
using Sodertorn.Site.Domain.Reading;
using Sodertorn.Site.Linking;
using Sodertorn.Site.Markdown;

namespace Sodertorn.Site.Tests.Support;

/// <summary>Runs read-free stages (parse, model, link) on in-memory files, for tests of one stage's behaviour.</summary>
public static class ContentFixture
{
    public static (Entity? Entity, DiagnosticBag Diagnostics) Read(string path, string text)
    {
        var diagnostics = new DiagnosticBag();
        var parsed = new DocumentParser(MarkdownPipelineFactory.ForParsing, diagnostics).Parse(new SourceFile(path, text));
        return (parsed is null ? null : new EntityReader(diagnostics).Read(parsed), diagnostics);
    }

    public static string ValidFile(string relativePath) =>
        File.ReadAllText(Path.Combine(Repository.Fixtures, "valid", "input", relativePath));

    /// <summary>Parses and links every Markdown file of a fixture input folder plus extra files.</summary>
    public static (LinkedSite Site, DiagnosticBag Diagnostics) Link(string inputDir, params (string Path, string Text)[] extra)
    {
        var diagnostics = new DiagnosticBag();
        var parser = new DocumentParser(MarkdownPipelineFactory.ForParsing, diagnostics);
        var files = Directory.GetFiles(inputDir, "*.md", SearchOption.AllDirectories)
            .Select(f => new SourceFile(Path.GetRelativePath(inputDir, f).Replace('\\', '/'), File.ReadAllText(f)))
            .Where(f => extra.All(e => e.Path != f.RelativePath))
            .Concat(extra.Select(e => new SourceFile(e.Path, e.Text)))
            .OrderBy(f => f.RelativePath, StringComparer.Ordinal)
            .ToList();
        var data = Directory.GetFiles(inputDir, "*.yml", SearchOption.AllDirectories)
            .Select(f => new SourceFile(Path.GetRelativePath(inputDir, f).Replace('\\', '/'), File.ReadAllText(f))).ToList();
        var entities = files.Select(parser.Parse).OfType<ParsedDocument>().Select(new EntityReader(diagnostics).Read).OfType<Entity>().ToList();
        var unpublished = new UnpublishedReader(parser, diagnostics).Read(data);
        return (new Linker(diagnostics, Sodertorn.Site.Pipeline.SiteBuild.Reserved).Link(entities, unpublished), diagnostics);
    }

    public static string ValidInput => Path.Combine(Repository.Fixtures, "valid", "input");
}
