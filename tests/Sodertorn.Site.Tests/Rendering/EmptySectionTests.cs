using AngleSharp.Html.Parser;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Rendering;

/// <summary>
/// What a page shows where the document gives nothing: it says so in words, or leaves the part out. Never an empty heading,
/// nor sums of nothing presented as a budget.
/// </summary>
public sealed class EmptySectionTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void Minutes_without_participants_say_so_under_their_heading()
    {
        using var site = TempSite.CopyOf("valid");
        var minutes = File.ReadAllText(Path.Combine(site.Input, "protokoll", "lg-2030-03-01.md"));
        var participants = minutes[minutes.IndexOf("deltagare:\n", StringComparison.Ordinal)..minutes.IndexOf("sekreterare:", StringComparison.Ordinal)];
        site.Write("protokoll/lg-2030-03-01.md", minutes.Replace(participants, "deltagare: []\n", StringComparison.Ordinal));
        Assert.True(site.Build().Succeeded);

        var page = Parser.ParseDocument(site.ReadOutput("protokoll/lg-2030-03-01/index.html"));
        var section = page.QuerySelector("section[aria-labelledby='motets-deltagare']")!;
        Assert.Equal("Minnesanteckningarna anger inte vilka som deltog.", section.QuerySelector("p")!.TextContent);
        Assert.Null(section.QuerySelector("ul"));
    }

    /// <summary>An editor may save a budget group left empty as <c>budget: {}</c>: the page showed "Summa intäkter 0 kr".</summary>
    [Fact]
    public void A_plan_whose_budget_gives_nothing_has_no_budget_part()
    {
        using var site = TempSite.CopyOf("valid");
        var plan = File.ReadAllText(Path.Combine(site.Input, "planer", "2030", "verksamhetsplan.md"));
        var budget = plan[plan.IndexOf("budget:\n", StringComparison.Ordinal)..plan.IndexOf("kansliets_uppdrag:", StringComparison.Ordinal)];
        Assert.True(site.Build().Succeeded);
        Assert.NotNull(Parser.ParseDocument(site.ReadOutput("planer/vp-2030/index.html")).QuerySelector("#budget"));

        site.Write("planer/2030/verksamhetsplan.md", plan.Replace(budget, "budget: {}\n", StringComparison.Ordinal));
        Assert.True(site.Build().Succeeded);

        var page = Parser.ParseDocument(site.ReadOutput("planer/vp-2030/index.html"));
        Assert.Null(page.QuerySelector("#budget"));
        Assert.DoesNotContain("Summa intäkter", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(page.QuerySelectorAll("nav a"), a => a.GetAttribute("href") == "#budget");
    }

    /// <summary>A plan just begun (title and year): its page had the heading "Innehåll" over an empty list.</summary>
    [Fact]
    public void A_plan_with_nothing_in_it_yet_lists_no_contents()
    {
        using var site = TempSite.CopyOf("valid");
        site.Write("planer/2031/verksamhetsplan.md", "---\ntyp: verksamhetsplan\nid: vp-2031\ntitel: Verksamhetsplan och budget 2031\når: 2031\n---\n");
        Assert.True(site.Build().Succeeded);

        Assert.Null(Parser.ParseDocument(site.ReadOutput("planer/vp-2031/index.html")).QuerySelector("#innehall-plan"));
        Assert.NotEmpty(Parser.ParseDocument(site.ReadOutput("planer/vp-2030/index.html")).QuerySelectorAll("nav.innehall li"));
    }

    /// <summary>
    /// The secretariat never meets: its page offered a subscription to an empty calendar. The committee meets, but its
    /// minutes are not published here: its page said nothing of them.
    /// </summary>
    [Fact]
    public void An_organ_page_offers_its_calendar_only_when_it_meets_and_says_when_no_minutes_are_published()
    {
        var secretariat = Parser.ParseDocument(SharedSites.Real.Read("organisation/kansliet/index.html"));
        var committee = Parser.ParseDocument(SharedSites.Real.Read("organisation/samarbetskommitten/index.html"));
        var group = Parser.ParseDocument(SharedSites.Real.Read("organisation/ledningsgruppen/index.html"));

        Assert.DoesNotContain(secretariat.QuerySelectorAll("a"), a => a.GetAttribute("href")?.Contains("/kalender/kansliet.ics", StringComparison.Ordinal) == true);
        Assert.DoesNotContain("minnesanteckningar", secretariat.QuerySelector("main")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(committee.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/kalender/samarbetskommitten.ics");
        Assert.Contains(committee.QuerySelectorAll("p"), p => p.TextContent == "Inga minnesanteckningar från Samarbetskommittén är publicerade här.");
        Assert.NotNull(group.QuerySelector("#protokoll"));
        Assert.DoesNotContain(group.QuerySelectorAll("p"), p => p.TextContent.StartsWith("Inga minnesanteckningar", StringComparison.Ordinal));
    }

    /// <summary>A site before its first minutes: the archive said only what it would list.</summary>
    [Fact]
    public void The_minutes_archive_of_a_site_without_minutes_says_none_are_published_yet()
    {
        using var site = TempSite.CopyOf("valid");
        File.Delete(Path.Combine(site.Input, "protokoll", "lg-2030-03-01.md"));
        Assert.True(site.Build().Succeeded);

        var archive = Parser.ParseDocument(site.ReadOutput("protokoll/index.html"));
        Assert.Contains(archive.QuerySelectorAll("main p"), p => p.TextContent == "Inga minnesanteckningar är publicerade ännu.");
        Assert.DoesNotContain(Parser.ParseDocument(SharedSites.Real.Read("protokoll/index.html")).QuerySelectorAll("main p"),
            p => p.TextContent.StartsWith("Inga minnesanteckningar", StringComparison.Ordinal));
    }
}
