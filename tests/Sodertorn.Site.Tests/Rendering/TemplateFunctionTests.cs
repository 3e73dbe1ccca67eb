using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using Sodertorn.Site.Rendering;

namespace Sodertorn.Site.Tests.Rendering;

public sealed class TemplateFunctionTests
{
    private static string Render(string template, ScriptObject functions)
    {
        var context = new TemplateContext();
        context.PushGlobal(functions);
        return Template.Parse(template).Render(context);
    }

    [Fact]
    public void Arguments_are_converted_to_the_delegates_types_as_scriban_converts_them()
    {
        var functions = new ScriptObject
        {
            // A template's whole number is an int; the function takes a long.
            ["money"] = TemplateFunction.Of<long, string>(TemplateFunctions.Money),
            ["year"] = TemplateFunction.Of<DateOnly?, string>(d => d is { } v ? v.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) : "inget datum"),
            ["pair"] = TemplateFunction.Of<string?, long, string>((a, b) => $"{a}:{b}"),
            ["name"] = TemplateFunction.Of(() => "Södertörn"),
            ["day"] = new DateOnly(2024, 2, 16),
        };

        Assert.Equal("2\u00a0083\u00a0296\u00a0kr", Render("{{ money 2083296 }}", functions));
        Assert.Equal("2024|inget datum", Render("{{ year day }}|{{ year null }}", functions));
        Assert.Equal("a:7", Render("{{ pair 'a' 7 }}", functions));
        Assert.Equal("Södertörn", Render("{{ name }}", functions));
    }

    [Fact]
    public void A_call_with_too_few_arguments_is_a_template_error_not_a_crash()
    {
        var functions = new ScriptObject { ["pair"] = TemplateFunction.Of<string?, long, string>((a, b) => $"{a}:{b}") };

        // SiteRenderer reports a ScriptRuntimeException as the page's error, with the theme file and line.
        Assert.ThrowsAny<ScriptRuntimeException>(() => Render("{{ pair 'a' }}", functions));
    }
}
