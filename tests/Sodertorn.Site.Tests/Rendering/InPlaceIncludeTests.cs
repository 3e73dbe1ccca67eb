using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Sodertorn.Site.Rendering;

namespace Sodertorn.Site.Tests.Rendering;

public sealed class InPlaceIncludeTests
{
    private static readonly Dictionary<string, string> Partials = new(StringComparer.Ordinal)
    {
        ["people"] = "<ul>\n{{~ for g in groups ~}}\n  <li>{{ g }}:\n    {{ names }}</li>\n{{~ end ~}}\n</ul>\n",
        ["args"] = "[{{ $1 }}|{{ $2 }}|{{ $.size }}|{{ who }}]",
        ["sets"] = "{{ shared = 'från delmallen'; $local = 'lokal' }}",
        ["ends_on_value"] = "{{ 'värdet' }}",
        ["nested"] = "<div>\n  {{ include 'args' 1 2 }}\n</div>",
        ["self"] = "{{ include 'self' }}",
    };

    [Theory]
    [InlineData("{{ groups = ['a', 'b']; names = 'x, y'; include 'people' }}efter")]
    [InlineData("<section>\n    {{ include 'people' }}\n</section>")]
    [InlineData("{{ include 'args' 'ett' 2 who: 'namngiven' }} {{ who }}")]
    [InlineData("{{ include 'sets' }}{{ shared }}/{{ $local }}")]
    [InlineData("före {{ include 'ends_on_value' }} efter")]
    [InlineData("  {{~ include 'nested' ~}}\n  slut")]
    [InlineData("{{ for i in 1..3 }}{{ include 'args' i }}{{ end }}")]
    public void A_partial_included_in_place_writes_what_Scribans_include_writes(string page)
    {
        var globals = new ScriptObject { ["groups"] = new ScriptArray { "Närvarande" }, ["names"] = "Anna, Bo" };
        Assert.Equal(Render(page, globals, builtin: true), Render(page, globals, builtin: false));
    }

    [Fact]
    public void A_partial_that_includes_itself_stops_at_the_recursion_limit()
    {
        var e = Assert.Throws<Scriban.Syntax.ScriptRuntimeException>(() => Render("{{ include 'self' }}", new ScriptObject(), builtin: false));
        Assert.Contains("recursive", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_partial_is_reported_by_the_loader()
    {
        var e = Assert.ThrowsAny<Exception>(() => Render("{{ include 'saknas' }}", new ScriptObject(), builtin: false));
        Assert.Contains("saknas", e.ToString(), StringComparison.Ordinal);
    }

    private static string Render(string page, ScriptObject globals, bool builtin)
    {
        var context = new TemplateContext { TemplateLoader = new Loader(), LoopLimit = 100 };
        if (!builtin) context.PushGlobal(new ScriptObject { ["include"] = InPlaceInclude.Instance });
        context.PushGlobal(globals);
        var template = Template.Parse(page);
        Assert.False(template.HasErrors, string.Join("; ", template.Messages));
        return template.Render(context);
    }

    private sealed class Loader : ITemplateLoader
    {
        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName;

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            Partials.TryGetValue(templatePath, out var text) ? text : throw new InvalidOperationException($"delmallen {templatePath} saknas");

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
    }
}
