using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Sodertorn.Site.Linking;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Integration;

/// <summary>
/// The real site says no more than the four sources (../shared/source-documents/): no time, form or deciding body
/// they do not give, their footnote markers kept, and the site's own explanations marked as the site's.
/// </summary>
public sealed class RealSiteFaithfulnessTests
{
    private const string EditorialLabel = "Webbplatsens anmärkning (står inte i originaldokumentet)";

    private static readonly HtmlParser Parser = new();

    private static SharedSite Built => SharedSites.Real;

    private static LinkedSite Linked => SharedSites.RealLinked;

    private static IDocument Page(string url) =>
        Parser.ParseDocument(File.ReadAllText(Path.Combine(Built.Output, UrlScheme.FileFor(url))));

    private static IDocument PlanPage => Page(UrlScheme.For(Linked.Plans[0]));

    // VP 2024, "5. Kalendarium för möten": "16 januari, planeringskonferens, Körunda, Nynäshamn (Obs tisdag)" and
    // "29-30 augusti, planeringskonferens, plats ej bestämd" give no time; the headers' hours are for the Thursdays
    // and Fridays.
    [Theory]
    [InlineData("samarbetskommitten", "2024-01-16", "20240116")]
    [InlineData("ledningsgruppen", "2024-08-29", "20240829")]
    public void A_planned_meeting_the_plan_gives_no_time_has_none_on_the_page_or_in_the_calendar(string organ, string date, string ics)
    {
        var entry = Linked.Plans[0].Calendar.Single(e => e.Organ == organ && e.Date == DateOnly.Parse(date));
        Assert.Null(entry.Start);
        Assert.Null(entry.End);

        var row = PlanPage.QuerySelectorAll("table tr")
            .First(r => r.QuerySelector($"time[datetime='{date}']") is not null);
        Assert.Equal("", row.QuerySelectorAll("td")[1].TextContent.Trim());

        var calendar = Built.Read($"kalender/{organ}.ics");
        Assert.Contains($"DTSTART;VALUE=DATE:{ics}", calendar, StringComparison.Ordinal);
        Assert.DoesNotContain($"DTSTART;TZID=Europe/Stockholm:{ics}T", calendar, StringComparison.Ordinal);
    }

    // Minutes 2019-01-25: "Plats Norrskogen, StorSthlm", and no word on how the meeting was held.
    [Fact]
    public void The_2019_minutes_give_no_form_of_meeting_so_the_page_gives_none()
    {
        var meeting = Linked.Meetings.Single(m => m.Id == "lg-2019-01-25");
        Assert.Null(meeting.Form);
        var facts = Page(UrlScheme.For(meeting)).QuerySelector("dl.fakta")!.TextContent;
        Assert.DoesNotContain("Mötesform", facts, StringComparison.Ordinal);
        Assert.DoesNotContain("På plats", facts, StringComparison.Ordinal);
    }

    // VP 2024, "Lämna in ett Södertörns-gemensamt yttrande …": "ställningstaganden som beslutades i juni 2023", no body
    // named. The title of the unpublished document is what the link report shows, so every page and file is read.
    [Fact]
    public void No_page_or_file_names_a_body_for_the_stallningstaganden()
    {
        Assert.Equal("Södertörns ställningstaganden som beslutades i juni 2023",
            Linked.Unpublished.Single(u => u.Id == "ssk-2023-06-stallningstaganden").Title);
        var files = Directory.EnumerateFiles(Built.Output, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is ".html" or ".json" or ".xml" or ".ics").ToList();
        Assert.Contains(files, f => f.EndsWith("lankrapport.json", StringComparison.Ordinal));
        foreach (var file in files)
            Assert.DoesNotContain("beslutade av samarbetskommittén", File.ReadAllText(file), StringComparison.OrdinalIgnoreCase);
    }

    // VP 2024 says "Verksamhetsplanen beslutas årligen av … samarbetskommitté", not that or when it was decided.
    [Fact]
    public void The_plan_page_does_not_claim_the_adopting_decision_was_taken()
    {
        var facts = PlanPage.QuerySelector("dl.fakta")!.TextContent;
        Assert.Contains("planen anger inte om eller när det är fattat", facts, StringComparison.Ordinal);
        Assert.DoesNotContain("Samarbetskommitténs beslut om Verksamhetsplan och budget 2024", facts, StringComparison.Ordinal);
    }

    // Samarbetsavtalet § 8 is the fee of 2010 (860 000 kr, by population on 31 December 2009); the 4 kr per
    // inhabitant is SSK's decision of 2017-02-02 (VP 2024, "6. Budget"). The site's reading is marked as its own.
    [Fact]
    public void The_fee_per_municipality_text_is_the_sites_own_note_and_does_not_read_paragraph_8_as_the_rule()
    {
        var heading = PlanPage.GetElementById("avgift-per-kommun")!;
        var note = heading.NextElementSibling!;
        Assert.Equal("redaktionell", note.ClassName);
        Assert.Equal("note", note.GetAttribute("role"));
        Assert.StartsWith(EditorialLabel, note.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("beskriver avgiften för 2010", note.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("i förhållande till invånarantalet (samarbetsavtalet § 8)", PlanPage.Body!.TextContent, StringComparison.Ordinal);
    }

    // The site's words about pictures and signatures it does not reproduce are notes, never the source's text.
    [Theory]
    [InlineData("/planer/vp-2024/", "Bilden som texten hänvisar till återges inte här.", 2)]
    [InlineData("/sup-2040/", "Figur 4. Koppling mellan mål och organisation.", 4)]
    [InlineData("/samarbetsavtal/", "Underskrifterna återges inte här.", 1)]
    public void What_the_site_adds_about_the_original_is_marked_as_its_own(string url, string text, int notes)
    {
        var page = Page(url);
        var marked = page.QuerySelectorAll(".brodtext .redaktionell, .redaktionell").Distinct().ToList();
        Assert.Equal(notes, marked.Count);
        Assert.All(marked, n => Assert.Contains(EditorialLabel, n.TextContent, StringComparison.Ordinal));
        Assert.Contains(marked, n => n.TextContent.Contains(text, StringComparison.Ordinal));
        Assert.DoesNotContain("(underskrift)", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("(bilden återges inte här)", page.Body!.TextContent, StringComparison.Ordinal);
    }

    // VP 2024, chapter 2: "Lämna in ett Södertörns-gemensamt yttrande på samrådsförslag för ny RUFS. *" and below the
    // table "*Huvuduppdraget för RUFS nätverket är att …".
    [Fact]
    public void The_first_activity_keeps_its_asterisk_and_its_footnote()
    {
        var row = PlanPage.QuerySelectorAll("table.aktiviteter tr")
            .Single(r => r.QuerySelector("a")?.TextContent.StartsWith("Lämna in ett Södertörns-gemensamt yttrande", StringComparison.Ordinal) == true);
        Assert.EndsWith("ny RUFS. *", row.QuerySelector("a")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("*Huvuduppdraget för RUFS nätverket är att", row.TextContent, StringComparison.Ordinal);
    }

    // VP 2024, bilaga 1: the header "Nr Aktivitet När Kostnad 1)" and footnote "1) Kostnaden som redovisas är baserad …".
    [Fact]
    public void The_annex_cost_header_keeps_its_footnote_marker_and_the_footnote()
    {
        var headers = PlanPage.QuerySelectorAll("table").Single(t => t.QuerySelector("#ssk-moten-med-externa") is not null)
            .QuerySelectorAll("thead th").Select(h => h.TextContent.Trim());
        Assert.Equal(["Nr", "Aktivitet", "När", "Kostnad 1)"], headers);
        var footnote = PlanPage.QuerySelectorAll("ol.fotnoter li").Single(li => li.GetAttribute("value") == "1");
        Assert.StartsWith("Kostnaden som redovisas är baserad på tidigare kostnader", footnote.TextContent.Trim(), StringComparison.Ordinal);
    }
}
