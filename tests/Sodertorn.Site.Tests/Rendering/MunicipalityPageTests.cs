using AngleSharp.Html.Parser;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Rendering;

/// <summary>
/// A municipality's representatives are dated: each organ's list is as of its latest published minutes, and each person
/// shows the latest minutes where they were present; all derived from the minutes, none of it written by hand.
/// </summary>
public sealed class MunicipalityPageTests
{
    [Fact]
    public void Each_representative_shows_the_latest_minutes_where_they_were_present()
    {
        var site = SharedSites.RealLinked;
        var checkedPeople = 0;
        foreach (var municipality in site.Municipalities)
        {
            var page = new HtmlParser().ParseDocument(SharedSites.Real.Read($"kommuner/{municipality.Id}/index.html"));
            foreach (var organ in site.Organs)
            {
                var heading = page.QuerySelector($"#representanter-{organ.Id}");
                var attended = site.Meetings.Where(m => m.Organ == organ.Id)
                    .SelectMany(m => m.Participants.Where(p => p.Municipality == municipality.Id).Select(p => (p.Name, m.Date))).ToList();
                if (attended.Count == 0)
                {
                    Assert.Null(heading);
                    continue;
                }
                var asOf = heading!.NextElementSibling!;
                Assert.Equal(Site.Domain.StockholmTime.IsoDate(site.Meetings.Where(m => m.Organ == organ.Id).Max(m => m.Date)),
                    asOf.QuerySelector("time")!.GetAttribute("datetime"));
                foreach (var person in asOf.NextElementSibling!.Children)
                {
                    var name = person.QuerySelector("strong")!.TextContent;
                    var latest = attended.Where(a => a.Name == name).Max(a => a.Date);
                    Assert.Contains("senast närvarande", person.TextContent, StringComparison.Ordinal);
                    Assert.Equal(Site.Domain.StockholmTime.IsoDate(latest), person.QuerySelector(":scope > time")!.GetAttribute("datetime"));
                    checkedPeople++;
                }
            }
        }
        Assert.True(checkedPeople >= 8, $"{checkedPeople} people");
    }
}
