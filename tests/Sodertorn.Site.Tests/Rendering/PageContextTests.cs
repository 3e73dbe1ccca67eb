using System.Collections.Concurrent;
using Scriban;
using Scriban.Runtime;
using Sodertorn.Site.Rendering;

namespace Sodertorn.Site.Tests.Rendering;

public sealed class PageContextTests
{
    private sealed record Item(string Title, int Count);

    [Fact]
    public void Contexts_that_share_how_they_read_a_type_still_read_each_page_its_own_values()
    {
        var shared = new ConcurrentDictionary<Type, IObjectAccessor?>();
        var template = Template.Parse("{{ item.title }}: {{ item.count }} {{ items | array.map 'title' | array.join ',' }}");
        var first = new PageContext(TemplateContext.GetDefaultBuiltinObject(), shared);
        var second = new PageContext(TemplateContext.GetDefaultBuiltinObject(), shared);

        string Render(TemplateContext context, Item item)
        {
            context.Reset();
            context.PushGlobal(new ScriptObject { ["item"] = item, ["items"] = new[] { item, item with { Title = "b" } } });
            return template.Render(context);
        }

        Assert.Equal("Möte: 3 Möte,b", Render(first, new Item("Möte", 3)));
        Assert.Equal("Plan: 7 Plan,b", Render(second, new Item("Plan", 7)));
        Assert.Equal("Mål: 1 Mål,b", Render(first, new Item("Mål", 1)));
        // The second context read the type through the accessor the first one made.
        Assert.Contains(typeof(Item), shared.Keys);
    }
}
