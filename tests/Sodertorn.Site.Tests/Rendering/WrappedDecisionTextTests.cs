using System.Text.Json;
using System.Text.RegularExpressions;
using Sodertorn.Site.Tests.Domain.Reading;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Rendering;

/// <summary>
/// Minutes whose decision and assignment are wrapped over several lines (soft and hard breaks, as OCR leaves them):
/// every place that shows the text shows the words with spaces between them, never glued, never broken.
/// </summary>
public sealed partial class WrappedDecisionTextTests : IDisposable
{
    private const string Decision = "Ledningsgruppen beslutar att ett extra insatt möte hålls i maj och att kartan godkänns.";
    private const string Assignment = "Kansliet får i uppdrag att utreda frågan tillsammans med samma personer som Rickard föreslog, och att återkomma.";

    private readonly TempSite site = TempSite.CopyOf("valid");

    public WrappedDecisionTextTests()
    {
        site.Write("protokoll/lg-2030-04-12.md", ContainerTextTests.WrappedMinutes.Replace("2030-03-01", "2030-04-12", StringComparison.Ordinal));
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
    }

    public void Dispose() => site.Dispose();

    [Fact]
    public void The_meeting_page_shows_the_decision_without_line_breaks_and_the_assignment_list_without_glued_words()
    {
        var page = site.ReadOutput("protokoll/lg-2030-04-12/index.html");
        var decision = DecisionBox().Match(page);
        Assert.True(decision.Success);
        Assert.DoesNotContain("<br", decision.Value);
        Assert.Equal(Decision, Words(decision.Groups["text"].Value));
        var assignments = AssignmentList().Match(page);
        Assert.True(assignments.Success);
        Assert.Contains(Assignment, Words(assignments.Value));
        Assert.DoesNotContain("ettextra", Words(page));
        Assert.DoesNotContain("somRickard", Words(page));
    }

    [Fact]
    public void The_decision_register_and_the_decisions_feed_show_the_words_spaced()
    {
        var register = site.ReadOutput("beslut/ledningsgruppen/2030/index.html");
        Assert.Contains(Decision, Words(register));
        Assert.DoesNotContain("<br", register);
        Assert.Contains(Decision, Words(site.ReadOutput("flode/beslut.xml")));
    }

    [Fact]
    public void The_open_data_gives_each_text_on_one_line_with_spaces()
    {
        var motions = JsonDocument.Parse(site.ReadOutput("data/beslut.json")).RootElement.GetProperty("data").EnumerateArray()
            .Select(m => m.GetProperty("text").GetString()).ToList();
        Assert.Contains(Decision, motions);
        var meetings = site.ReadOutput("data/moten.json");
        // The assignment goes on with a list, so its first paragraph is the start of the text, not all of it.
        Assert.Contains("\"text\":" + JsonSerializer.Serialize(Assignment, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })[..^1], meetings);
    }

    /// <summary>The visible words of some HTML or XML: tags and entities as a reader's screen has them, spaces collapsed.</summary>
    private static string Words(string markup) =>
        Space().Replace(System.Net.WebUtility.HtmlDecode(Tag().Replace(markup, "")), " ").Trim();

    [GeneratedRegex("""<div class="beslut" id="kartan-godkands">.*?</p>\s*<p>(?<text>.*?)</p>""", RegexOptions.Singleline)]
    private static partial Regex DecisionBox();

    [GeneratedRegex("""<h2 id="motets-uppdrag">.*?</ul>""", RegexOptions.Singleline)]
    private static partial Regex AssignmentList();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
