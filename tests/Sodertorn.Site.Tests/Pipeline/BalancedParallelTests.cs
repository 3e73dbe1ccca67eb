using Sodertorn.Site.Pipeline;

namespace Sodertorn.Site.Tests.Pipeline;

public sealed class BalancedParallelTests
{
    [Fact]
    public void Results_come_in_the_order_of_the_list_whatever_thread_made_them()
    {
        // Uneven work, heaviest at the end, as the minutes sort after the small activity files.
        var items = Enumerable.Range(0, 2_000).ToList();

        var results = items.AsBalancedParallel().Select(i => { Thread.SpinWait(i); return i; }).ToList();

        Assert.Equal(items, results);
    }

    [Fact]
    public void A_list_that_is_only_read_only_is_worked_on_too()
    {
        var names = new ReadOnlyOnly<string>(["c", "a", "b"]);

        Assert.Equal(["C", "A", "B"], names.AsBalancedParallel().Select(n => n.ToUpperInvariant()).ToList());
    }

    /// <summary>An IReadOnlyList that is not an IList, which the partitioner cannot take as it is.</summary>
    private sealed class ReadOnlyOnly<T>(T[] items) : IReadOnlyList<T>
    {
        public T this[int index] => items[index];

        public int Count => items.Length;

        public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)items).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => items.GetEnumerator();
    }
}
