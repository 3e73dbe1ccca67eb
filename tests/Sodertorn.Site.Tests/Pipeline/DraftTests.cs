using System.Text;
using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Pipeline;

/// <summary>
/// An unpublished document appears nowhere in output/: no page, feed entry, sitemap line, calendar or
/// open-data object, and not its title either. Every file of output/ is searched, so a new output
/// format cannot slip past this test.
/// </summary>
public sealed class DraftTests
{
    private const string DraftPageTitle = "Zebrafinkens hemliga promemoria";
    private const string DraftPageId = "zebrafink-promemoria";
    private const string DraftMeetingId = "lg-2030-05-20";
    private const string DraftDecisionText = "Spökbeslutet om glasmaneter gäller omedelbart.";

    private static readonly string DraftPage = $"""
        ---
        typ: sida
        id: {DraftPageId}
        titel: {DraftPageTitle}
        sammanfattning: Sammanfattningen av {DraftPageTitle}.
        utkast: true
        ---
        Texten i {DraftPageTitle}.
        """;

    // A draft set of minutes: a whole meeting, with a decision acting on a published activity.
    private static readonly string DraftMinutes = $$"""
        ---
        typ: protokoll
        id: {{DraftMeetingId}}
        organ: ledningsgruppen
        datum: 2030-05-20
        plats: Exempelby kommunhus
        mötesform: fysiskt
        deltagare:
          - namn: Anna Exempel
            kommun: exempelby
        sekreterare: Bo Kansli
        justerare: [Anna Exempel]
        utkast: true
        ---
        ## 1. Glasmaneter {#glasmaneter}

        ::: beslut {#spokbeslut avser="vp-2030-laddplatser"}
        {{DraftDecisionText}}
        :::
        """;

    [Fact]
    public void An_unreferenced_draft_leaves_no_trace_in_any_file_of_the_output()
    {
        using var site = TempSite.CopyOf("valid");
        site.Write("sidor/promemoria.md", DraftPage).Write("protokoll/ledningsgruppen/2030-05-20.md", DraftMinutes);

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(FilesContaining(site, DraftPageTitle, DraftPageId, DraftMeetingId, DraftDecisionText, "Ledningsgruppen 20 maj 2030", "glasmaneter"));
        Assert.False(Directory.Exists(Path.Combine(site.Output, DraftPageId)));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "protokoll", DraftMeetingId)));
    }

    [Fact]
    public void A_referenced_draft_is_a_report_warning_naming_its_id_and_its_title_is_still_nowhere()
    {
        using var site = TempSite.CopyOf("valid");
        site.Write("sidor/promemoria.md", DraftPage)
            .Write("sidor/kontakt.md", $"---\ntyp: sida\nid: kontakt\ntitel: Kontakt\n---\nLäs [promemorian](xref:{DraftPageId}).\n");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Target == DraftPageId);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Empty(FilesContaining(site, DraftPageTitle));
        // The link report must name what the author wrote so that it can be fixed; nothing else may.
        Assert.Equal(["lankrapport/index.html", "lankrapport/lankrapport.json"], FilesContaining(site, DraftPageId));
        Assert.Contains("<span class=\"opublicerad\">promemorian<span class=\"opublicerad-not\" data-pagefind-ignore> (publiceras inte här)</span></span>", site.ReadOutput("kontakt/index.html"));
    }

    public static TheoryData<string> WaysToUnpublish() => ["remove the file", "mark it utkast"];

    [Theory]
    [MemberData(nameof(WaysToUnpublish))]
    public void Unpublishing_minutes_removes_the_page_feed_entries_and_sitemap_line_in_one_build(string how)
    {
        using var site = TempSite.CopyOf("valid");
        var minutes = DraftMinutes.Replace("utkast: true\n", "", StringComparison.Ordinal);
        site.Write("protokoll/ledningsgruppen/2030-05-20.md", minutes);
        Assert.True(site.Build().Succeeded);
        var url = $"https://example.test/protokoll/{DraftMeetingId}/";
        Assert.True(File.Exists(Path.Combine(site.Output, "protokoll", DraftMeetingId, "index.html")));
        foreach (var file in new[] { "sitemap.xml", "flode/alla.xml", "flode/ledningsgruppen.xml", "flode/beslut.xml" })
            Assert.Contains(url, site.ReadOutput(file));
        Assert.Contains(DraftDecisionText, site.ReadOutput("flode/beslut.xml"));

        if (how == "remove the file") File.Delete(Path.Combine(site.Input, "protokoll/ledningsgruppen/2030-05-20.md"));
        else site.Write("protokoll/ledningsgruppen/2030-05-20.md", DraftMinutes);
        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "protokoll", DraftMeetingId)));
        Assert.Empty(FilesContaining(site, DraftMeetingId, DraftDecisionText, "Ledningsgruppen 20 maj 2030"));
        // The organ's feed and the site feeds remain, with what is still published.
        Assert.Contains("https://example.test/protokoll/lg-2030-03-01/", site.ReadOutput("flode/ledningsgruppen.xml"));
    }

    /// <summary>Every file of output/ (any kind, any depth) that contains any of the texts, as UTF-8 or HTML-escaped.</summary>
    private static List<string> FilesContaining(TempSite site, params string[] texts)
    {
        var needles = texts.SelectMany(t => new[] { t, System.Net.WebUtility.HtmlEncode(t), System.Text.Json.JsonEncodedText.Encode(t).ToString() })
            .Distinct(StringComparer.Ordinal)
            .Select(Encoding.UTF8.GetBytes)
            .ToList();
        return Directory.GetFiles(site.Output, "*", SearchOption.AllDirectories)
            .Where(f => { var bytes = File.ReadAllBytes(f); return needles.Any(n => bytes.AsSpan().IndexOf(n) >= 0); })
            .Select(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
