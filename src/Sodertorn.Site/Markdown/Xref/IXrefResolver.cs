namespace Sodertorn.Site.Markdown.Xref;

/// <summary>What an xref identifier points at, as far as rendering needs to know.</summary>
/// <param name="Url">Root-relative permanent URL, with '#anchor' for parts; null when not published here.</param>
public sealed record XrefTarget(string Id, string Title, string? Url);

public interface IXrefResolver
{
    XrefTarget? Resolve(string id);
}
