using Sodertorn.Site.Authoring.Preview;
using Sodertorn.Site.Content;
using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Content;

/// <summary>
/// Invisible control characters (text pasted from Word, a file once decoded in the wrong encoding) are named where they
/// stand, in the read stage, instead of reaching a feed or calendar whose XML cannot hold them.
/// </summary>
public sealed class ControlCharactersTests
{
    private static string MinutesWith(string decision, string place) =>
        ContentFixture.ValidFile("protokoll/lg-2030-03-01.md")
            .Replace("Kartan godkänns.", decision, StringComparison.Ordinal)
            .Replace("plats: Exempelby kommunhus\nmötesform", $"plats: \"{place}\"\nmötesform", StringComparison.Ordinal);

    /// <summary>A bell character in a decision once ended the build with an internal fault while the feeds were written.</summary>
    [Fact]
    public void A_control_character_in_a_decision_or_a_field_fails_the_build_at_its_place_not_with_an_internal_fault()
    {
        using var site = TempSite.CopyOf("valid");
        Assert.True(site.Build().Succeeded);
        var before = Directory.GetFiles(site.Output, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);

        site.Write("protokoll/lg-2030-03-01.md", MinutesWith("Kartan\u0007 godkänns.", "Exempelby\u000Bkommunhus"));
        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "file-failed");
        Assert.Equal([("protokoll/lg-2030-03-01.md:8:18", "U+000B"), ("protokoll/lg-2030-03-01.md:32:7", "U+0007")],
            result.Diagnostics.Where(d => d.Code == ControlCharacters.Code)
                .Select(d => (d.Location.ToString(), d.Message[(d.Message.IndexOf("U+", StringComparison.Ordinal))..][..6])));
        Assert.All(result.Diagnostics.Where(d => d.Code == ControlCharacters.Code), d => Assert.Equal(Severity.Error, d.Severity));
        Assert.Equal(before.Keys.Order(), Directory.GetFiles(site.Output, "*", SearchOption.AllDirectories).Order());
    }

    [Fact]
    public void Tabs_line_ends_and_ordinary_punctuation_are_not_control_characters()
    {
        var diagnostics = new DiagnosticBag();
        ControlCharacters.Check(new SourceFile("sidor/om.md", "Rad\tmed tabb\r\nmåndag–fredag ”citat” … © 😀\n"), diagnostics);
        Assert.Empty(diagnostics.Sorted());
    }

    [Fact]
    public void Each_line_is_reported_once_at_its_first_such_character()
    {
        var diagnostics = new DiagnosticBag();
        ControlCharacters.Check(new SourceFile("data/opublicerade.yml", "- id: a\u000Bb\u000Bc\n  titel: ok\n  not: x\u0096y\uFFFE\n\u0000"), diagnostics);
        Assert.Equal(["data/opublicerade.yml:1:8", "data/opublicerade.yml:3:9", "data/opublicerade.yml:4:1"],
            diagnostics.Sorted().Select(d => d.Location.ToString()));
        Assert.All(diagnostics.Sorted(), d => Assert.False(string.IsNullOrWhiteSpace(d.Suggestion)));
    }

    /// <summary>
    /// A numeric character reference decodes to the character it names (crash 6 of docs/fuzzing.md); a tab, a letter and
    /// &amp;#0; (which Markdig decodes as U+FFFD) are fine.
    /// </summary>
    [Fact]
    public void A_character_reference_to_a_control_character_is_reported_where_it_is_written()
    {
        var diagnostics = new DiagnosticBag();
        ControlCharacters.Check(new SourceFile("sidor/om.md", "Tabb&#9; A&#65; noll&#0; ok\nKartan&#150; och &#x1b;\n"), diagnostics);
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal("sidor/om.md:2:7", error.Location.ToString());
        Assert.StartsWith("'&#150;' skriver ett osynligt tecken (U+0096", error.Message, StringComparison.Ordinal);
        Assert.Equal("ta bort '&#150;'", error.Suggestion);
        Assert.True(ControlCharacters.Any("&#x1B;"));
        Assert.False(ControlCharacters.Any("&#9;&#65;&#0;&#x2028;"));
    }

    [Fact]
    public void The_preview_reports_a_control_character_written_after_its_first_read_as_the_build_does()
    {
        using var site = TempSite.CopyOf("valid");
        var snapshot = new InputSnapshot(site.Input);
        snapshot.Read(ChangeSet.Everything());
        site.Write("protokoll/lg-2030-03-01.md", MinutesWith("Kartan\u000B godkänns.", "Exempelby kommunhus"));

        var changes = new ChangeSet();
        changes.InputPaths.Add(Path.Combine(site.Input, "protokoll", "lg-2030-03-01.md"));
        var read = snapshot.Read(changes);
        Assert.True(read.FullRead);
        Assert.Single(read.Diagnostics, d => d.Code == ControlCharacters.Code && d.Location.ToString() == "protokoll/lg-2030-03-01.md:32:7");
    }
}
