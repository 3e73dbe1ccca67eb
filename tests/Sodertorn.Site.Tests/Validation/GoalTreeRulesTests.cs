using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Tests.Support;
using Sodertorn.Site.Validation;

namespace Sodertorn.Site.Tests.Validation;

public sealed class GoalTreeRulesTests
{
    [Fact]
    public void Goals_that_are_each_others_parents_are_a_cycle_named_goal_by_goal()
    {
        static string Goal(string id, string parent) => $"---\ntyp: mål\nid: {id}\ntitel: Mål {id}\nnivå: delmål\nförälder: {parent}\n---\n";
        var (site, diagnostics) = ContentFixture.Link(ContentFixture.ValidInput, ("mal/cykel-a.md", Goal("cykel-a", "cykel-b")), ("mal/cykel-b.md", Goal("cykel-b", "cykel-a")));
        new GoalTreeRules().Check(new ValidationContext(site, new DateOnly(2030, 1, 1), diagnostics));

        var cycles = diagnostics.Sorted().Where(d => d.Code == "goal-cycle").ToList();
        Assert.Equal(["mal/cykel-a.md", "mal/cykel-b.md"], cycles.Select(d => d.Location.File));
        Assert.All(cycles, d => Assert.Equal(Severity.Error, d.Severity));
        Assert.Equal("målträdet går i cirkel: cykel-a → cykel-b → cykel-a", cycles[0].Message);
        Assert.Contains("förälder", cycles[0].Suggestion, StringComparison.Ordinal);
    }
}
