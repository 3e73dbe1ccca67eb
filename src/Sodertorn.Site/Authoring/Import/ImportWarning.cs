namespace Sodertorn.Site.Authoring.Import;

/// <summary>Something the importer kept as text because it could not place it; printed for the author.</summary>
public sealed record ImportWarning(int Paragraph, string Text, string Reason)
{
    public override string ToString()
    {
        var flat = string.Join(' ', Text.Split(['\n', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        var excerpt = flat.Length <= 60 ? flat : flat[..57].TrimEnd() + "…";
        return $"stycke {Paragraph}: '{excerpt}' kunde inte tolkas ({Reason}), finns kvar som text";
    }
}
