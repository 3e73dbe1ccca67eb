namespace Sodertorn.Site.Markdown.Xref;

/// <summary>
/// How a reference to a document that is not published here is written: its name as plain text, never styled like a
/// link, followed by the visible words "(publiceras inte här)", which everyone reads alike (WCAG 1.3.1). The words
/// are left out of the search index, where they would be among the most frequent of the site.
/// </summary>
public static class UnpublishedReference
{
    public const string Start = "<span class=\"opublicerad\">";

    public const string End = "<span class=\"opublicerad-not\" data-pagefind-ignore> (publiceras inte här)</span></span>";
}
