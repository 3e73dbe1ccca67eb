using System.Buffers;
using Scriban;

namespace Sodertorn.Site.Rendering;

/// <summary>
/// What a layout writes with <c>{{ body }}</c>: the body rendered where it was parsed, its xref links filled in as it is
/// decoded into the page's output (a string of each body was about 3 % of what a build allocated).
/// </summary>
public sealed class BodyContent(byte[] utf8, Markdown.Xref.XrefPlaceholders placeholders) : WrittenInPlace
{
    protected override void WriteTo(TemplateContext context)
    {
        // Inside a partial the output is Scriban's own, for the partial's text alone: written as a string there.
        if (context.Output is IBufferWriter<char> page) placeholders.Fill(utf8, page);
        else context.Write(placeholders.Fill(utf8));
    }
}
