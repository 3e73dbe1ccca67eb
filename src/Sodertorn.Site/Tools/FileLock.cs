namespace Sodertorn.Site.Tools;

/// <summary>
/// A lock between processes: a file held open without sharing. The first to open it holds it until the stream is
/// disposed; the others try again every <c>poll</c> until <c>timeout</c>, after which the last try's IOException reaches
/// the caller. The file is left in place: deleting it on close would let a waiting process lock the deleted file while a
/// third creates a new one.
/// </summary>
public static class FileLock
{
    public static FileStream Acquire(string path, TimeSpan timeout, TimeSpan poll)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(poll);
            }
        }
    }
}
