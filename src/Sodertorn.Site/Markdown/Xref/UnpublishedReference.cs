namespace Sodertorn.Site.Markdown.Xref;

/// <summary>
/// How a reference to a document that is not published here is written: its name as text, not a link, marked
/// with a dotted underline for the eye and, for screen readers, words saying the same (WCAG 1.3.1). The words
/// are left out of the search index, where they would be among the most frequent of the site.
/// </summary>
public static class UnpublishedReference
{
    public const string Start = "<span class=\"opublicerad\">";

    public const string End = "<span class=\"dold\" data-pagefind-ignore> (publiceras inte här)</span></span>";
}
