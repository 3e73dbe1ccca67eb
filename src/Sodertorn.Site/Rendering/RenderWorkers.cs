using System.Collections.Concurrent;
using Scriban;
using Scriban.Runtime;

namespace Sodertorn.Site.Rendering;

/// <summary>
/// The Scriban contexts pages render in, each with its page output, lent to one page at a time. Why reuse them: a context
/// caches how it reads each .NET type of the models (found by reflection), and an output keeps its capacity; a new pair
/// per page found and grew them all again. Lending them out (rather than one per thread) makes ownership plain: a page
/// holds its worker from <see cref="Rent"/> to the end of its lease and nothing else can write to it meanwhile.
/// </summary>
public sealed class RenderWorkers(Theme theme)
{
    private readonly ConcurrentBag<Worker> idle = [];

    /// <summary>A context and its output, ready for one page with the given globals.</summary>
    public Lease Rent(ScriptObject globals)
    {
        var worker = idle.TryTake(out var reused) ? reused : new Worker(theme.CreateContext(), new PageOutput(), new PageOutput());
        worker.Prepare(theme, globals);
        return new Lease(this, worker);
    }

    /// <param name="layout">Where the page's own layout is written before the base layout places it (SiteRenderer).</param>
    public sealed class Worker(TemplateContext context, PageOutput output, PageOutput layout)
    {
        public TemplateContext Context => context;

        public PageOutput Output => output;

        public PageOutput Layout => layout;

        internal void Prepare(Theme theme, ScriptObject globals)
        {
            // Reset also empties the include cache and removes every output but the context's own.
            context.Reset();
            theme.FillIncludeCache(context);
            output.Clear();
            layout.Clear();
            context.PushOutput(output);
            context.PushGlobal(globals);
        }
    }

    /// <summary>A worker on loan. A render that threw may leave the context mid-page: <see cref="Discard"/> it then.</summary>
    public ref struct Lease(RenderWorkers owner, Worker worker)
    {
        private bool discarded;

        public readonly Worker Worker => worker;

        public void Discard() => discarded = true;

        public readonly void Dispose()
        {
            if (!discarded) owner.idle.Add(worker);
        }
    }
}
