using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Reporting;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Reporting;

/// <summary>The report page as comms reads it: where each finding shows, who acts, what needs nothing, what was read.</summary>
public sealed class ReportForCommsTests
{
    private const string Minutes = "protokoll/lg-2030-03-01.md";

    /// <summary>The valid fixture with two references to a declared unpublished meeting: one in a decision, one after a ::: block.</summary>
    private static TempSite WithDeclaredReferences()
    {
        var site = TempSite.CopyOf("valid");
        var text = File.ReadAllText(Path.Combine(site.Input, Minutes))
            .Replace("Bo Kansli får i uppdrag att komplettera kartan.", "Bo Kansli får i uppdrag att komplettera kartan inför [samarbetskommittén](xref:ssk-2030-01-15).")
            .Replace("Beslutet om kartan finns [här](xref:lg-2030-03-01/kartan-godkands).",
                "Beslutet om kartan finns [här](xref:lg-2030-03-01/kartan-godkands).\n\nSe även [samarbetskommitténs möte](xref:ssk-2030-01-15).");
        return site.Write(Minutes, text);
    }

    [Fact]
    public void A_finding_links_to_the_decision_or_agenda_item_where_it_stands()
    {
        using var site = WithDeclaredReferences();
        using var report = ReportBuild.Of(site);

        var references = report.Findings.Where(f => f.GetProperty("file").GetString() == "input/" + Minutes).ToList();
        Assert.Equal(["https://example.test/protokoll/lg-2030-03-01/#komplettera", "https://example.test/protokoll/lg-2030-03-01/#ovriga-fragor"],
            references.Select(f => f.GetProperty("pageUrl").GetString()));
        Assert.Equal(["Beslut punkt 1", "2. Övriga frågor"], references.Select(f => f.GetProperty("section").GetString()));
        // The anchors are ids the written page really has, and the report's links go there.
        var page = site.ReadOutput("protokoll/lg-2030-03-01/index.html");
        Assert.Contains("id=\"komplettera\"", page);
        Assert.Contains("id=\"ovriga-fragor\"", page);
        var item = report.Item(references[0].GetProperty("id").GetString()!);
        Assert.Equal("/protokoll/lg-2030-03-01/#komplettera", item.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("Ledningsgruppen 1 mars 2030", item.QuerySelector("a")!.TextContent);
    }

    /// <summary>
    /// Most headings of pages, plans and goals have no {#id}: the finding under one links to the id the page gave it,
    /// which keeps å, ä and ö, and a repeated heading's number.
    /// </summary>
    [Fact]
    public void A_finding_under_a_heading_without_id_links_to_the_id_the_page_gave_it()
    {
        using var site = TempSite.CopyOf("valid");
        site.Write("sidor/om.md", "---\ntyp: sida\nid: om\ntitel: Om samverkan\n---\n## Nätverken\n\nText.\n\n## Övrigt\n\nText.\n\n## Övrigt\n\n"
            + "Se [samarbetskommitténs möte](xref:ssk-2030-01-15).\n\n## Nätverken\n\nSe [samarbetskommittén](xref:ssk-2030-01-15).\n");
        using var report = ReportBuild.Of(site);

        var references = report.Findings.Where(f => f.GetProperty("file").GetString() == "input/sidor/om.md").ToList();
        Assert.Equal(["https://example.test/om/#övrigt-1", "https://example.test/om/#nätverken-1"], references.Select(f => f.GetProperty("pageUrl").GetString()));
        var page = site.ReadOutput("om/index.html");
        Assert.Contains("id=\"övrigt-1\"", page);
        Assert.Contains("id=\"nätverken-1\"", page);
    }

    [Fact]
    public void A_note_in_a_plans_calendar_links_to_the_calendar_section()
    {
        using var site = TempSite.CopyOf("valid");
        using var report = ReportBuild.Of(site);

        var note = report.Finding("minutes-missing");
        Assert.Equal("https://example.test/planer/vp-2030/#kalendarium", note.GetProperty("pageUrl").GetString());
        Assert.Contains("id=\"kalendarium\"", site.ReadOutput("planer/vp-2030/index.html"));
    }

    [Fact]
    public void Ids_stay_the_same_when_lines_move()
    {
        using var site = WithDeclaredReferences();
        List<(string Id, int Line)> Read()
        {
            using var report = ReportBuild.Of(site);
            return report.Findings.Select(f => (f.GetProperty("id").GetString()!, f.GetProperty("line").GetInt32())).ToList();
        }
        var before = Read();
        var text = File.ReadAllText(Path.Combine(site.Input, Minutes));
        site.Write(Minutes, text.Replace("Anna Exempel hälsar välkommen.\n", "Anna Exempel hälsar välkommen.\n\nMötet öppnas.\n\nDagordningen godkänns.\n"));
        var after = Read();

        Assert.Equal(before.Select(f => f.Id), after.Select(f => f.Id));
        Assert.Equal(before.Count, before.Select(f => f.Id).Distinct().Count());
        var moved = after.Zip(before).Where(p => p.First.Line != p.Second.Line).ToList();
        Assert.Equal(2, moved.Count);
        Assert.All(moved, p => Assert.Equal(p.Second.Line + 4, p.First.Line));
    }

    [Fact]
    public void Plain_words_come_first_and_the_file_and_code_in_the_small_print()
    {
        using var site = TempSite.CopyOf("valid");
        site.Write("sidor/kontakt.md", "---\ntyp: sida\nid: kontakt\ntitel: Kontakt\n---\nSe [planen](xref:vp-2003).\n");
        using var report = ReportBuild.Of(site);

        var finding = report.Finding("ref-unknown");
        Assert.Equal(("error", "action", "kansli"), (finding.GetProperty("severity").GetString(), finding.GetProperty("category").GetString(), finding.GetProperty("who").GetString()));
        var item = report.Item(finding.GetProperty("id").GetString()!);
        Assert.Equal(report.Page!.GetElementById("att-atgarda")!.ParentElement, item.Closest("section"));
        var paragraphs = item.QuerySelectorAll("p").Select(p => p.TextContent).ToList();
        Assert.Equal("Hänvisning till något som inte finns", paragraphs[0]);
        Assert.Contains("Kontakt", paragraphs[1]);
        Assert.DoesNotContain("ref-unknown", string.Concat(paragraphs.Take(3)));
        Assert.DoesNotContain("input/", string.Concat(paragraphs.Take(2)));
        Assert.Contains("Vem: kansliet.", paragraphs);
        var small = item.QuerySelector(".fynd-kalla")!.TextContent;
        Assert.Contains("input/sidor/kontakt.md", small);
        Assert.Contains("ref-unknown", small);
        // The build failed, so the page is named but not linked: it was not published.
        Assert.Empty(item.QuerySelectorAll("a[href^='/kontakt']"));
        Assert.Contains("/kontakt/", paragraphs[1]);
    }

    [Fact]
    public void A_theme_problem_is_for_a_developer()
    {
        using var site = TempSite.CopyOf("valid");
        var theme = Path.Combine(site.Root, "theme");
        TempSite.CopyDirectory(Repository.Theme, theme);
        File.AppendAllText(Path.Combine(theme, "layouts", "notfound.sbn"), "\n{{ if }}\n");
        var options = new Site.Pipeline.BuildOptions(site.Input, theme, site.Output, "https://example.test", false, new DateOnly(2030, 6, 1)) { BuildSearchIndex = false };
        var result = new Site.Pipeline.BuildPipeline(options).Run();

        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(result.ReportFolder!, "lankrapport.json")));
        var finding = json.RootElement.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("file").GetString()!.StartsWith("theme/", StringComparison.Ordinal));
        Assert.Equal("developer", finding.GetProperty("who").GetString());
        Assert.Contains("en utvecklare", File.ReadAllText(Path.Combine(result.ReportFolder!, "index.html")));
    }

    /// <summary>An editor or search tool that could not be installed is a developer's to fix, not the kansli's.</summary>
    [Theory]
    [InlineData("cms-install-failed", "src/Sodertorn.Site/Cms/package.json")]
    [InlineData("cms-npm-missing", "src/Sodertorn.Site/Cms/package.json")]
    [InlineData("search-install-failed", "src/Sodertorn.Site/Search/package.json")]
    public void A_tool_that_could_not_be_installed_is_for_a_developer(string code, string file)
    {
        var finding = new Diagnostic(Severity.Error, code, new SourceLocation(file), "npm error", "kör npm ci");
        Assert.True(Site.Reporting.FindingTexts.ForDeveloper(finding, file));
        Assert.False(Site.Reporting.FindingTexts.ForDeveloper(finding with { Code = "yaml-syntax" }, "protokoll/lg.md"));
    }

    [Fact]
    public void Declared_references_need_nothing_and_are_folded_away_with_the_file_named()
    {
        using var site = TempSite.CopyOf("valid");
        using var report = ReportBuild.Of(site);

        var declared = report.Finding("ref-unpublished");
        Assert.Equal("declared", declared.GetProperty("category").GetString());
        var item = report.Item(declared.GetProperty("id").GetString()!);
        Assert.NotNull(item.Closest("details"));
        var section = report.Page!.GetElementById("inget-att-gora")!.ParentElement!;
        Assert.Contains("input/data/opublicerade.yml", section.TextContent);
        Assert.Equal("Inget att åtgärda.", report.Page.GetElementById("att-atgarda")!.ParentElement!.QuerySelector("p")!.TextContent);
    }

    [Fact]
    public void An_acknowledged_note_moves_to_nothing_to_do_and_a_stale_or_wrong_acknowledgement_is_a_note()
    {
        using var site = TempSite.CopyOf("valid");
        string note, warning;
        using (var first = ReportBuild.Of(site))
        {
            note = first.Finding("minutes-missing").GetProperty("id").GetString()!;
            warning = first.Finding("ref-unpublished").GetProperty("id").GetString()!;
            Assert.Equal("note", first.Finding("minutes-missing").GetProperty("category").GetString());
            Assert.Null(first.Item(note).Closest("details"));
            Assert.Contains($"- id: {note}", first.Item(note).TextContent);
        }
        site.Write("data/kvitterade.yml", $"# Lästa noteringar\n- id: {note}\n  kommentar: mötet ställdes in\n- id: minutes-missing-00000000\n- id: {warning}\n");
        using var report = ReportBuild.Of(site);

        Assert.True(report.Result.Succeeded);
        Assert.Equal("acknowledged", report.Finding("minutes-missing").GetProperty("category").GetString());
        Assert.NotNull(report.Item(note).Closest("details"));
        Assert.Contains("input/data/kvitterade.yml", report.Page!.GetElementById("kvitterade")!.NextElementSibling!.TextContent);
        var stale = report.Finding(Acknowledgements.StaleCode);
        Assert.Equal(("input/data/kvitterade.yml", 4, "note"), (stale.GetProperty("file").GetString(), stale.GetProperty("line").GetInt32(), stale.GetProperty("category").GetString()));
        Assert.Equal(5, report.Finding(Acknowledgements.NotANoteCode).GetProperty("line").GetInt32());
        Assert.Equal("declared", report.Finding("ref-unpublished").GetProperty("category").GetString());
    }

    /// <summary>
    /// One mistake in a plan's front matter loses its calendar, and with it the notes about its meetings: a build that
    /// failed does not tell comms to remove acknowledgements whose notes it could not make.
    /// </summary>
    [Fact]
    public void A_failed_build_does_not_call_acknowledgements_stale()
    {
        using var site = TempSite.CopyOf("valid");
        string note;
        using (var first = ReportBuild.Of(site))
            note = first.Finding("minutes-missing").GetProperty("id").GetString()!;
        site.Write("data/kvitterade.yml", $"- id: {note}\n");
        var plan = File.ReadAllText(Path.Combine(site.Input, "planer", "2030", "verksamhetsplan.md"));
        site.Write("planer/2030/verksamhetsplan.md", plan.Replace("titel: Verksamhetsplan och budget 2030", "titel: Verksamhetsplan: budget 2030", StringComparison.Ordinal));
        using var report = ReportBuild.Of(site);

        Assert.False(report.Result.Succeeded);
        Assert.Contains(report.Result.Diagnostics, d => d.Code == "yaml-syntax");
        Assert.DoesNotContain(report.Result.Diagnostics, d => d.Code == Acknowledgements.StaleCode);
    }

    [Theory]
    [InlineData("- id: minutes-missing-1a2b3c4d\n  kvitterad: ja\n", "field-unknown", 2)]
    [InlineData("id: minutes-missing-1a2b3c4d\n", "yaml-shape", 1)]
    public void A_malformed_acknowledgement_file_is_an_error_at_its_line(string text, string code, int line)
    {
        using var site = TempSite.CopyOf("valid");
        site.Write("data/kvitterade.yml", text);
        using var report = ReportBuild.Of(site);

        Assert.False(report.Result.Succeeded);
        var finding = report.Finding(code);
        Assert.Equal(("input/data/kvitterade.yml", line), (finding.GetProperty("file").GetString(), finding.GetProperty("line").GetInt32()));
        Assert.DoesNotContain(report.Findings, f => f.GetProperty("code").GetString() == "data-unknown");
    }

    [Fact]
    public void Edit_links_open_the_file_where_it_is_fixed_and_the_page_links_its_json()
    {
        using var site = TempSite.CopyOf("valid");
        using var report = ReportBuild.Of(site, new ReportSettings { EditUrl = "https://git.example/sodertorn/edit/main/{path}" });

        var finding = report.Finding("minutes-missing");
        const string expected = "https://git.example/sodertorn/edit/main/input/planer/2030/verksamhetsplan.md";
        Assert.Equal(expected, finding.GetProperty("editUrl").GetString());
        var edit = report.Item(finding.GetProperty("id").GetString()!).QuerySelectorAll("a").Single(a => a.GetAttribute("href") == expected);
        Assert.StartsWith("Ändra input/", edit.TextContent);
        var json = report.Page!.QuerySelectorAll("a").Single(a => a.GetAttribute("href") == "lankrapport.json");
        Assert.True(File.Exists(Path.Combine(report.Result.ReportFolder!, json.GetAttribute("href")!)));

        using var without = ReportBuild.Of(site);
        Assert.DoesNotContain(without.Page!.QuerySelectorAll("a"), a => a.TextContent.StartsWith("Ändra", StringComparison.Ordinal));
    }
}
