using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Content;

/// <summary>
/// Errors in one file that the writing guide lists ("Alla koder" in docs/skrivguide.md) and that no fixture site makes:
/// each from a small change to a valid file, reported at the line to change, in Swedish, with what to write instead.
/// </summary>
public sealed class AuthorErrorTests
{
    public static TheoryData<string, string, string, string, int, string> Cases() => new()
    {
        // file, the valid file's line, the author's line, code, line reported, words of the message
        { "mal/klimat.md", "nivå: långsiktigt mål", "nivå: delmål2", "level-unknown", 6, "okänd målnivå 'delmål2'" },
        { "mal/klimat.md", "förälder: vision\n", "", "goal-parent-missing", 2, "saknar 'förälder'" },
        { "planer/2030/verksamhetsplan.md", "år: 2030", "år: tjugotrettio", "number-format", 5, "'tjugotrettio' är inte ett heltal" },
        { "sidor/om.md", "titel: Om samverkan", "titel: Om samverkan\nutkast: kanske", "flag-format", 5, "ska vara true eller false, inte 'kanske'" },
        // Once a page that could not be written ("file-failed", PathTooLongException): an id names the page's folder.
        { "sidor/om.md", "id: om", "id: " + new string('a', 300), "id-syntax", 3, "högst 80 tecken" },
        { "protokoll/lg-2030-03-01.md", "::: beslut {#komplettera ansvarig=\"Bo Kansli\"}", "::: beslut {ansvarig=\"Bo Kansli\"}", "decision-id-missing", 35, "beslutet saknar id" },
        { "protokoll/lg-2030-03-01.md", "justerare: [Anna Exempel]", "justerare: {namn: Anna Exempel}", "shape", 20, "'justerare' ska vara" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_mistake_is_reported_at_its_line_with_advice(string file, string valid, string written, string code, int line, string words)
    {
        var text = ContentFixture.ValidFile(file);
        Assert.Contains(valid, text, StringComparison.Ordinal);
        var (_, diagnostics) = ContentFixture.Read(file, text.Replace(valid, written, StringComparison.Ordinal));

        var error = Assert.Single(diagnostics.Sorted(), d => d.Severity == Severity.Error);
        Assert.Equal((code, file, line), (error.Code, error.Location.File, error.Location.Line));
        Assert.Contains(words, error.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(error.Suggestion), $"{code} gives no advice");
    }

    [Theory]
    [InlineData("---\n\n---\n\nText.\n", "yaml-empty", 2)]
    [InlineData("---\ntyp: sida\nid: om\ntitel: Om\n\nText utan avslutande rad.\n", "frontmatter-unterminated", 1)]
    public void A_front_matter_without_fields_or_end_is_an_error_with_advice(string text, string code, int line)
    {
        var (_, diagnostics) = ContentFixture.Read("sidor/om.md", text);

        var error = Assert.Single(diagnostics.Sorted(), d => d.Severity == Severity.Error);
        Assert.Equal((code, line), (error.Code, error.Location.Line));
        Assert.Contains("'---'", error.Suggestion ?? "", StringComparison.Ordinal);
    }

    /// <summary>
    /// Publishing a document that data/opublicerade.yml still lists (the guide's step when minutes arrive late): the error
    /// is at the list's entry, names the document's file, and says to remove the entry. Another YAML file in data/ is unknown.
    /// </summary>
    [Fact]
    public void A_published_document_still_listed_as_unpublished_and_an_unknown_data_file_are_errors_with_advice()
    {
        using var site = TempSite.CopyOf("valid");
        site.Write("data/opublicerade.yml", File.ReadAllText(Path.Combine(site.Input, "data", "opublicerade.yml")) + "- id: om\n  titel: Om samverkan\n");
        site.Write("data/extra.yml", "- id: x\n");
        var result = site.Build();

        Assert.False(result.Succeeded);
        var listed = Assert.Single(result.Diagnostics, d => d.Code == "id-duplicate");
        Assert.Equal(("data/opublicerade.yml", 7), (listed.Location.File, listed.Location.Line));
        Assert.Contains("'om' står som opublicerat, men dokumentet publiceras nu (sidor/om.md", listed.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(listed.Suggestion));
        var unknown = Assert.Single(result.Diagnostics, d => d.Code == "data-unknown");
        Assert.Equal("data/extra.yml", unknown.Location.File);
        Assert.False(string.IsNullOrWhiteSpace(unknown.Suggestion));
    }

    /// <summary>An entry written twice in opublicerade.yml was called published "now", pointing at the list's own first entry.</summary>
    [Fact]
    public void An_entry_twice_in_the_unpublished_list_is_named_as_such()
    {
        using var site = TempSite.CopyOf("valid");
        site.Write("data/opublicerade.yml", File.ReadAllText(Path.Combine(site.Input, "data", "opublicerade.yml")) + "- id: ssk-2030-01-15\n  titel: Samma möte igen\n");
        var result = site.Build();

        var twice = Assert.Single(result.Diagnostics, d => d.Code == "id-duplicate");
        Assert.Equal("data/opublicerade.yml:7:3", twice.Location.ToString());
        Assert.Equal("'ssk-2030-01-15' står redan i data/opublicerade.yml (data/opublicerade.yml:1:3)", twice.Message);
        Assert.Equal("ta bort den ena posten", twice.Suggestion);
    }

    /// <summary>
    /// One mistake in a plan's front matter: every reference to the plan is told that the plan's own file could not be
    /// read, and what to fix, instead of each offering a similar id as if the plan did not exist.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_reference_to_a_document_that_could_not_be_read_points_to_that_file(bool inPreview)
    {
        using var site = TempSite.CopyOf("valid");
        var plan = File.ReadAllText(Path.Combine(site.Input, "planer", "2030", "verksamhetsplan.md"));
        site.Write("planer/2030/verksamhetsplan.md", plan.Replace("titel: Verksamhetsplan och budget 2030", "titel: Verksamhetsplan: budget 2030", StringComparison.Ordinal));
        // As the build reports it, and as the kansli's preview does (its own reading, which keeps documents between rebuilds).
        IReadOnlyList<Diagnostic> found;
        if (inPreview)
        {
            using var folder = new Sodertorn.Site.Authoring.Preview.PreviewFolder(Path.Combine(site.Root, "forhandsgranskning"));
            var preview = new Sodertorn.Site.Authoring.Preview.IncrementalBuild(
                new Sodertorn.Site.Authoring.Preview.PreviewOptions(site.Input, Repository.Theme, folder.Root, 0, TempSite.Today), TempSite.BaseUrl, folder);
            found = preview.Run(Sodertorn.Site.Authoring.Preview.ChangeSet.Everything())!.Diagnostics;
        }
        else found = site.Build().Diagnostics;

        Assert.Contains(found, d => d.Code == "yaml-syntax" && d.Location.File == "planer/2030/verksamhetsplan.md");
        var references = found.Where(d => d.Code == "ref-unknown" && d.Target == "vp-2030").ToList();
        Assert.NotEmpty(references);
        Assert.All(references, d =>
        {
            Assert.Contains("är id:t i planer/2030/verksamhetsplan.md, som inte kunde läsas", d.Message, StringComparison.Ordinal);
            Assert.Equal("rätta felet i planer/2030/verksamhetsplan.md först; då finns 'vp-2030' igen", d.Suggestion);
        });
    }
}
