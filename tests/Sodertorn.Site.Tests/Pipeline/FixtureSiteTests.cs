using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Pipeline;

/// <summary>Whole fixture sites: valid/ builds; each invalid/&lt;case&gt;/ reports exactly its expected.txt.</summary>
public sealed class FixtureSiteTests
{
    public static TheoryData<string> InvalidCases()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(Path.Combine(Repository.Fixtures, "invalid")).Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(dir));
        return data;
    }

    [Fact]
    public void Valid_site_builds_every_page_kind()
    {
        using var site = TempSite.CopyOf("valid");
        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        foreach (var page in new[]
                 {
                     "index.html", "protokoll/lg-2030-03-01/index.html", "planer/vp-2030/index.html",
                     "aktiviteter/vp-2030-laddplatser/index.html", "mal/klimat/index.html", "mal/index.html",
                     "natverk/klimatnatverket/index.html", "organisation/ledningsgruppen/index.html",
                     "kommuner/exempelby/index.html", "om/index.html", "protokoll/index.html", "404.html",
                     // The lists, the registers, search, the link report and the editor.
                     "planer/index.html", "aktiviteter/index.html", "natverk/index.html", "organisation/index.html",
                     "kommuner/index.html", "beslut/index.html", "beslut/ledningsgruppen/2030/index.html", "uppdrag/index.html",
                     "uppdrag/2030/index.html", "sok/index.html", "lankrapport/index.html", "admin/index.html",
                 })
            Assert.True(File.Exists(Path.Combine(site.Output, page)), $"{page} was not written");
    }

    [Theory]
    [MemberData(nameof(InvalidCases))]
    public void Invalid_case_reports_exactly_the_expected_errors(string name)
    {
        using var site = TempSite.CopyOf("valid");
        TempSite.CopyDirectory(Path.Combine(Repository.Fixtures, "invalid", name, "input"), site.Input, overwrite: true);
        var expected = File.ReadAllLines(Path.Combine(Repository.Fixtures, "invalid", name, "expected.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(ExpectedDiagnostic.Parse)
            .ToList();

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.False(Directory.Exists(site.Output), "a failed build must not write output/");
        var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        foreach (var want in expected)
            Assert.True(result.Diagnostics.Any(want.Matches), $"missing: {want}\nreported:\n{string.Join("\n", result.Diagnostics)}");
        var unexpected = errors.Where(e => !expected.Any(w => w.Matches(e))).ToList();
        Assert.True(unexpected.Count == 0, $"unexpected:\n{string.Join("\n", unexpected)}");
        // Whatever expected.txt matches on, every error tells the author what to write instead, in words, not a
        // library's exception (the lines above match a code, a place and at most a token of the message).
        var unhelpful = result.Diagnostics.Where(d => string.IsNullOrWhiteSpace(d.Suggestion) || d.Message.Length < 10
            || d.Message.Contains("Exception", StringComparison.Ordinal) || d.Message.Contains(" at ", StringComparison.Ordinal)).ToList();
        Assert.True(unhelpful.Count == 0, $"without advice, or not in words:\n{string.Join("\n", unhelpful)}");
    }

    [Fact]
    public void Failed_build_leaves_the_previous_output_untouched()
    {
        using var site = TempSite.CopyOf("valid");
        Assert.True(site.Build().Succeeded);
        var before = Snapshot(site.Output);

        site.Write("sidor/om.md", "---\ntyp: sida\nid: om\ntitel: Om\nfärg: blå\n---\nNy text som inte får publiceras.\n");
        var failed = site.Build();

        Assert.False(failed.Succeeded);
        Assert.Equal(before, Snapshot(site.Output));
        Assert.Empty(Directory.GetDirectories(site.Root, ".output*"));
    }

    [Fact]
    public void Pages_name_their_canonical_address_under_the_base_url()
    {
        using var site = TempSite.CopyOf("valid");
        Assert.True(site.Build().Succeeded);
        Assert.Contains("<link rel=\"canonical\" href=\"https://example.test/protokoll/lg-2030-03-01/\">",
            site.ReadOutput("protokoll/lg-2030-03-01/index.html"));
    }

    [Fact]
    public void Two_builds_of_the_same_input_are_byte_identical()
    {
        // With the search index: it is published with the pages, and a deploy that changes without a cause is noise.
        using var site = TempSite.CopyOf("valid");
        Assert.True(site.Build(searchIndex: true).Succeeded);
        var first = Snapshot(site.Output);
        Assert.True(site.Build(searchIndex: true).Succeeded);
        Assert.Contains(first.Keys, f => f.StartsWith("pagefind", StringComparison.Ordinal));
        Assert.Equal(first, Snapshot(site.Output));
    }

    [Fact]
    public void Strict_build_fails_on_warnings_and_writes_nothing()
    {
        using var site = TempSite.CopyOf("valid");
        var result = site.Build(strict: true);

        Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Warning && d.Code == "ref-unpublished");
        Assert.False(result.Succeeded);
        Assert.False(Directory.Exists(site.Output));
    }

    private static SortedDictionary<string, string> Snapshot(string dir) =>
        new(Directory.GetFiles(dir, "*", SearchOption.AllDirectories)
                .ToDictionary(f => Path.GetRelativePath(dir, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))),
            StringComparer.Ordinal);

    private sealed record ExpectedDiagnostic(string Severity, string Code, string File, int Line, int Column, string? Text)
    {
        public static ExpectedDiagnostic Parse(string line)
        {
            var (head, text) = line.Split(" | ", 2) is [var h, var t] ? (h, t) : (line, null);
            var parts = head.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var location = parts[2].Split(':');
            return new ExpectedDiagnostic(parts[0], parts[1], location[0], int.Parse(location[1]), location.Length > 2 ? int.Parse(location[2]) : 0, text);
        }

        public bool Matches(Diagnostic d) =>
            d.SeverityLabel == Severity && d.Code == Code && d.Location.File == File && d.Location.Line == Line &&
            (Column == 0 || d.Location.Column == Column) &&
            (Text is null || (d.Message + " " + d.Suggestion).Contains(Text, StringComparison.Ordinal));

        public override string ToString() => $"{Severity} {Code} {File}:{Line}:{Column} | {Text}";
    }
}
