using Markdig.Syntax.Inlines;

namespace Sodertorn.Site.Domain.Reading;

/// <summary>The visible text of an inline run (a heading's words), without Markdown markup.</summary>
public static class InlineText
{
    public static string Of(ContainerInline? inline)
    {
        if (inline is null) return "";
        var builder = new System.Text.StringBuilder();
        Append(inline, builder);
        return builder.ToString().Trim();
    }

    private static void Append(Inline inline, System.Text.StringBuilder builder)
    {
        switch (inline)
        {
            case LiteralInline literal: builder.Append(literal.Content.ToString()); break;
            case CodeInline code: builder.Append(code.Content); break;
            case LineBreakInline: builder.Append(' '); break;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling) Append(child, builder);
                break;
        }
    }
}
