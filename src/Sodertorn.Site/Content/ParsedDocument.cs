using Markdig.Syntax;

namespace Sodertorn.Site.Content;

/// <summary>Parse stage output: a document's kind, its front matter and its Markdown syntax tree.</summary>
/// <param name="BodyFirstLine">1-based file line of the body's first line; Markdig lines are 0-based from there.</param>
/// <param name="BodyHtml">The body rendered from this tree as UTF-8, compressed, xref links as placeholders (Markdown/Xref/XrefPlaceholders); null when it could not be.</param>
public sealed record ParsedDocument(
    SourceFile File,
    string Kind,
    FrontMatter Meta,
    MarkdownDocument Body,
    string BodyText,
    int BodyFirstLine,
    CompressedUtf8? BodyHtml = null)
{
    public Diagnostics.SourceLocation LocationOf(MarkdownObject node) =>
        new(File.RelativePath, BodyFirstLine + node.Line, node.Column + 1);
}
