using Sodertorn.Site.Diagnostics;

namespace Sodertorn.Site.Tests.Diagnostics;

public sealed class FileGuardTests
{
    [Fact]
    public void An_exception_while_one_file_is_handled_becomes_an_error_for_that_file_without_a_stack_trace()
    {
        var diagnostics = new DiagnosticBag();

        var result = FileGuard.Run<string>("protokoll/lg-2024-02-16.md", diagnostics, "filen kunde inte läsas in",
            () => throw new InvalidOperationException("Operation is not valid due to the current state of the object."));

        Assert.Null(result);
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(("file-failed", "protokoll/lg-2024-02-16.md"), (error.Code, error.Location.File));
        Assert.DoesNotContain(" at ", error.ToString(), StringComparison.Ordinal);
        Assert.IsType<InvalidOperationException>(Assert.Single(diagnostics.Causes));
    }
}
