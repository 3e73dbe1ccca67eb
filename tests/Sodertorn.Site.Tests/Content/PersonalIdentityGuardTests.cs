using Sodertorn.Site.Content;
using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Authoring.Preview;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Content;

/// <summary>The privacy guard in the read stage: a personnummer anywhere in input/ fails the build, and is never repeated.</summary>
public sealed class PersonalIdentityGuardTests
{
    private const string Number = "121212-1212";

    private static string MinutesWithNumbers() =>
        ContentFixture.ValidFile("protokoll/lg-2030-03-01.md")
            .Replace("    not: ordförande", "    not: ordförande, 19121212-1212", StringComparison.Ordinal)
            .Replace("Anna Exempel hälsar välkommen.", $"Anna Exempel ({Number}) hälsar välkommen.", StringComparison.Ordinal);

    [Fact]
    public void A_number_in_front_matter_body_and_data_file_fails_the_build_at_each_place_and_the_last_site_stays()
    {
        using var site = TempSite.CopyOf("valid");
        Assert.True(site.Build().Succeeded);
        var before = Directory.GetFiles(site.Output, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);

        site.Write("protokoll/lg-2030-03-01.md", MinutesWithNumbers());
        site.Write("data/opublicerade.yml", File.ReadAllText(Path.Combine(site.Input, "data", "opublicerade.yml")) + "# kontakt 7010631237\n");
        var result = site.Build();

        Assert.False(result.Succeeded);
        var found = result.Diagnostics.Where(d => d.Code == PersonalIdentityGuard.Code).Select(d => (d.Severity, d.Location.ToString())).ToList();
        Assert.Equal([
            (Severity.Error, "data/opublicerade.yml:7:11"),
            (Severity.Error, "protokoll/lg-2030-03-01.md:13:22"),
            (Severity.Error, "protokoll/lg-2030-03-01.md:25:15"),
        ], found);
        // The last good site is untouched: no page, feed, search index or data file of the new text.
        Assert.Equal(before.Keys.Order(), Directory.GetFiles(site.Output, "*", SearchOption.AllDirectories).Order());
        Assert.All(before, f => Assert.Equal(f.Value, File.ReadAllBytes(f.Key)));
    }

    [Fact]
    public void The_message_masks_the_number_says_why_and_says_what_to_do()
    {
        using var site = TempSite.CopyOf("valid");
        site.Write("protokoll/lg-2030-03-01.md", MinutesWithNumbers());
        var result = site.Build();
        var errors = result.Diagnostics.Where(d => d.Code == PersonalIdentityGuard.Code).ToList();
        Assert.Equal(2, errors.Count);
        foreach (var error in errors)
        {
            var text = error.ToString();
            Assert.DoesNotContain("1212-1212", text);
            Assert.DoesNotContain("-1212", text);
            Assert.Contains("får aldrig publiceras", error.Message);
            Assert.StartsWith("ta bort numret", error.Suggestion);
            Assert.Null(error.Target);
        }
        Assert.Contains("(1212**-****)", errors[1].Message);
        // Nor does the link report written beside the old site repeat it.
        foreach (var file in Directory.GetFiles(site.Root, "*", SearchOption.AllDirectories).Where(f => !f.StartsWith(site.Input, StringComparison.Ordinal)))
            Assert.DoesNotContain("1212-1212", File.ReadAllText(file));
    }

    [Fact]
    public void The_preview_reports_a_number_written_after_its_first_read_as_the_build_does()
    {
        using var site = TempSite.CopyOf("valid");
        var snapshot = new InputSnapshot(site.Input);
        snapshot.Read(ChangeSet.Everything());
        site.Write("protokoll/lg-2030-03-01.md", MinutesWithNumbers());

        var changes = new ChangeSet();
        changes.InputPaths.Add(Path.Combine(site.Input, "protokoll", "lg-2030-03-01.md"));
        var read = snapshot.Read(changes);
        Assert.True(read.FullRead);
        Assert.Equal(2, read.Diagnostics.Count(d => d.Code == PersonalIdentityGuard.Code));
    }

    /// <summary>
    /// An attachment is published byte for byte: one that is text (a participant list exported as CSV, in Excel's
    /// Windows-1252 or in UTF-8; an SVG) fails the build at the number's line as a document does, and nothing is copied.
    /// A PDF is not read (the writing guide asks the author to check it).
    /// </summary>
    [Fact]
    public void A_number_in_a_text_attachment_fails_the_build_at_its_line_and_the_file_is_not_published()
    {
        using var site = TempSite.CopyOf("valid");
        site.WriteBytes("filer/deltagare.csv", System.Text.Encoding.Latin1.GetBytes($"namn;kommun\nÅsa Ödman;Exempelby\nBo Berg;{Number};Exempelby\n"));
        site.Write("filer/karta.svg", $"<svg xmlns=\"http://www.w3.org/2000/svg\">\n<!-- {Number} -->\n</svg>\n");
        site.Write("filer/laddplatser.csv", "plats;antal\nKommunhuset;4\n");
        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Equal(["filer/deltagare.csv:3:9", "filer/karta.svg:2:6"],
            result.Diagnostics.Where(d => d.Code == PersonalIdentityGuard.Code).Select(d => d.Location.ToString()));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "filer")));
    }

    [Fact]
    public void The_preview_reads_everything_again_when_a_text_attachment_changes()
    {
        using var site = TempSite.CopyOf("valid");
        site.Write("filer/deltagare.csv", "namn;kommun\n");
        var snapshot = new InputSnapshot(site.Input);
        snapshot.Read(ChangeSet.Everything());
        site.Write("filer/deltagare.csv", $"namn;kommun\nBo Berg {Number};Exempelby\n");

        var changes = new ChangeSet();
        changes.InputPaths.Add(Path.Combine(site.Input, "filer", "deltagare.csv"));
        var read = snapshot.Read(changes);
        Assert.True(read.FullRead);
        Assert.Single(read.Diagnostics, d => d.Code == PersonalIdentityGuard.Code && d.Location.ToString() == "filer/deltagare.csv:2:9");
    }
}
