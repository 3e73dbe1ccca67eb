using System.Text.RegularExpressions;
using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Linking;

/// <summary>
/// ref-unknown for ids shaped like plans and minutes: the entry to add to opublicerade.yml, written out; no "menade du"
/// towards another year's or day's document; and the column of the attribute or link that holds the id.
/// </summary>
public sealed partial class UnknownReferenceTests
{
    private static Diagnostic UnknownIn(string path, string text)
    {
        var (_, diagnostics) = ContentFixture.Link(ContentFixture.ValidInput, (path, text));
        return Assert.Single(diagnostics.Sorted(), d => d.Code == "ref-unknown");
    }

    private static string Page(string body) => $"---\ntyp: sida\nid: om\ntitel: Om samverkan\n---\n{body}\n";

    private static string MinutesWith(string decisionLine) =>
        ContentFixture.ValidFile("protokoll/lg-2030-03-01.md").Replace("::: beslut {#kartan-godkands avser=\"vp-2030-laddplatser\"}", decisionLine, StringComparison.Ordinal);

    /// <summary>The YAML lines the suggestion quotes, as they would stand in the file.</summary>
    private static List<string> QuotedYaml(string suggestion) =>
        YamlLine().Matches(suggestion).Select(m => m.Groups["line"].Value).ToList();

    [GeneratedRegex("'(?<line>(?:- id|  titel|  typ|  datum): [^']*)'")]
    private static partial Regex YamlLine();

    /// <summary>
    /// An xref link whose target is no id at all was treated as an unknown id: an empty one was offered three pages'
    /// ids, and 'vp-2030/vp-2030/x' was offered as an entry for opublicerade.yml. It is said what is wrong, and what to write.
    /// </summary>
    [Theory]
    [InlineData("xref:", "länken har inget id efter 'xref:'", "skriv id:t direkt efter xref:")]
    [InlineData("xref:vp-2030#laddplatser", "skrivs efter ett snedstreck, inte efter '#'", "skriv xref:vp-2030/laddplatser")]
    [InlineData("xref:vp-2030/vp-2030/x", "'xref:vp-2030/vp-2030/x' är inget id", "skriv t.ex. xref:vp-2030/vp-2030")]
    [InlineData("xref:VP-2030", "'xref:VP-2030' är inget id", "skriv t.ex. xref:vp-2030")]
    public void An_xref_link_to_no_id_at_all_says_what_is_wrong_with_it(string url, string message, string suggestion)
    {
        var (_, diagnostics) = ContentFixture.Link(ContentFixture.ValidInput, ("sidor/om.md", Page($"Se [planen]({url}).")));
        var error = Assert.Single(diagnostics.Sorted(), d => d.Severity == Severity.Error);
        Assert.Equal(("id-syntax", "sidor/om.md:6:4"), (error.Code, error.Location.ToString()));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.StartsWith(suggestion, error.Suggestion, StringComparison.Ordinal);
        Assert.DoesNotContain("opublicerade.yml", error.Suggestion);
    }

    [Fact]
    public void An_xref_autolink_is_a_reference_checked_like_any_link()
    {
        Assert.Equal("sidor/om.md:6:4", UnknownIn("sidor/om.md", Page("Se <xref:vp-2031>.")).Location.ToString());
        var (_, diagnostics) = ContentFixture.Link(ContentFixture.ValidInput, ("sidor/om.md", Page("Se <xref:vp-2030>.")));
        Assert.DoesNotContain(diagnostics.Sorted(), d => d.Severity == Severity.Error);
    }

    [Fact]
    public void An_unknown_plan_is_not_offered_another_year_s_plan_and_is_shown_as_an_entry_for_opublicerade_yml()
    {
        var error = UnknownIn("sidor/om.md", Page("Se [planen](xref:vp-2021)."));
        Assert.DoesNotContain("vp-2030", error.Suggestion); // one letter from vp-2021, and another year's plan
        Assert.DoesNotContain("menade du", error.Suggestion);
        Assert.Contains("input/data/opublicerade.yml", error.Suggestion);
        Assert.Equal(["- id: vp-2021", "  titel: Verksamhetsplan och budget 2021", "  typ: verksamhetsplan"], QuotedYaml(error.Suggestion!));
    }

    [Fact]
    public void Unknown_minutes_are_not_offered_the_minutes_of_another_day_and_the_entry_names_organ_and_date()
    {
        var error = UnknownIn("sidor/om.md", Page("Se [mötet](xref:lg-2030-03-02)."));
        Assert.DoesNotContain("lg-2030-03-01", error.Suggestion);
        Assert.Equal(["- id: lg-2030-03-02", "  titel: Ledningsgruppen 2 mars 2030", "  typ: protokoll", "  datum: 2030-03-02"], QuotedYaml(error.Suggestion!));
    }

    [Fact]
    public void A_misspelt_id_of_the_same_year_is_still_offered()
    {
        var error = UnknownIn("sidor/om.md", Page("Se [aktiviteten](xref:vp-2030-laddplatsr)."));
        Assert.StartsWith("menade du 'vp-2030-laddplatser'", error.Suggestion);
    }

    [Fact]
    public void The_entry_shown_is_one_that_makes_the_reference_resolve()
    {
        using var site = TempSite.CopyOf("valid");
        site.Write("sidor/om.md", Page("Se [planen](xref:vp-2021), [mötet](xref:ssk-2019-02-07) och [beslutet](xref:lg-2030-03-02/budget)."));
        var (_, before) = ContentFixture.Link(site.Input);
        var errors = before.Sorted().Where(d => d.Code == "ref-unknown").ToList();
        Assert.Equal(3, errors.Count);

        var yaml = File.ReadAllText(Path.Combine(site.Input, "data", "opublicerade.yml"));
        site.Write("data/opublicerade.yml", yaml + string.Join('\n', errors.SelectMany(e => QuotedYaml(e.Suggestion!))) + "\n");
        var (_, after) = ContentFixture.Link(site.Input);
        Assert.DoesNotContain(after.Sorted(), d => d.Severity == Severity.Error);
        Assert.Equal(3, after.Sorted().Count(d => d.Code == "ref-unpublished" && d.Location.File == "sidor/om.md"));
    }

    [Fact]
    public void The_column_points_at_the_avser_attribute_not_at_the_start_of_the_line()
    {
        const string line = "::: beslut {#kartan-godkands avser=\"vp-2021\"}";
        var error = UnknownIn("protokoll/lg-2030-03-01.md", MinutesWith(line));
        Assert.Equal((31, line.IndexOf("avser=", StringComparison.Ordinal) + 1), (error.Location.Line, error.Location.Column));
        Assert.DoesNotContain("vp-2030", error.Suggestion);
    }

    [Fact]
    public void The_column_points_at_the_link_also_inside_a_decision_and_a_list()
    {
        var minutes = MinutesWith("::: beslut {#kartan-godkands avser=\"vp-2030-laddplatser\"}\n- enligt [mötet](xref:lg-2023-02-11)");
        var error = UnknownIn("protokoll/lg-2030-03-01.md", minutes);
        Assert.Equal((32, "- enligt ".Length + 1), (error.Location.Line, error.Location.Column));
        Assert.DoesNotContain("lg-2030-03-01", error.Suggestion);
    }
}
