using Sodertorn.Site.Pipeline;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Feeds;

/// <summary>
/// Feeds across builds: new content adds entries without changing old ones. (Same input, same bytes: the whole output
/// is compared in FixtureSiteTests.Two_builds_of_the_same_input_are_byte_identical.)
/// </summary>
public sealed class FeedStabilityTests
{
    private const string NewMeeting = """
        ---
        typ: protokoll
        id: lg-2030-04-12
        organ: ledningsgruppen
        datum: 2030-04-12
        plats: Exempelby kommunhus
        mötesform: digitalt
        deltagare:
          - namn: Anna Exempel
            kommun: exempelby
        sekreterare: Bo Kansli
        justerare: [Anna Exempel]
        ---
        ## 1. Kartan {#kartan}

        ::: beslut {#kartan-publiceras}
        Kartan publiceras **före sommaren** enligt [](xref:vp-2030).
        :::
        """;

    [Fact]
    public void Adding_minutes_adds_entries_on_top_and_keeps_every_earlier_id()
    {
        using var site = TempSite.CopyOf("valid");
        Assert.True(site.Build().Succeeded);
        var before = Entries(site);

        site.Write("protokoll/lg-2030-04-12.md", NewMeeting);
        Assert.True(site.Build().Succeeded);
        var after = Entries(site);

        foreach (var (file, entries) in before)
            Assert.Equal(entries, after[file].Where(e => !e.Id.Contains("lg-2030-04-12", StringComparison.Ordinal)));
        Assert.Equal("https://example.test/protokoll/lg-2030-04-12/", after["alla.xml"][0].Id);
        Assert.Equal("https://example.test/protokoll/lg-2030-04-12/", after["ledningsgruppen.xml"][0].Id);
        Assert.Equal("https://example.test/protokoll/lg-2030-04-12/#kartan-publiceras", after["beslut.xml"][0].Id);
    }

    [Fact]
    public void A_decision_summary_is_the_text_readers_see_without_markup()
    {
        using var site = TempSite.CopyOf("valid");
        site.Write("protokoll/lg-2030-04-12.md", NewMeeting);
        Assert.True(site.Build().Succeeded);

        var entry = AtomDocument.Parse(site.ReadOutput("flode/beslut.xml")).Entries[0];
        Assert.Equal("Beslut: Ledningsgruppen 12 april 2030, punkt 1", entry.Title);
        Assert.Equal("Kartan publiceras före sommaren enligt Verksamhetsplan och budget 2030.", entry.Summary);
    }

    [Fact]
    public void A_plan_without_a_date_counts_from_the_first_of_January_of_its_year()
    {
        using var site = TempSite.CopyOf("valid");
        var plan = File.ReadAllText(Path.Combine(site.Input, "planer/2030/verksamhetsplan.md")).Replace("datum: 2030-01-15\n", "", StringComparison.Ordinal);
        site.Write("planer/2030/verksamhetsplan.md", plan);
        Assert.True(site.Build().Succeeded);

        var entry = AtomDocument.Parse(site.ReadOutput("flode/alla.xml")).Entries.Single(e => e.Id.EndsWith("/planer/vp-2030/", StringComparison.Ordinal));
        Assert.Equal(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.FromHours(1)), entry.Updated);
    }

    [Fact]
    public void Links_are_absolute_under_the_base_url_even_with_a_path_and_a_trailing_slash()
    {
        using var site = TempSite.CopyOf("valid");
        var options = site.Options() with { BaseUrl = "https://example.test/sajt/" };
        Assert.True(new BuildPipeline(options).Run().Succeeded);

        var feed = AtomDocument.Parse(site.ReadOutput("flode/alla.xml"));
        Assert.Equal("https://example.test/sajt/flode/alla.xml", feed.Id);
        Assert.All(feed.Entries, e => Assert.StartsWith("https://example.test/sajt/", e.Link, StringComparison.Ordinal));
        Assert.DoesNotContain("//", feed.Entries[0].Link["https://".Length..], StringComparison.Ordinal);
    }

    private static Dictionary<string, IReadOnlyList<AtomEntry>> Entries(TempSite site) =>
        Directory.GetFiles(Path.Combine(site.Output, "flode"))
            .ToDictionary(f => Path.GetFileName(f), f => AtomDocument.Parse(File.ReadAllText(f)).Entries, StringComparer.Ordinal);
}
