using AngleSharp.Html.Parser;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Feeds;

/// <summary>The feed of each goal and municipality: what concerns it, linked from its page, changing when a status changes.</summary>
public sealed class FollowUpFeedTests
{
    private const string Base = "https://example.test";
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void A_goal_feed_carries_decisions_follow_ups_and_status_changes_of_its_and_its_sub_goals_activities()
    {
        var build = FollowUpSite.Built;
        var feed = AtomDocument.Parse(build.Read("flode/mal/klimat.xml"));
        Assert.Equal(Base + "/mal/klimat/", feed.AlternateLink);
        Assert.Equal(
            [
                (Base + "/aktiviteter/vp-2030-laddkarta/#status-2030-05-20", "Status genomförd: Publicera kartan över laddplatser"),
                (Base + "/protokoll/lg-2030-04-12/#laddning-lagesrapport", "Återrapporterat: uppdrag till Bo Kansli från Ledningsgruppen 20 januari 2030, punkt 1"),
                (Base + "/aktiviteter/vp-2030-laddkarta/#status-2030-03-15", "Status pågår: Publicera kartan över laddplatser"),
                (Base + "/aktiviteter/vp-2030-laddplatser/#status-2030-03-01", "Status pågår: Kartlägg laddplatser i exempelregionen"),
                (Base + "/protokoll/lg-2030-03-01/#kartan-godkands", "Beslut: Ledningsgruppen 1 mars 2030, punkt 1"),
                (Base + "/aktiviteter/vp-2030-laddplatser/#status-2030-02-01", "Status ej påbörjad: Kartlägg laddplatser i exempelregionen"),
                (Base + "/protokoll/lg-2030-01-20/#utred-laddning", "Beslut: Ledningsgruppen 20 januari 2030, punkt 1"),
            ],
            feed.Entries.Select(e => (e.Id, e.Title)));
        Assert.Equal("Kartan finns på kommunens webbplats.", feed.Entries[0].Summary);
    }

    [Fact]
    public void A_municipality_feed_carries_the_assignments_of_its_people_and_what_became_of_them()
    {
        var build = FollowUpSite.Built;
        var feed = AtomDocument.Parse(build.Read("flode/kommuner/exempelby.xml"));
        var entries = feed.Entries.Select(e => (e.Id, e.Title)).ToList();
        Assert.Contains((Base + "/protokoll/lg-2030-04-12/#aterkoppling-behovs-inte", "Återkallat: uppdrag till Anna Exempel från Ledningsgruppen 1 mars 2030, punkt 2"), entries);
        Assert.Contains((Base + "/protokoll/lg-2030-01-20/#fraga-kommunen", "Uppdrag till Anna Exempel: Ledningsgruppen 20 januari 2030, punkt 1"), entries);
        Assert.Contains((Base + "/protokoll/lg-2030-01-20/#cykelstallen", "Uppdrag till Anna: Ledningsgruppen 20 januari 2030, punkt 2"), entries);
        Assert.Contains((Base + "/aktiviteter/vp-2030-laddkarta/#status-2030-05-20", "Status genomförd: Publicera kartan över laddplatser"), entries);
        // Bo Kansli is of the kansli, not of the municipality.
        Assert.DoesNotContain(entries, e => e.Title.Contains("Bo Kansli", StringComparison.Ordinal));
        Assert.Contains(feed.Entries, e => e.Summary == "Anna Exempel frågar kommunen om markytor. Senast 30 april 2030.");
    }

    [Fact]
    public void Goal_and_municipality_pages_link_to_their_feeds_which_exist_for_every_one()
    {
        var build = FollowUpSite.Built;
        foreach (var (page, feed) in new[] { ("mal/klimat/index.html", "/flode/mal/klimat.xml"), ("mal/vision/index.html", "/flode/mal/vision.xml"), ("kommuner/exempelby/index.html", "/flode/kommuner/exempelby.xml") })
        {
            var document = Parser.ParseDocument(build.Read(page));
            Assert.NotNull(document.QuerySelector($"head link[rel='alternate'][type='application/atom+xml'][href='{feed}']"));
            Assert.NotNull(document.QuerySelector($"main a[href='{feed}']"));
            AtomDocument.Parse(build.Read(feed.TrimStart('/')));
        }
    }

    [Fact]
    public void A_new_status_report_is_the_newest_entry_of_the_goal_and_municipality_feeds()
    {
        using var site = FollowUpSite.Create();
        var file = Path.Combine(site.Input, "planer", "2030", "aktiviteter", "vp-2030-laddkarta.md");
        File.WriteAllText(file, File.ReadAllText(file).Replace("---\nExempelby", "  - datum: 2030-05-28\n    status: avbruten\n    kommentar: Kartan tas bort.\n---\nExempelby", StringComparison.Ordinal));
        Assert.True(FollowUpSite.Build(site, FollowUpSite.Today).Succeeded);
        foreach (var feed in new[] { "flode/mal/laddning.xml", "flode/mal/klimat.xml", "flode/kommuner/exempelby.xml" })
        {
            var newest = AtomDocument.Parse(site.ReadOutput(feed)).Entries[0];
            Assert.Equal((Base + "/aktiviteter/vp-2030-laddkarta/#status-2030-05-28", "Status avbruten: Publicera kartan över laddplatser", "Kartan tas bort."),
                (newest.Id, newest.Title, newest.Summary));
        }
    }
}
