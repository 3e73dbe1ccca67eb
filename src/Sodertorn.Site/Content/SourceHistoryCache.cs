namespace Sodertorn.Site.Content;

/// <summary>
/// The history of input/ (<see cref="SourceHistory"/>) for a process that builds again and again, the preview: git is
/// asked again only when the checked-out commit may have moved (a commit, checkout, pull or reset, each of which git
/// records in the reflog of HEAD). Saving a file in input/ makes no history, and asking git for it took most of the time
/// before the edited page could be written.
/// </summary>
public sealed class SourceHistoryCache(string inputFolder)
{
    private readonly Lock gate = new();
    private readonly Lazy<string?> gitFolder = new(() => SourceHistory.GitFolder(inputFolder));
    private (long Length, DateTime Written, string Head)? stamp;
    private IReadOnlyDictionary<string, SourceDates>? dates;

    public IReadOnlyDictionary<string, SourceDates> Read()
    {
        lock (gate)
        {
            var now = Stamp();
            // Without a reflog to go by (outside git, or a repository that keeps none), git is asked every time.
            if (dates is not null && now is not null && now == stamp) return dates;
            dates = SourceHistory.Read(inputFolder);
            stamp = now;
            return dates;
        }
    }

    private (long, DateTime, string)? Stamp()
    {
        if (gitFolder.Value is not { } git) return null;
        try
        {
            var reflog = new FileInfo(Path.Combine(git, "logs", "HEAD"));
            if (!reflog.Exists) return null;
            return (reflog.Length, reflog.LastWriteTimeUtc, File.ReadAllText(Path.Combine(git, "HEAD")));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
