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
}
