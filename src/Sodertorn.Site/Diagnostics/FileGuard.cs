namespace Sodertorn.Site.Diagnostics;

/// <summary>
/// Work on one file (read, parse, model, render one page) that must not end the build if it throws: what one
/// file does wrong belongs to that file, as a diagnostic, and the build goes on to report every other problem.
/// </summary>
public static class FileGuard
{
    public static T? Run<T>(string file, DiagnosticBag diagnostics, string what, Func<T?> work) where T : class
    {
        try
        {
            return work();
        }
        catch (Exception e) when (IsRecoverable(e))
        {
            diagnostics.Failure(new SourceLocation(file), e, what);
            return null;
        }
    }

    /// <summary>Everything but the failures that leave the process itself unfit to go on.</summary>
    public static bool IsRecoverable(Exception e) => e is not (OutOfMemoryException or StackOverflowException or AccessViolationException);
}
