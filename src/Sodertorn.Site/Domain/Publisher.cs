namespace Sodertorn.Site.Domain;

/// <summary>Who publishes the site: the name every page, feed, calendar and data file is signed with.</summary>
public static class Publisher
{
    public const string Name = "Södertörnskommunerna";
}
