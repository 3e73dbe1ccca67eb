using NodaTime;
using Sodertorn.Site.Pipeline;

namespace Sodertorn.Site.Tests.Pipeline;

/// <summary>The build's today, which decides upcoming meetings and overdue assignments, is Stockholm's, not the machine's.</summary>
public sealed class BuildOptionsTests
{
    [Theory]
    // Half past midnight in Stockholm is still the day before in UTC, where Netlify's machines run: summer and winter.
    [InlineData("2030-03-31T22:30:00Z", "2030-04-01")]
    [InlineData("2030-01-14T23:30:00Z", "2030-01-15")]
    [InlineData("2030-01-15T12:00:00Z", "2030-01-15")]
    public void Today_is_the_day_in_Stockholm(string utc, string stockholm)
    {
        var now = Instant.FromDateTimeOffset(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(DateOnly.Parse(stockholm, System.Globalization.CultureInfo.InvariantCulture), BuildOptions.TodayInStockholm(now));
    }
}
