using System.Diagnostics;
using Sodertorn.Site.Tools;

namespace Sodertorn.Site.Tests.Tools;

/// <summary>The lock that keeps two builds from swapping output/ or installing a tool at the same time.</summary>
public sealed class FileLockTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), "sodertorn-filelock-" + Guid.NewGuid().ToString("N") + ".lock");

    [Fact]
    public void A_second_taker_waits_its_time_and_then_gives_up_while_the_first_holds_the_lock()
    {
        using var first = FileLock.Acquire(path, TimeSpan.Zero, TimeSpan.FromMilliseconds(10));
        var watch = Stopwatch.StartNew();

        Assert.ThrowsAny<IOException>(() => FileLock.Acquire(path, TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(20)));
        Assert.True(watch.ElapsedMilliseconds >= 200, $"gave up after {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task The_lock_passes_to_the_one_waiting_when_its_holder_lets_go()
    {
        var first = FileLock.Acquire(path, TimeSpan.Zero, TimeSpan.FromMilliseconds(10));
        var waiting = Task.Run(() => FileLock.Acquire(path, TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(10)));
        await Task.Delay(100);
        Assert.False(waiting.IsCompleted);

        await first.DisposeAsync();
        await using var second = await waiting.WaitAsync(TimeSpan.FromSeconds(10));
        // Left in place, so that a third process locks the same file and not a new one.
        Assert.True(File.Exists(path));
    }

    public void Dispose() => File.Delete(path);
}
