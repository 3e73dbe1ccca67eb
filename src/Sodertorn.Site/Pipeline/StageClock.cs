using System.Collections.Concurrent;
using System.Diagnostics;

namespace Sodertorn.Site.Pipeline;

/// <summary>
/// Times the build: stages by wall time, and the steps done per page in parallel (render, post-process,
/// write) by time summed over threads, so the summary shows where a build spends its effort.
/// </summary>
public sealed class StageClock
{
    private readonly Stopwatch total = Stopwatch.StartNew();
    private readonly List<StageTiming> stages = [];
    private readonly ConcurrentDictionary<string, long> steps = new(StringComparer.Ordinal);

    public long TotalMilliseconds => total.ElapsedMilliseconds;

    public T Stage<T>(string name, Func<T> run)
    {
        var watch = Stopwatch.StartNew();
        var cpu = Environment.CpuUsage.TotalTime;
        var paused = GC.GetTotalPauseDuration();
        T result;
        try
        {
            result = run();
        }
        catch (Exception e) when (e is not StageFailedException && Diagnostics.FileGuard.IsRecoverable(e))
        {
            throw new StageFailedException(name, e);
        }
        var used = (long)(Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds;
        var gc = (long)(GC.GetTotalPauseDuration() - paused).TotalMilliseconds;
        lock (stages) stages.Add(new StageTiming(name, watch.ElapsedMilliseconds, used, gc));
        return result;
    }

    public void Stage(string name, Action run) => Stage(name, () => { run(); return 0; });

    public T Measure<T>(string step, Func<T> run)
    {
        var start = Stopwatch.GetTimestamp();
        var result = run();
        steps.AddOrUpdate(step, Stopwatch.GetTimestamp() - start, (_, sum) => sum + Stopwatch.GetTimestamp() - start);
        return result;
    }

    public void Measure(string step, Action run) => Measure(step, () => { run(); return 0; });

    /// <summary>Stages in order, then the per-page steps marked as summed over threads ("Σ").</summary>
    public IReadOnlyList<StageTiming> Timings()
    {
        lock (stages)
            return stages
                .Concat(steps.OrderBy(s => s.Key, StringComparer.Ordinal)
                    .Select(s => new StageTiming("Σ " + s.Key, s.Value * 1000 / Stopwatch.Frequency)))
                .ToList();
    }
}

/// <summary>
/// An exception no stage turned into a diagnostic: a fault of the generator, not of the content. It names the stage, so the
/// one line the command prints says what failed (Cli/Application).
/// </summary>
public sealed class StageFailedException(string stage, Exception inner) : Exception($"steget '{stage}' misslyckades", inner)
{
    public string Stage { get; } = stage;
}
