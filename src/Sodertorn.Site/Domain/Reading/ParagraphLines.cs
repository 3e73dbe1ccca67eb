using Markdig.Syntax.Inlines;

namespace Sodertorn.Site.Domain.Reading;

/// <summary>What a paragraph's lines begin with, for the checks of marks Markdown read as plain text.</summary>
public static class ParagraphLines
{
    /// <summary>
    /// The text that begins each line of a paragraph (from the first inline, and from each after a line break): the run of
    /// literals there, which a table cell may split at a colon.
    /// </summary>
    public static IEnumerable<(LiteralInline First, string Text)> Starts(ContainerInline inline)
    {
        var child = inline.FirstChild;
        while (child is not null)
        {
            if (child is LiteralInline first)
            {
                var text = new System.Text.StringBuilder();
                for (; child is LiteralInline literal; child = child.NextSibling) text.Append(literal.Content.AsSpan());
                yield return (first, text.ToString());
            }
            while (child is not null and not LineBreakInline) child = child.NextSibling;
            child = child?.NextSibling;
        }
    }
}
