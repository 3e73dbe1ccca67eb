using Sodertorn.Site.Domain;
using Sodertorn.Site.Linking;
using Sodertorn.Site.Rendering;

namespace Sodertorn.Site.Tests.Rendering;

/// <summary>The sentence under a roll-up's bars, in Swedish: a status agrees in number with how many activities have it.</summary>
public sealed class StatusRollupViewTests
{
    [Fact]
    public void One_activity_takes_the_singular_and_several_the_plural()
    {
        var year = new YearRollup(2024, 16, [
            new StatusCount("ej påbörjad", 3), new StatusCount("pågår", 2), new StatusCount("genomförd", 1),
            new StatusCount("senarelagd", 0), new StatusCount("avbruten", 2), new StatusCount(Activity.NoStatus, 8),
        ]);

        Assert.Equal("16 aktiviteter: 3 ej påbörjade, 2 pågår, 1 genomförd, 2 avbrutna, 8 ej angivna", StatusRollupView.Of(year).Summary);
        Assert.Equal("1 aktivitet: 1 senarelagd", StatusRollupView.Of(new YearRollup(2024, 1, [new StatusCount("senarelagd", 1)])).Summary);
    }

    [Fact]
    public void Every_status_an_activity_can_have_has_its_plural()
    {
        foreach (var status in Activity.Statuses.Append(Activity.NoStatus))
        {
            var summary = StatusRollupView.Of(new YearRollup(2024, 2, [new StatusCount(status, 2)])).Summary;
            Assert.True(status == "pågår" ? summary.EndsWith("2 pågår", StringComparison.Ordinal) : !summary.EndsWith($"2 {status}", StringComparison.Ordinal), summary);
        }
    }
}
