using Sodertorn.Site.Content;
using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Domain;
using Sodertorn.Site.Domain.Reading;
using Sodertorn.Site.Markdown;
using Sodertorn.Site.Output;
using Sodertorn.Site.Pipeline;
using Sodertorn.Site.Rendering;
using Sodertorn.Site.Reporting;

namespace Sodertorn.Site.Fuzz;

/// <summary>
/// The fuzz target, shared by the AFL++ program (fuzz/) and the smoke test (tests/…/Fuzz/). One input is one file of a
/// site: its first byte picks a slot (a file of the small valid fixture site, replaced, or a new page, or one of the
/// two data files), the rest are the file's bytes. The file goes through the build core's own stages (Pipeline/SiteBuild)
/// in the order `build` calls them (Pipeline/BuildPipeline): read (from disk, as a build reads it), parse, model, then
/// the whole site, the fixture's other files included, through link, validate and plan; a site without errors is
/// written whole (every page, and the generators: feeds, calendars, open data, sitemap …) and its internal links
/// checked; and every site, with errors or without, gets its link report, as a failed build does. Only the search stage
/// (Pagefind, a process of its own) and the external link check (the network) are left out, and nothing is written to
/// disk. Any exception that escapes is a crash, and so is one the build caught as a last resort and reported as
/// "file-failed": a build must turn bad input into diagnostics that say what is wrong.
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
    private readonly SourceHistoryCache history;

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
        Slots = [.. fixtureEntities.Keys.Order(StringComparer.Ordinal), NewDocumentSlot, .. DataSlots];
        KindOfSlot = kinds;
        // One folder per target: the read stage reads the input from disk, as a build does (memory-backed where there is one).
        var temp = Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath();
        workRoot = Path.Combine(temp, "sodertorn-fuzz-" + Environment.ProcessId + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(workRoot);
        FixtureHistory.Create(fixture, workRoot);
        history = new SourceHistoryCache(workRoot);
    }

    /// <summary>The paths the last input wrote (pages, generated files, the link report), sorted: what a build would have published.</summary>
    public IReadOnlyList<string> LastWritten { get; private set; } = [];

    /// <summary>The data files: the documents declared unpublished, and the notes of the link report someone has read (which only the report reads).</summary>
    public static readonly IReadOnlyList<string> DataSlots = [UnpublishedReader.FileName, Acknowledgements.FileName];

    /// <summary>Where an input's file goes, by its first byte (modulo the count): every fixture document, a new page, each data file.</summary>
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

    // A build's report names its commit and compares with the published site; both are asked of git and of the network,
    // which the target does not do for each input. These stand for their answers: a deploy preview compared with a
    // published report whose one finding is resolved in every input (it names a file the fixture does not have).
    private static readonly ReportContext Context = new(
        new BuildInfo("deploy-preview", "0123456789abcdef0123456789abcdef01234567", new DateTimeOffset(2030, 1, 15, 12, 0, 0, TimeSpan.FromHours(1)), BaseUrl, null),
        new Comparison(true, PublishedReport.AddressOf(BaseUrl), null, "fedcba9876543210fedcba9876543210fedcba98", new DateTimeOffset(2030, 1, 14, 9, 0, 0, TimeSpan.FromHours(1)),
            [new EarlierFinding(FindingIds.Assign([("ref-unknown", "input/sidor/gammal.md", "lg-2029", "okänd hänvisning")])[0], "ref-unknown", "input/sidor/gammal.md", "okänd hänvisning", "/gammal/")]),
        "https://example.test/edit/main/{path}");

    private const string BaseUrl = "https://example.test";

    private IReadOnlyList<Diagnostic> Build(string slot)
    {
        var diagnostics = new DiagnosticBag();
        var core = new SiteBuild(new BuildOptions(workRoot, themeRoot, workRoot + ".out", BaseUrl, false, Today), diagnostics, new StageClock()) { HistoryCache = history };
        var files = new InputReader(diagnostics);
        var listing = files.List(workRoot);
        var read = core.ReadAll(listing.Documents, files);
        var entities = fixtureEntities.Where(e => e.Key != slot).Select(e => e.Value).Concat(read).ToList();
        // The fuzzed data file takes the fixture's place (or leaves it empty, if it could not be read); the other one stays.
        var data = DataSlots.Contains(slot) ? [.. fixtureData.Where(f => f.RelativePath != slot), .. listing.DataFiles] : fixtureData;
        var site = core.Link(entities.Count, entities, data);
        // As BuildPipeline.Run: a plan always (the report needs it); the site written only without errors, its internal
        // links checked only if writing it found none; the report either way.
        var plan = core.Plan(site, theme);
        var sink = new NullSink();
        WrittenSite? written = null;
        IReadOnlyList<ExternalLink> external = [];
        if (!diagnostics.HasErrors)
        {
            written = core.WriteSite(plan, theme, listing.Assets, sink);
            if (!diagnostics.HasErrors) external = core.CheckLinks(written, site);
        }
        foreach (var file in core.Report(!diagnostics.HasErrors, external, plan, written, Context)) sink.Write(file);
        LastWritten = sink.Paths;
        // What the build could only catch as a last resort is a crash all the same: it tells the author nothing.
        if (diagnostics.Causes is [var cause, ..]) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(cause);
        return diagnostics.Sorted();
    }

    /// <summary>Files are made and post-processed, then dropped: the target looks for crashes, not for files. Only their paths are kept.</summary>
    private sealed class NullSink : IOutputSink
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<string> paths = new();

        public IReadOnlyList<string> Paths => [.. paths.Order(StringComparer.Ordinal)];

        public void Write(string path, ReadOnlySpan<byte> bytes) => paths.Enqueue(path);

        public void Write(OutputFile file)
        {
            // Streamed files (the feeds, the open data) are made only as they are written.
            file.WriteTo(Stream.Null);
            paths.Enqueue(file.Path);
        }

        public void Copy(string path, string sourceFile) => paths.Enqueue(path);
    }

    public void Dispose()
    {
        if (Directory.Exists(workRoot)) Directory.Delete(workRoot, recursive: true);
    }
}
