using Sodertorn.Site.Content;

namespace Sodertorn.Site.Tests.Content;

public sealed class TextPoolTests
{
    [Fact]
    public void Equal_texts_come_back_as_one_copy_whether_given_as_strings_or_characters()
    {
        var pool = new TextPool();
        var first = pool.Share(new string("Kansliet"));
        Assert.Same(first, pool.Share(new string("Kansliet")));
        Assert.Same(first, pool.Share("xKansliet".AsSpan(1)));
        Assert.NotSame(first, pool.Share("Kanslier"));
        Assert.Equal("Kanslier", pool.Share("Kanslier"));
    }

    [Fact]
    public void Texts_longer_than_the_limit_are_returned_as_given()
    {
        var pool = new TextPool(maxLength: 8);
        var text = new string('a', 9);
        Assert.Same(text, pool.Share(text));
        Assert.NotSame(text, pool.Share(new string('a', 9)));
        Assert.Equal(text, pool.Share(text.AsSpan()));
    }

    [Fact]
    public void Threads_sharing_one_pool_get_one_copy_of_each_text()
    {
        var pool = new TextPool();
        var copies = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.For(0, 2_000, i => copies.Add(pool.Share(new string($"punkt-{i % 5}"))));
        Assert.Equal(5, copies.Distinct(ReferenceEqualityComparer.Instance).Count());
    }
}
