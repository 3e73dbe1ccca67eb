using System.Text.RegularExpressions;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Rendering;

/// <summary>
/// The search index separates words only where block-like elements end, and would read "År</dt><dd>2024" as the one word
/// "År2024": every term, description and header cell the layouts write is followed by white space.
/// </summary>
public sealed partial class SearchWordBreakTests
{
    [GeneratedRegex("</(dt|dd|th)>(?!\\s)", RegexOptions.IgnoreCase)]
    private static partial Regex Glued();

    [Fact]
    public void No_term_description_or_header_cell_is_glued_to_the_next_word()
    {
        var pages = Directory.GetFiles(SharedSites.Real.Output, "*.html", SearchOption.AllDirectories);
        var glued = pages.SelectMany(f => Glued().Matches(File.ReadAllText(f)).Select(m => $"{Path.GetRelativePath(SharedSites.Real.Output, f)}: {m.Value}")).ToList();

        Assert.Contains(pages, f => File.ReadAllText(f).Contains("</dd>", StringComparison.Ordinal));
        Assert.Empty(glued);
    }
}
