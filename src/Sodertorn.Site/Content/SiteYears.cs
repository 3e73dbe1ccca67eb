namespace Sodertorn.Site.Content;

/// <summary>
/// The years a date or year in the content may have. DateOnly reads any year from 1 to 9999, but a meeting in year 9999
/// ended the build with an internal fault (its calendar's time zone is built through the year after, past NodaTime's
/// last year), and a year outside these is a typo, not an archive: the collaboration's minutes start in the 1990s, and the
/// synthetic benchmark corpus runs to 2250.
/// </summary>
public static class SiteYears
{
    public const int First = 1900;
    public const int Last = 2999;

    public static bool Contains(long year) => year is >= First and <= Last;

    public static string Problem(long year) => $"året {year} ligger utanför de år webbplatsen kan visa ({First}–{Last})";
}
