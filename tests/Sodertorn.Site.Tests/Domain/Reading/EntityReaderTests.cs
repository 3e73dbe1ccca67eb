using Sodertorn.Site.Content;
using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Domain;
using Sodertorn.Site.Domain.Reading;
using Sodertorn.Site.Markdown;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Domain.Reading;

public sealed class EntityReaderTests
{
    private static T ReadValid<T>(string path) where T : Entity
    {
        var (entity, diagnostics) = ContentFixture.Read(path, ContentFixture.ValidFile(path));
        Assert.Empty(diagnostics.Sorted());
        return Assert.IsType<T>(entity);
    }

    [Fact]
    public void Minutes_read_with_one_pool_share_their_recurring_names_and_ids_and_read_as_without_it()
    {
        var text = ContentFixture.ValidFile("protokoll/lg-2030-03-01.md");
        var pool = new TextPool();
        Meeting Read(string path, string content, TextPool? shared)
        {
            var diagnostics = new DiagnosticBag();
            var parsed = new DocumentParser(MarkdownPipelineFactory.ForParsing, diagnostics, shared).Parse(new SourceFile(path, content))!;
            var meeting = Assert.IsType<Meeting>(new EntityReader(diagnostics, shared).Read(parsed));
            Assert.Empty(diagnostics.Sorted());
            return meeting;
        }
        var first = Read("protokoll/lg-2030-03-01.md", text, pool);
        // The second meeting is the one the first names as next; its own next is later still.
        var second = Read("protokoll/lg-2030-04-12.md", text.Replace("  datum: 2030-04-12", "  datum: 2030-05-24").Replace("lg-2030-03-01", "lg-2030-04-12").Replace("2030-03-01", "2030-04-12"), pool);
        var alone = Read("protokoll/lg-2030-03-01.md", text, null);

        // The secretary in two meetings' front matter, and as a decision's owner in the body: one copy.
        Assert.Same(first.Secretary, second.Secretary);
        var owner = first.AgendaItems[0].Decisions[1].Owner;
        Assert.Same(first.Secretary, owner);
        Assert.Same(first.AgendaItems[0].Decisions[0].LocalId, second.AgendaItems[0].Decisions[0].LocalId);
        Assert.Same(first.Participants[0].Municipality, second.Absentees[0].Municipality);
        Assert.Same(first.References.First(r => r.Field == "länk").TargetId, second.References.First(r => r.Field == "länk").TargetId);

        Assert.Equal((alone.Secretary, alone.Place), (first.Secretary, first.Place));
        Assert.Equal(alone.Participants, first.Participants);
        Assert.Equal(alone.References.Select(r => (r.TargetId, r.Field)), first.References.Select(r => (r.TargetId, r.Field)));
        Assert.Equal(alone.AgendaItems.Select(i => (i.LocalId, i.Number, i.Title)), first.AgendaItems.Select(i => (i.LocalId, i.Number, i.Title)));
        Assert.Equal(alone.AgendaItems.SelectMany(i => i.Decisions).Select(d => (d.LocalId, d.Owner, string.Join(" ", d.ActsOn), d.Text)),
            first.AgendaItems.SelectMany(i => i.Decisions).Select(d => (d.LocalId, d.Owner, string.Join(" ", d.ActsOn), d.Text)));
    }

    [Fact]
    public void Plan_reads_calendar_budget_kansli_assignments_and_annex()
    {
        var plan = ReadValid<Plan>("planer/2030/verksamhetsplan.md");
        Assert.Equal((2030, "samarbetskommitten"), (plan.Year, plan.AdoptedBy));
        Assert.Equal(["ssk-2030-01-15/vp-2030-antas"], plan.AdoptingDecisions);
        var meeting = Assert.Single(plan.Calendar);
        Assert.Equal(("ledningsgruppen", new DateOnly(2030, 2, 15), new TimeOnly(9, 0), "Exempelby kommunhus"),
            (meeting.Organ, meeting.Date, meeting.Start!.Value, meeting.Place));
        Assert.Equal((4L, 12345L, 49380L, 49380L), (plan.Budget!.FeePerInhabitant!.Value, plan.Budget.Inhabitants!.Value, plan.Budget.IncomeTotal, plan.Budget.CostTotal));
        Assert.True(plan.Budget.Costs[0].Approximate);
        Assert.Equal("hemsidan", Assert.Single(plan.KansliAssignments).LocalId);
        var annex = Assert.Single(plan.CommunicationActivities);
        Assert.Equal((1, "konferens", "Våren 2030"), (annex.Number, annex.LocalId, annex.When));
        Assert.Equal(["vp-2030-laddplatser"], annex.Activities);
    }

    [Fact]
    public void Activity_names_plan_goal_network_and_status()
    {
        var activity = ReadValid<Activity>("planer/2030/aktiviteter/vp-2030-laddplatser.md");
        Assert.Equal(("vp-2030", "klimat", "klimatnatverket", "pågår"), (activity.Plan, activity.Goal, activity.Responsible, activity.Status));
    }

    [Fact]
    public void Goal_names_its_level_parent_and_network()
    {
        var goal = ReadValid<Goal>("mal/klimat.md");
        Assert.Equal(("långsiktigt mål", "vision", "klimatnatverket", "Klimat"), (goal.Level, goal.Parent, goal.Network, goal.ShortName));
    }

    [Fact]
    public void Network_organ_municipality_and_page()
    {
        Assert.Equal(["klimat"], ReadValid<Network>("natverk/klimatnatverket.md").Goals);
        Assert.Equal("LG", ReadValid<Organ>("organisation/ledningsgruppen.md").ShortName);
        var municipality = ReadValid<Municipality>("kommuner/exempelby.md");
        Assert.Equal(("Exempelby", 12345L), (municipality.Name, municipality.Inhabitants!.Value));
        Assert.Equal("Om samverkan", ReadValid<Page>("sidor/om.md").Title);
    }

    [Fact]
    public void An_inactive_network_says_so()
    {
        var (entity, _) = ContentFixture.Read("n.md", "---\ntyp: nätverk\nid: snug\ntitel: SNUG\naktivt: false\n---\n");
        Assert.False(Assert.IsType<Network>(entity).Active);
    }

    [Theory]
    [InlineData("status: klar", "status-unknown", "skriv en av")]
    [InlineData("status: pågåår", "status-unknown", "menade du 'pågår'")]
    [InlineData("status: planerad", "status-unknown", "skriv 'ej påbörjad'")]
    [InlineData("status: avslutad", "status-unknown", "'genomförd' om aktiviteten blev gjord, 'avbruten'")]
    public void Unknown_status_names_the_allowed_values(string line, string code, string hint)
    {
        var text = ContentFixture.ValidFile("planer/2030/aktiviteter/vp-2030-laddplatser.md").Replace("status: pågår", line);
        var (_, diagnostics) = ContentFixture.Read("a.md", text);
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(code, error.Code);
        Assert.Contains(hint, error.Suggestion);
    }

    [Fact]
    public void Every_problem_in_one_file_is_reported_not_only_the_first()
    {
        var (_, diagnostics) = ContentFixture.Read("a.md",
            "---\ntyp: aktivitet\nid: Fel Id\ntitel: T\nplan: vp-2030\nmål: klimat\nstatus:\n  - datum: 2030-01-01\n    status: klar\nfärg: röd\n---\n");
        Assert.Equal(["id-syntax", "status-unknown", "field-unknown"], diagnostics.Sorted().Select(d => d.Code));
    }
}
