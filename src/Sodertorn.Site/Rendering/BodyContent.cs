using Scriban;
using Sodertorn.Site.Content;

namespace Sodertorn.Site.Rendering;

/// <summary>
/// What a layout writes with <c>{{ body }}</c>, always this one type: a document's body as HTML. A body rendered where
/// it was parsed (compressed UTF-8 with xref placeholders) is decoded into a string with its links filled in; one
/// rendered now is written as its HTML. (Decoding straight into the page's output instead saved allocation but no time,
/// docs/benchmarks.md, sixteenth session, and is not done.)
/// </summary>
public sealed class BodyContent : WrittenInPlace
{
    private readonly CompressedUtf8? utf8;
    private readonly Markdown.Xref.XrefPlaceholders? placeholders;
    private readonly string? html;

    public BodyContent(CompressedUtf8 utf8, Markdown.Xref.XrefPlaceholders placeholders)
    {
        this.utf8 = utf8;
        this.placeholders = placeholders;
    }

    public BodyContent(string html) => this.html = html;

    protected override void WriteTo(TemplateContext context)
    {
        context.Write(ToString());
    }

    public override string ToString() => html ?? utf8!.Read(placeholders!.Fill);
}
