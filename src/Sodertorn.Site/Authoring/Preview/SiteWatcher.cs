namespace Sodertorn.Site.Authoring.Preview;

/// <summary>
/// Watches input/ and theme/ and hands out changes in batches: every event restarts a short timer, so the
/// several events of one save (write, attributes, an editor's temporary file and rename) become one
/// rebuild, and whatever happens while a rebuild runs is collected for the next one.
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    private readonly FileSystemWatcher? input;
    private readonly FileSystemWatcher? theme;
    private readonly TimeSpan debounce;
    private readonly Timer timer;
    private readonly SemaphoreSlim ready = new(0);
    private readonly Lock gate = new();
    private ChangeSet pending = new();

    public SiteWatcher(string inputRoot, string themeRoot, TimeSpan debounce)
    {
        this.debounce = debounce;
        timer = new Timer(_ => ready.Release());
        input = Watch(inputRoot, path => pending.InputPaths.Add(path));
        theme = Watch(themeRoot, _ => pending.Theme = true);
    }

    /// <summary>Waits for the next batch; an empty batch means the events were already taken by an earlier call.</summary>
    public async Task<ChangeSet> NextAsync(CancellationToken cancel)
    {
        await ready.WaitAsync(cancel);
        lock (gate)
        {
            var batch = pending;
            pending = new ChangeSet();
            return batch;
        }
    }

    private FileSystemWatcher? Watch(string root, Action<string> record)
    {
        if (!Directory.Exists(root)) return null;
        var watcher = new FileSystemWatcher(Path.GetFullPath(root))
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            // The default 8 kB loses events when a whole folder is copied in; an overflow still only costs a full read.
            InternalBufferSize = 64 * 1024,
        };
        void OnEvent(string path)
        {
            // Editors' swap and lock files (.x.md.swp, .#x.md) are never content: the build skips dot files too.
            if (Path.GetFileName(path).StartsWith('.')) return;
            lock (gate) record(path);
            timer.Change(debounce, Timeout.InfiniteTimeSpan);
        }
        watcher.Changed += (_, e) => OnEvent(e.FullPath);
        watcher.Created += (_, e) => OnEvent(e.FullPath);
        watcher.Deleted += (_, e) => OnEvent(e.FullPath);
        watcher.Renamed += (_, e) => { OnEvent(e.OldFullPath); OnEvent(e.FullPath); };
        watcher.Error += (_, _) =>
        {
            lock (gate) pending.Rescan = true;
            timer.Change(debounce, Timeout.InfiniteTimeSpan);
        };
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    public void Dispose()
    {
        input?.Dispose();
        theme?.Dispose();
        timer.Dispose();
        ready.Dispose();
    }
}
