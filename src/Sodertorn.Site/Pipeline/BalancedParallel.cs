using System.Collections.Concurrent;

namespace Sodertorn.Site.Pipeline;

/// <summary>Work over a list of documents or pages, side by side, in the list's order.</summary>
public static class BalancedParallel
{
    /// <summary>
    /// Like <c>AsParallel().AsOrdered()</c>, but the items are handed out in small chunks as threads ask for them. PLINQ
    /// splits a list into one fixed range per core, and a site's ranges are not equally heavy (the small activity files
    /// sort before the minutes), so one core went idle early (measured in docs/benchmarks.md).
    /// </summary>
    public static ParallelQuery<T> AsBalancedParallel<T>(this IReadOnlyList<T> items) =>
        Partitioner.Create(items as IList<T> ?? [.. items], loadBalance: true).AsParallel().AsOrdered();
}
