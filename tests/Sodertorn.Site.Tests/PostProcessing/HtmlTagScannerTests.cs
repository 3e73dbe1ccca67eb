using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;
using Sodertorn.Site.PostProcessing;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.PostProcessing;

/// <summary>
/// The link check reads ids and links with a scanner of its own (for speed). It must read them as an HTML
/// tokenizer does: each sample and every page of the real site is read by both, AngleSharp's tokenizer being the
/// reference, and what they find must be the same.
/// </summary>
public sealed class HtmlTagScannerTests
{
    public static TheoryData<string> Samples => new()
    {
        """<a href="/a/">x</a><a href='/b/'>y</a><a href=/c/>z</a><a class="k" href = "/d/" >w</a>""",
        """<p id="p1">x</p><div id="p1"></div><span id='s'></span><span ID=t></span>""",
        """<a href="/s&#246;k/?q=a&amp;b=c">x</a><a href="/x/?a=1&amp;amp;b">y</a>""",
        """<!-- <a href="/comment/"> --><a href="/after/">x</a>""",
        """<script>var a = '<a href="/in-script/">';</script><script src="/assets/s.js"></script><a href="/after-script/">x</a>""",
        """<style>a[href="/in-style/"]{}</style><title>1 < 2 <a href="/in-title/"></title><a href="/ok/">x</a>""",
        """<textarea><a href="/in-textarea/"></textarea><img src="/bild.png" alt="">""",
        """<link rel="stylesheet" href="/site.css"><link rel="canonical" href="https://example.test/"><link rel="icon" href="/f.svg">""",
        """<main><h2>Utan id</h2><h3 id="med">Med</h3><h4>Utan</h4></main><h2>utanför main</h2>""",
        """<a href="/a/" href="/andra/">first wins</a><a data-href="/nej/" href="/ja/">x</a>""",
        """<p>1 < 2 and 3 <4 </ p> <a/href="/slash/">x</a><a href="/duplicate/"></a><a href="/duplicate/"></a>""",
        """<!DOCTYPE html><html lang="sv"><body><source src="/v.webm"><a href="">tom</a><a href="#toppen">upp</a></body></html>""",
        """<a title="a > b" href="/efter-gt/">x</a><a title='it"s' href="/citat/">y</a>""",
        """<div data-x="<a href='/inte-en-tagg/'>" id="d">x</div>""",
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void It_reads_a_sample_as_an_HTML_tokenizer_does(string html) => AssertSameAsTokenizer(html);

    [Fact]
    public void It_reads_every_page_of_the_real_site_as_an_HTML_tokenizer_does()
    {
        var pages = Directory.GetFiles(SharedSites.Real.Output, "*.html", SearchOption.AllDirectories);
        Assert.True(pages.Length > 50, $"only {pages.Length} pages built");
        foreach (var page in pages) AssertSameAsTokenizer(File.ReadAllText(page), page);
    }

    [Fact]
    public void A_sample_with_a_missed_link_would_fail()
    {
        const string html = """<script>x</script><a href="/efter/">x</a>""";
        AssertSameAsTokenizer(html);
        // A scanner that misses the end of a script reads the rest of the page as script, and misses the link after it.
        var missed = new HtmlTagScanner().Scan(html.Replace("</script>", "", StringComparison.Ordinal));
        Assert.Empty(missed.Hrefs);

        var failure = Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => AssertSame(Reference(html), missed, "the sample"));
        Assert.Contains("/efter/", failure.Message, StringComparison.Ordinal);
    }

    private static void AssertSameAsTokenizer(string html, string? where = null) => AssertSame(Reference(html), new HtmlTagScanner().Scan(html), where);

    /// <summary>Fails unless the scanner found what the tokenizer found.</summary>
    private static void AssertSame(TagScan expected, TagScan actual, string? where)
    {
        Assert.True(expected.Anchors.SetEquals(actual.Anchors), $"{where}: anchors {string.Join(",", expected.Anchors)} vs {string.Join(",", actual.Anchors)}");
        Assert.Equal(expected.Duplicates, actual.Duplicates);
        Assert.Equal(expected.Hrefs.Distinct(StringComparer.Ordinal), actual.Hrefs);
        Assert.Equal(expected.HeadingsWithoutId, actual.HeadingsWithoutId);
    }

    /// <summary>
    /// What the post-process stage read with AngleSharp's tokenizer before it had its own scanner, with the switch
    /// into raw text that a parser makes after script, style, title and textarea.
    /// </summary>
    private static TagScan Reference(string html)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var duplicates = new List<string>();
        var hrefs = new List<string>();
        var headingsWithoutId = 0;
        var inMain = false;
        var tokenizer = new HtmlTokenizer(new TextSource(html), HtmlEntityProvider.Resolver);
        for (var token = tokenizer.Get(); token.Type != HtmlTokenType.EndOfFile; token = tokenizer.Get())
        {
            if (token is not HtmlTagToken tag) continue;
            if (tag.Name == "main") inMain = tag.Type == HtmlTokenType.StartTag;
            if (tag.Type != HtmlTokenType.StartTag) continue;
            // What a browser's tree builder tells its tokenizer: the content of these elements is text, not tags.
            tokenizer.State = tag.Name switch
            {
                "script" => HtmlParseMode.Script,
                "style" => HtmlParseMode.Rawtext,
                "title" or "textarea" => HtmlParseMode.RCData,
                _ => tokenizer.State,
            };
            var id = tag.GetAttribute("id");
            if (!string.IsNullOrEmpty(id) && !anchors.Add(id)) duplicates.Add(id);
            if (inMain && string.IsNullOrEmpty(id) && tag.Name is "h2" or "h3" or "h4") headingsWithoutId++;
            var followed = tag.Name switch
            {
                "a" or "img" or "script" or "source" => true,
                "link" => tag.GetAttribute("rel") is "stylesheet" or "icon",
                _ => false,
            };
            if (!followed) continue;
            foreach (var name in new[] { "href", "src" })
                if (tag.GetAttribute(name) is { Length: > 0 } value) hrefs.Add(value);
        }
        return new TagScan(anchors, duplicates, hrefs, headingsWithoutId);
    }
}
