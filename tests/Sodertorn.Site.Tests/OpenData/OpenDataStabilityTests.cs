using System.Text.Json;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.OpenData;

/// <summary>
/// Open data across builds: ids stay as content is added; a draft leaves no trace. (Same input, same bytes: the whole
/// output is compared in FixtureSiteTests.Two_builds_of_the_same_input_are_byte_identical.)
/// </summary>
public sealed class OpenDataStabilityTests
{
    private const string DraftTitle = "Hemlig utkastaktivitet om vätgas";

    [Fact]
    public void Ids_stay_the_same_when_content_is_added()
    {
        using var site = TempSite.CopyOf("valid");
        Assert.True(site.Build().Succeeded);
        var before = Ids(site);
        site.Write("mal/laddning.md", "---\ntyp: mål\nid: laddning\ntitel: Fler laddplatser\nnivå: delmål\nförälder: klimat\n---\nDelmålets text.\n");
        Assert.True(site.Build().Succeeded);
        var after = Ids(site);

        Assert.All(before, id => Assert.Contains(id, after));
        Assert.Contains("laddning", after);
    }

    [Fact]
    public void A_draft_and_links_to_it_leave_no_trace_in_the_data()
    {
        using var site = TempSite.CopyOf("valid");
        site.Write("planer/2030/aktiviteter/vp-2030-vatgas.md",
            $"---\ntyp: aktivitet\nid: vp-2030-vatgas\ntitel: {DraftTitle}\nplan: vp-2030\nmål: klimat\nutkast: true\n---\nText i utkastet.\n");
        // A published decision that acts on the draft, and a text that links to it with the title as link text.
        var minutes = File.ReadAllText(Path.Combine(site.Input, "protokoll", "lg-2030-03-01.md"))
            .Replace("avser=\"vp-2030-laddplatser\"", "avser=\"vp-2030-laddplatser vp-2030-vatgas\"", StringComparison.Ordinal)
            .Replace("Kartan godkänns.", "Kartan godkänns, se [](xref:vp-2030-vatgas).", StringComparison.Ordinal);
        site.Write("protokoll/lg-2030-03-01.md", minutes);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        foreach (var file in Directory.GetFiles(Path.Combine(site.Output, "data")))
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain("vp-2030-vatgas", text, StringComparison.Ordinal);
            Assert.DoesNotContain(DraftTitle, text, StringComparison.Ordinal);
        }
        Assert.Contains("\"vp-2030-laddplatser\"", File.ReadAllText(Path.Combine(site.Output, "data", "beslut.json")), StringComparison.Ordinal);
    }

    private static HashSet<string> Ids(TempSite site)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(Path.Combine(site.Output, "data")))
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(file));
            foreach (var (_, obj) in JsonWalk.Objects(document.RootElement))
                if (JsonWalk.String(obj, "id") is { } id) ids.Add(id);
        }
        return ids;
    }
}
