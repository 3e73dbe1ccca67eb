using System.Diagnostics;
using Sodertorn.Site.Fuzz;

// The fuzz program. fuzz/run calls it in these ways:
//   afl                 under afl-fuzz: SharpFuzz's fork server runs the target on each input AFL++ writes
//   seeds DIR           writes the seed corpus (from input/ and the test fixtures) into DIR
//   dict FILE           writes AFL++'s dictionary (the mutator's tokens) into FILE
//   triage PATH...      runs each input (files, or folders of them) in-process and prints the distinct crashes
//   minimise IN OUT     shrinks a crashing input to a smaller one with the same crash, and prints it as a file
//   diagnose FILE       runs one input and prints what the build reports (for a fixture's expected.txt)
var root = RepositoryRoot();
if (args.Length == 0) return Usage();
if (args[0] == "afl")
{
    // Made on the first input, not before: instrumented code (ours, Markdig, YamlDotNet) may run only once SharpFuzz has
    // mapped AFL++'s coverage memory, which it does inside Run. The server half of the out-of-process fork server (it
    // restarts the fuzzed process when a stack overflow ends it) never runs the target at all.
    SiteFuzzTarget? fuzzed = null;
    SharpFuzz.Fuzzer.OutOfProcess.Run(stream =>
    {
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        (fuzzed ??= new SiteFuzzTarget(root)).Run(memory.ToArray());
    });
    return 0;
}
using var target = new SiteFuzzTarget(root);
switch (args[0])
{
    case "seeds" when args.Length == 2:
        Directory.CreateDirectory(args[1]);
        var seeds = SeedCorpus.Create(target, root);
        foreach (var (name, input) in seeds) File.WriteAllBytes(Path.Combine(args[1], name), input);
        Console.WriteLine($"{seeds.Count} seeds in {args[1]}");
        return 0;
    case "dict" when args.Length == 2:
        File.WriteAllText(args[1], Mutator.AflDictionary());
        return 0;
    case "triage" when args.Length >= 2:
        return Triage(target, args[1..]);
    case "diagnose" when args.Length == 2:
        foreach (var d in target.Run(File.ReadAllBytes(args[1]))) Console.WriteLine(d);
        return 0;
    case "minimise" when args.Length == 3:
        return Minimise(target, args[1], args[2]);
    default:
        return Usage();
}

static int Usage()
{
    Console.Error.WriteLine("usage: afl | seeds DIR | dict FILE | triage PATH... | minimise IN OUT | diagnose FILE");
    return 2;
}

static Exception? Crash(SiteFuzzTarget target, byte[] input)
{
    try
    {
        target.Run(input);
        return null;
    }
    catch (Exception e)
    {
        return e;
    }
}

static int Triage(SiteFuzzTarget target, string[] paths)
{
    var files = paths.SelectMany(p => Directory.Exists(p) ? Directory.GetFiles(p).Where(f => !Path.GetFileName(f).StartsWith("README", StringComparison.Ordinal)) : [p])
        .Order(StringComparer.Ordinal).ToList();
    var crashes = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
    var messages = new Dictionary<string, string>(StringComparer.Ordinal);
    var slow = new List<(string File, long Ms)>();
    foreach (var file in files)
    {
        var clock = Stopwatch.StartNew();
        var e = Crash(target, File.ReadAllBytes(file));
        if (clock.ElapsedMilliseconds > 1000) slow.Add((file, clock.ElapsedMilliseconds));
        if (e is null) continue;
        // Grouped by where it was thrown, not by message: a message often names the input's own text.
        var signature = CrashSignature.Of(e);
        if (!crashes.TryGetValue(signature, out var list)) crashes[signature] = list = [];
        if (list.Count == 0) messages[signature] = CrashSignature.Cause(e).Message.ReplaceLineEndings(" ");
        list.Add(file);
    }
    Console.WriteLine($"triage: {files.Count} inputs, {crashes.Count} distinct crashes, {slow.Count} slower than 1 s");
    foreach (var (signature, list) in crashes)
        Console.WriteLine($"  crash ({list.Count}×, e.g. {list[0]}): {signature} — {messages[signature]}");
    foreach (var (file, ms) in slow) Console.WriteLine($"  slow ({ms} ms): {file}");
    return crashes.Count == 0 ? 0 : 1;
}

static int Minimise(SiteFuzzTarget target, string inputPath, string outputPath)
{
    var input = File.ReadAllBytes(inputPath);
    var first = Crash(target, input);
    if (first is null) { Console.Error.WriteLine($"{inputPath}: no crash"); return 1; }
    var signature = CrashSignature.Of(first);
    var smaller = Shrink.Minimise(input, candidate => Crash(target, candidate) is { } e && CrashSignature.Of(e) == signature);
    File.WriteAllBytes(outputPath, smaller);
    var (slot, bytes) = target.Split(smaller);
    Console.WriteLine($"{signature}\n{input.Length} -> {smaller.Length} bytes; the file {slot}:\n{System.Text.Encoding.UTF8.GetString(bytes.Span)}");
    return 0;
}

static string RepositoryRoot()
{
    if (Environment.GetEnvironmentVariable("SODERTORN_REPO") is { Length: > 0 } set) return set;
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "Sodertorn.Site.sln"))) return dir.FullName;
    throw new InvalidOperationException("Sodertorn.Site.sln not found above the fuzz program; set SODERTORN_REPO");
}
