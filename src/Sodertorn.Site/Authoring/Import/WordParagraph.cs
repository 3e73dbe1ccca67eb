namespace Sodertorn.Site.Authoring.Import;

public enum ListKind
{
    None,
    Bullet,
    Numbered,
}

/// <summary>
/// One paragraph of a Word document as the importer sees it: its text with tabs ('\t') and line breaks ('\n')
/// kept, whether Word numbers or bullets it, and whether all of it is bold. A table row is one paragraph
/// whose cells are separated by tabs, because minutes lay out the same header block either way.
/// </summary>
/// <param name="Number">1-based position among the document's non-empty paragraphs, for warnings.</param>
/// <param name="ListNumber">The number Word shows before a numbered paragraph.</param>
public sealed record WordParagraph(int Number, string Text, ListKind List = ListKind.None, int Level = 0, int? ListNumber = null,
    bool Bold = false, bool InTable = false)
{
    public IReadOnlyList<string> Lines => Text.Split('\n');

    /// <summary>The text on one line: tabs and line breaks as single spaces.</summary>
    public string Flat => string.Join(' ', Text.Split(['\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
