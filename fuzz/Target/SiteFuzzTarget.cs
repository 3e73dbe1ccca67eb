using Sodertorn.Site.Content;
using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Domain;
using Sodertorn.Site.Domain.Reading;
using Sodertorn.Site.Linking;
using Sodertorn.Site.Markdown;
using Sodertorn.Site.PostProcessing;
using Sodertorn.Site.Rendering;
using Sodertorn.Site.Validation;

namespace Sodertorn.Site.Fuzz;

/// <summary>
/// The fuzz target, shared by the AFL++ program (fuzz/) and the smoke test (tests/…/Fuzz/). One input is one file of a
/// site: its first byte picks a slot (a file of the small valid fixture site, replaced, or a new page, or the data
/// file), the rest are the file's bytes. The file goes through the build's own stages, called directly as
/// BuildPipeline.ReadAndLink calls them — read (from disk, as a build reads it), parse, model — and then the whole
/// site, the fixture's other files included, through link and validate; an error-free site also renders the file's
/// pages and post-processes them. Any exception that escapes is a crash: a build must turn bad input into diagnostics.
/// </summary>
public sealed class SiteFuzzTarget : IDisposable
{
    /// <summary>A new document beside the fixture's, so that an input need not replace one to be read.</summary>
    public const string NewDocumentSlot = "sidor/fuzz-ny.md";

    /// <summary>The date the calendar check counts from: fixed, so that a run does not depend on the day.</summary>
    public static readonly DateOnly Today = new(2030, 6, 1);

    private readonly string workRoot;
    private readonly Dictionary<string, Entity> fixtureEntities;
    private readonly IReadOnlyList<UnpublishedDocument> fixtureUnpublished;
    private readonly Theme theme;

    /// <param name="repositoryRoot">The checkout: the fixture site and the theme are read from it, once.</param>
    public SiteFuzzTarget(string repositoryRoot)
    {
        var fixture = Path.Combine(repositoryRoot, "tests", "Sodertorn.Site.Tests", "Fixtures", "valid", "input");
        var diagnostics = new DiagnosticBag();
        var input = new InputReader(diagnostics).Read(fixture);
        var parser = new DocumentParser(MarkdownPipelineFactory.ForParsing, diagnostics);
        var reader = new EntityReader(diagnostics);
        fixtureEntities = new Dictionary<string, Entity>(StringComparer.Ordinal);
        var kinds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in input.Documents)
        {
            if (parser.Parse(file) is not { } parsed || reader.Read(parsed) is not { } entity) continue;
            fixtureEntities[file.RelativePath] = entity;
            kinds[file.RelativePath] = parsed.Kind;
        }
        fixtureUnpublished = new UnpublishedReader(parser, diagnostics).Read(input.DataFiles);
        if (diagnostics.HasErrors || fixtureEntities.Count == 0)
            throw new InvalidOperationException("the valid fixture site does not read cleanly:\n" + string.Join("\n", diagnostics.Sorted()));

        theme = Theme.Load(Path.Combine(repositoryRoot, "theme"), diagnostics);
        Slots = [.. fixtureEntities.Keys.Order(StringComparer.Ordinal), NewDocumentSlot, UnpublishedReader.FileName];
        KindOfSlot = kinds;
        // One folder per target: the read stage reads the input from disk, as a build does (memory-backed where there is one).
        var temp = Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath();
        workRoot = Path.Combine(temp, "sodertorn-fuzz-" + Environment.ProcessId + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(workRoot);
    }

    /// <summary>Where an input's file goes, by its first byte (modulo the count): every fixture document, a new page, the data file.</summary>
    public IReadOnlyList<string> Slots { get; }

    /// <summary>The document kind (front matter 'typ') of each fixture slot, for placing seeds.</summary>
    public IReadOnlyDictionary<string, string> KindOfSlot { get; }

    /// <summary>The slot an input names and the file's bytes.</summary>
    public (string Slot, ReadOnlyMemory<byte> Bytes) Split(ReadOnlyMemory<byte> input) =>
        input.IsEmpty ? (Slots[0], input) : (Slots[input.Span[0] % Slots.Count], input[1..]);

    /// <summary>An input that places these bytes in this slot.</summary>
    public byte[] Encode(string slot, ReadOnlySpan<byte> bytes)
    {
        var index = Slots.ToList().IndexOf(slot);
        if (index < 0) throw new ArgumentException($"no slot {slot}", nameof(slot));
        return [(byte)index, .. bytes];
    }

    /// <summary>Runs one input through the stages; returns what the build reported. Throws what escapes them.</summary>
    public IReadOnlyList<Diagnostic> Run(ReadOnlyMemory<byte> input)
    {
        var (slot, bytes) = Split(input);
        var path = Path.Combine(workRoot, slot);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes.ToArray());
        try
        {
            return Build(slot);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private IReadOnlyList<Diagnostic> Build(string slot)
    {
        var diagnostics = new DiagnosticBag();
        var files = new InputReader(diagnostics);
        var listing = files.List(workRoot);
        var parser = new DocumentParser(MarkdownPipelineFactory.ForParsing, diagnostics);
        var reader = new EntityReader(diagnostics);
        var read = listing.Documents.Select(files.ReadText).OfType<SourceFile>()
            .Select(parser.Parse).OfType<ParsedDocument>().Select(reader.Read).OfType<Entity>();
        var entities = fixtureEntities.Where(e => e.Key != slot).Select(e => e.Value).Concat(read).ToList();
        var unpublished = slot == UnpublishedReader.FileName ? new UnpublishedReader(parser, diagnostics).Read(listing.DataFiles) : fixtureUnpublished;
        var site = new Linker(diagnostics).Link(entities, unpublished);
        Validator.Default.Validate(new ValidationContext(site, Today, diagnostics));
        // A build renders only a site without errors: a page of a site with errors is never made.
        if (!diagnostics.HasErrors) Render(site, slot, diagnostics);
        return diagnostics.Sorted();
    }

    /// <summary>The pages made from the slot's file (or, for the data file, from none), rendered and post-processed as a build does.</summary>
    private void Render(LinkedSite site, string slot, DiagnosticBag diagnostics)
    {
        var renderer = new SiteRenderer(theme, "https://example.test", Today, diagnostics);
        var session = renderer.Begin(site, MarkdownPipelineFactory.Create(site.Index));
        var postProcessor = new HtmlPostProcessor(diagnostics);
        foreach (var job in session.Jobs.Where(j => j.SourceFile == slot))
            if (renderer.Render(session, job) is { } page)
                postProcessor.Process(page);
    }

    public void Dispose()
    {
        if (Directory.Exists(workRoot)) Directory.Delete(workRoot, recursive: true);
    }
}
