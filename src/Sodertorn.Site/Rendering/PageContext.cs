using System.Collections.Concurrent;
using Scriban;
using Scriban.Runtime;

namespace Sodertorn.Site.Rendering;

/// <summary>
/// The Scriban context pages render in. It differs from Scriban's in one thing: how it reads a .NET type (a
/// DecisionView, a LinkView …) is found once per build, not once per page. Scriban's <see cref="TemplateContext.Reset"/>,
/// which lets a thread reuse its context from page to page, forgets those accessors, so each page looked up every type's
/// properties by reflection again and renamed each one (what that cost: docs/benchmarks.md).
/// Which accessor Scriban makes depends on the type alone, and once made an accessor only reads, so the contexts of all
/// threads can share them.
/// </summary>
/// <param name="accessors">Shared by the contexts of one theme, which all read the same types the same way.</param>
public sealed class PageContext(ScriptObject builtins, ConcurrentDictionary<Type, IObjectAccessor?> accessors) : TemplateContext(builtins)
{
    protected override IObjectAccessor? GetMemberAccessorImpl(object target)
    {
        var type = target.GetType();
        return accessors.TryGetValue(type, out var known) ? known : accessors.GetOrAdd(type, base.GetMemberAccessorImpl(target));
    }
}
