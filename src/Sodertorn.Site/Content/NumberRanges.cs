namespace Sodertorn.Site.Content;

/// <summary>A whole number's range in the content, where the build reads it and where the CMS lets it be typed.</summary>
public sealed record NumberRange(long Min, long Max);

/// <summary>
/// The ranges of the content's numbers: far beyond any real value, and far below where a sum of amounts or a fee times a
/// population overflows (a sum of two amounts near long's limit once ended the build with an internal fault).
/// </summary>
public static class NumberRanges
{
    /// <summary>An amount in kronor: a thousand billion either way.</summary>
    public static NumberRange Amount { get; } = new(-1_000_000_000_000, 1_000_000_000_000);

    /// <summary>A municipality's or the collaboration's population.</summary>
    public static NumberRange Population { get; } = new(0, 100_000_000);

    /// <summary>The fee per inhabitant, in kronor.</summary>
    public static NumberRange FeePerInhabitant { get; } = new(0, 1_000_000);

    /// <summary>A number in a plan's list, or a place in an order.</summary>
    public static NumberRange Position { get; } = new(-1_000_000, 1_000_000);

    /// <summary>A year (<see cref="SiteYears"/>).</summary>
    public static NumberRange Year { get; } = new(SiteYears.First, SiteYears.Last);
}
