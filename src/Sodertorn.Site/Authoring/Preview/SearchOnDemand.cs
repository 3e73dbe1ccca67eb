using Sodertorn.Site.Search;

namespace Sodertorn.Site.Authoring.Preview;

/// <summary>
/// The search index in preview. `build` runs Pagefind over every site it publishes; that takes from a third
/// of a second (the real site) to seconds (1 000 meetings), too long for every save. So the preview builds
/// the index only when the search page asks for it (its first request under /pagefind/) and the site has
/// been rebuilt since the last index; the search page then waits for that once.
/// </summary>
public sealed class SearchOnDemand(string folder, Func<BuildOutcome?> latest, TextWriter errors)
{
    public const string Prefix = "/pagefind/";

    private readonly SemaphoreSlim gate = new(1, 1);
    private int indexed;

    public async Task EnsureIndexedAsync(CancellationToken cancel)
    {
        if (Current() is not { } wanted || wanted == Volatile.Read(ref indexed)) return;
        await gate.WaitAsync(cancel);
        try
        {
            if (Current() is not { } now || now == indexed) return;
            var diagnostics = new Diagnostics.DiagnosticBag();
            await Task.Run(() => new SearchStage(diagnostics).Run(folder), cancel);
            // A missing Node.js or a Pagefind failure is printed once per rebuild; the search page then says search is unavailable.
            foreach (var problem in diagnostics.Sorted()) errors.WriteLine(problem.ToString());
            Volatile.Write(ref indexed, now);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The number of the last complete, successful rebuild: the site in the folder.</summary>
    private int? Current() => latest() is { Complete: true, Succeeded: true } outcome ? outcome.Number : null;
}
