using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Domain;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Linking;

public sealed class LinkerTests
{
    [Fact]
    public void Every_document_and_part_gets_its_permanent_address()
    {
        var (site, diagnostics) = ContentFixture.Link(ContentFixture.ValidInput);
        Assert.DoesNotContain(diagnostics.Sorted(), d => d.Severity == Severity.Error);
        Assert.Equal("/protokoll/lg-2030-03-01/", site.Index.Find("lg-2030-03-01")!.Url);
        Assert.Equal("/protokoll/lg-2030-03-01/#kartan-godkands", site.Index.Find("lg-2030-03-01/kartan-godkands")!.Url);
        Assert.Equal("/protokoll/lg-2030-03-01/#laddplatser", site.Index.Find("lg-2030-03-01/laddplatser")!.Url);
        Assert.Equal("/planer/vp-2030/#hemsidan", site.Index.Find("vp-2030/hemsidan")!.Url);
        Assert.Equal("/mal/klimat/", site.Index.Find("klimat")!.Url);
        Assert.Equal("/", site.Index.Find("start")!.Url);
        Assert.Equal("/om/", site.Index.Find("om")!.Url);
    }

    [Fact]
    public void Minutes_without_a_title_are_named_after_organ_and_date()
    {
        var (site, _) = ContentFixture.Link(ContentFixture.ValidInput);
        Assert.Equal("Ledningsgruppen 1 mars 2030", site.Meetings.Single().Title);
    }

    [Fact]
    public void The_graph_links_decisions_to_what_they_act_on_and_activities_to_goals()
    {
        var (site, _) = ContentFixture.Link(ContentFixture.ValidInput);
        var history = site.Graph.Get(site.Graph.DecisionsActingOn, "vp-2030-laddplatser");
        Assert.Equal("lg-2030-03-01/kartan-godkands", Assert.Single(history).Id);
        Assert.Equal("vp-2030-laddplatser", Assert.Single(site.Graph.Get(site.Graph.ActivitiesByGoal, "klimat")).Id);
        Assert.Equal("klimat", Assert.Single(site.Graph.Get(site.Graph.ChildGoals, "vision")).Id);
    }

    [Fact]
    public void A_reference_to_a_declared_unpublished_document_is_a_warning_naming_it()
    {
        var (_, diagnostics) = ContentFixture.Link(ContentFixture.ValidInput);
        var warning = Assert.Single(diagnostics.Sorted(), d => d.Severity == Severity.Warning);
        Assert.Equal("ref-unpublished", warning.Code);
        Assert.Contains("Beslut att anta verksamhetsplanen 2030", warning.Message);
        Assert.Equal(("planer/2030/verksamhetsplan.md", 8), (warning.Location.File, warning.Location.Line));
    }

    [Fact]
    public void A_draft_is_left_out_and_references_to_it_become_warnings()
    {
        var draft = ContentFixture.ValidFile("sidor/om.md").Replace("titel: Om samverkan", "titel: Om samverkan\nutkast: true");
        var linking = ("sidor/kontakt.md", "---\ntyp: sida\nid: kontakt\ntitel: Kontakt\n---\nLäs [om oss](xref:om).\n");
        var (site, diagnostics) = ContentFixture.Link(ContentFixture.ValidInput, ("sidor/om.md", draft), linking);

        Assert.DoesNotContain(site.Pages, p => p.Id == "om");
        Assert.Null(site.Index.Find("om")!.Url);
        var warning = Assert.Single(diagnostics.Sorted(), d => d.Code == "ref-draft");
        Assert.Equal("sidor/kontakt.md", warning.Location.File);
        // The draft's title is not public: not in the index, not in the finding.
        Assert.Equal("om", site.Index.Find("om")!.Title);
        Assert.DoesNotContain("Om samverkan", warning.Message + warning.Suggestion);
    }

    [Fact]
    public void Suggestions_come_only_from_identifiers_of_the_expected_kind()
    {
        // 'klimatnatverket' is closer in spelling to 'klimatnatverk' than any goal, but a goal is wanted.
        var activity = ContentFixture.ValidFile("planer/2030/aktiviteter/vp-2030-laddplatser.md").Replace("mål: klimat", "mål: klimatnatverk");
        var (_, diagnostics) = ContentFixture.Link(ContentFixture.ValidInput, ("planer/2030/aktiviteter/vp-2030-laddplatser.md", activity));
        var error = Assert.Single(diagnostics.Sorted(), d => d.Code == "ref-unknown");
        Assert.DoesNotContain("klimatnatverket", error.Suggestion ?? "");
    }

    [Fact]
    public void A_page_may_not_take_the_address_of_a_generated_list()
    {
        var (_, diagnostics) = ContentFixture.Link(ContentFixture.ValidInput, ("sidor/protokoll.md", "---\ntyp: sida\nid: protokoll\ntitel: P\n---\n"));
        Assert.Contains(diagnostics.Sorted(), d => d.Code == "id-reserved");
    }
}
