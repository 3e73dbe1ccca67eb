using Sodertorn.Site.Content;
using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Domain;
using Sodertorn.Site.Domain.Reading;
using Sodertorn.Site.Markdown;
using Sodertorn.Site.Output;
using Sodertorn.Site.Pipeline;
using Sodertorn.Site.Rendering;

namespace Sodertorn.Site.Fuzz;

/// <summary>
/// The fuzz target, shared by the AFL++ program (fuzz/) and the smoke test (tests/…/Fuzz/). One input is one file of a
/// site: its first byte picks a slot (a file of the small valid fixture site, replaced, or a new page, or the data
/// file), the rest are the file's bytes. The file goes through the build core's own stages (Pipeline/SiteBuild) — read
/// (from disk, as a build reads it), parse, model — and then the whole site, the fixture's other files included, through
/// link and validate; an error-free site also renders the file's pages and post-processes them. Any exception that
/// escapes is a crash, and so is one the build caught as a last resort and reported as "file-failed": a build must turn
/// bad input into diagnostics that say what is wrong.
/// </summary>
public sealed class SiteFuzzTarget : IDisposable
{
    /// <summary>A new document beside the fixture's, so that an input need not replace one to be read.</summary>
    public const string NewDocumentSlot = "sidor/fuzz-ny.md";

    /// <summary>The date the calendar check counts from: fixed, so that a run does not depend on the day.</summary>
    public static readonly DateOnly Today = new(2030, 6, 1);

    private readonly string workRoot;
    private readonly Dictionary<string, Entity> fixtureEntities;
    private readonly IReadOnlyList<SourceFile> fixtureData;
    private readonly Theme theme;
    private readonly string themeRoot;

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
        fixtureData = input.DataFiles;
        if (diagnostics.HasErrors || fixtureEntities.Count == 0)
            throw new InvalidOperationException("the valid fixture site does not read cleanly:\n" + string.Join("\n", diagnostics.Sorted()));

        themeRoot = Path.Combine(repositoryRoot, "theme");
        theme = Theme.Load(themeRoot, diagnostics);
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
        var core = new SiteBuild(new BuildOptions(workRoot, themeRoot, workRoot + ".out", "https://example.test", false, Today), diagnostics, new StageClock());
        var files = new InputReader(diagnostics);
        var listing = files.List(workRoot);
        var read = core.ReadAll(listing.Documents, files);
        var entities = fixtureEntities.Where(e => e.Key != slot).Select(e => e.Value).Concat(read).ToList();
        var site = core.Link(entities.Count, entities, slot == UnpublishedReader.FileName ? listing.DataFiles : fixtureData);
        // A build renders only a site without errors: a page of a site with errors is never made.
        if (!diagnostics.HasErrors) core.WritePages(core.Plan(site, theme), NullSink.Instance, job => job.SourceFile == slot);
        // What the build could only catch as a last resort is a crash all the same: it tells the author nothing.
        if (diagnostics.Causes is [var cause, ..]) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(cause);
        return diagnostics.Sorted();
    }

    /// <summary>Pages are made and post-processed, then dropped: the target looks for crashes, not for files.</summary>
    private sealed class NullSink : IOutputSink
    {
        public static readonly NullSink Instance = new();

        public void Write(string path, ReadOnlySpan<byte> bytes) { }

        public void Write(OutputFile file) => file.WriteTo(Stream.Null);

        public void Copy(string path, string sourceFile) { }
    }

    public void Dispose()
    {
        if (Directory.Exists(workRoot)) Directory.Delete(workRoot, recursive: true);
    }
}
