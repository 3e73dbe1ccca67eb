using Sodertorn.Site.Diagnostics;

namespace Sodertorn.Site.Authoring.Preview;

/// <summary>
/// A running preview: the server, the watcher and one rebuild loop. Rebuilds run one at a time; changes
/// made during a rebuild are collected by the watcher and make the next one. No failure of a rebuild —
/// content errors or an unexpected exception — stops the server: it keeps serving the last good site.
/// </summary>
public sealed class PreviewHost : IAsyncDisposable
{
    private readonly PreviewServer server;
    private readonly SiteWatcher watcher;
    private readonly PreviewFolder folder;
    private readonly IncrementalBuild build;
    private readonly EventHub hub;
    private readonly PreviewReport report;
    private readonly CancellationTokenSource stop = new();
    private Task loop = Task.CompletedTask;
    private BuildOutcome? latest;

    private PreviewHost(PreviewServer server, SiteWatcher watcher, PreviewFolder folder, IncrementalBuild build, EventHub hub, PreviewReport report)
    {
        this.server = server;
        this.watcher = watcher;
        this.folder = folder;
        this.build = build;
        this.hub = hub;
        this.report = report;
    }

    /// <summary>The address to open, without a trailing slash, e.g. "http://127.0.0.1:8080".</summary>
    public string Url => server.Url;

    public string Folder => folder.Root;

    /// <summary>How many tabs have the event stream open (each tab with the script has one).</summary>
    public int OpenTabs => hub.Count;

    /// <summary>The last rebuild's outcome (or its early part), as the status address reports it.</summary>
    public BuildOutcome? Latest => Volatile.Read(ref latest);

    /// <summary>Fires when the server stops by itself (Ctrl+C handled by ASP.NET Core's console lifetime).</summary>
    public CancellationToken Stopping => server.Stopping;

    /// <summary>Starts the server, builds the site once, then rebuilds on every change until disposed.</summary>
    public static async Task<PreviewHost> StartAsync(PreviewOptions options, TextWriter output, TextWriter errors)
    {
        output = TextWriter.Synchronized(output);
        errors = TextWriter.Synchronized(errors);
        var folder = new PreviewFolder(options.Folder);
        var hub = new EventHub();
        PreviewHost? host = null;
        PreviewServer server;
        try
        {
            server = await PreviewServer.StartAsync(folder.Root, options.Port, hub, () => host?.Latest, new SearchOnDemand(folder.Root, () => host?.Latest, errors), options.CmsBackend);
        }
        catch
        {
            folder.Dispose();
            Directory.Delete(folder.Root, recursive: true);
            throw;
        }
        SiteWatcher watcher;
        try
        {
            // Watching starts before the first build, so that a save during it is not missed.
            watcher = new SiteWatcher(options.Input, options.Theme, options.Debounce);
        }
        catch
        {
            await server.DisposeAsync();
            folder.Dispose();
            Directory.Delete(folder.Root, recursive: true);
            throw;
        }
        host = new PreviewHost(server, watcher, folder, new IncrementalBuild(options, server.Url, folder), hub, new PreviewReport(output, errors));
        var first = host.RunSafely(ChangeSet.Everything(), early: false)!; // a first build always has an outcome
        host.report.Initial(first, server.Url);
        // The rebuild loop has a thread of its own, and the pool keeps threads to spare beyond the cores a
        // rebuild's parallel render takes, so that the event stream and the reloading tab's request are served
        // at once instead of after the pool has grown (which it does only every half second or so).
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, Environment.ProcessorCount + 8), io);
        host.loop = Task.Factory.StartNew(host.Loop, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        return host;
    }

    private void Loop()
    {
        var again = new ChangeSet();
        while (!stop.IsCancellationRequested)
        {
            ChangeSet changes;
            try
            {
                changes = watcher.NextAsync(stop.Token).GetAwaiter().GetResult();
            }
            catch (OperationCanceledException)
            {
                return;
            }
            changes.Merge(again);
            if (changes.IsEmpty) continue;
            var outcome = RunSafely(changes, early: true);
            // After an unexpected failure nothing kept can be trusted: the next rebuild starts from scratch.
            again = outcome?.Diagnostics.Any(d => d.Code == CrashCode) == true ? ChangeSet.Everything() : new ChangeSet();
        }
    }

    private const string CrashCode = "preview-failed";

    private BuildOutcome? RunSafely(ChangeSet changes, bool early)
    {
        BuildOutcome? first = null;
        BuildOutcome? outcome;
        try
        {
            outcome = build.Run(changes, early ? e =>
            {
                first = e;
                // The rest of the rebuild takes every core: let the open tabs have this event first.
                Publish(e).Sent.Wait(EarlyEventWait);
            } : null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            report.Crashed(e);
            var diagnostic = new Diagnostic(Severity.Error, CrashCode, new SourceLocation("(förhandsgranskningen)"),
                $"ombyggnaden avbröts oväntat: {e.Message}", "spara filen igen; står felet kvar, avsluta med Ctrl+C och starta förhandsgranskningen på nytt");
            outcome = new BuildOutcome(build.TakeNumber(), false, true, [diagnostic], [], 0, 0, 0, []);
        }
        if (outcome is null) return null; // nothing changed: the open tabs are up to date
        Publish(outcome);
        if (early) report.Rebuilt(outcome, first);
        return outcome;
    }

    private static readonly TimeSpan EarlyEventWait = TimeSpan.FromMilliseconds(100);

    private EventHub.Message Publish(BuildOutcome outcome)
    {
        Volatile.Write(ref latest, outcome);
        return hub.Publish("bygge", StatusJson.Event(outcome));
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await loop;
        watcher.Dispose();
        await server.DisposeAsync();
        stop.Dispose();
        folder.Dispose();
        try
        {
            Directory.Delete(folder.Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still open elsewhere: the folder is ignored by git and replaced by the next preview.
        }
    }
}
