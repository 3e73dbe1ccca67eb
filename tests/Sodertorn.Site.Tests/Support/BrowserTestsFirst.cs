using Xunit.Abstractions;

[assembly: TestCollectionOrderer("Sodertorn.Site.Tests.Support.BrowserTestsFirst", "Sodertorn.Site.Tests")]

namespace Sodertorn.Site.Tests.Support;

/// <summary>
/// Starts the classes of browser tests first, then the others in xunit's order. A class's tests run one after
/// another, and browser classes take the longest: started last, they ran on alone while the other thread had
/// nothing left to do; started first, the short classes fill in around them.
/// </summary>
public sealed class BrowserTestsFirst : ITestCollectionOrderer
{
    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections.OrderBy(c => c.DisplayName.Contains("Browser", StringComparison.Ordinal) ? 0 : 1);
}
