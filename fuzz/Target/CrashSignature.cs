using System.Diagnostics;

namespace Sodertorn.Site.Fuzz;

/// <summary>
/// What makes two crashes the same crash: the exception's type and the frame that threw it and the first two of our own
/// frames. AFL++ counts inputs whose paths differ; the same bug is usually hundreds of them.
/// </summary>
public static class CrashSignature
{
    public static string Of(Exception crash)
    {
        var e = Cause(crash);
        var frames = new StackTrace(e).GetFrames()
            .Select(f => f.GetMethod())
            .Where(m => m?.DeclaringType is not null)
            .Select(m => m!.DeclaringType!.FullName + "." + m.Name)
            .ToList();
        var ours = frames.Where(f => f.StartsWith("Sodertorn.Site.", StringComparison.Ordinal) && !f.StartsWith("Sodertorn.Site.Fuzz.", StringComparison.Ordinal)).Take(2).ToList();
        // The frame that threw, then ours that called it: a library's exception is told apart by who fed it what.
        var where = frames.Take(1).Concat(ours).Distinct();
        return e.GetType().FullName + " at " + string.Join(" < ", where);
    }

    /// <summary>
    /// The exception a crash is about. The build wraps what a stage throws (Pipeline/StageClock's StageFailedException):
    /// left wrapped, every crash in the generate stage would be one and the same crash of StageClock.Stage.
    /// </summary>
    public static Exception Cause(Exception e)
    {
        while (e is Pipeline.StageFailedException or AggregateException && e.InnerException is { } inner) e = inner;
        return e;
    }
}
