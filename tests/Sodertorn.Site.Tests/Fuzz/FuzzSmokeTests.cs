using System.Text;
using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Fuzz;
using Sodertorn.Site.Reporting;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Fuzz;

/// <summary>The fuzz target (fuzz/Target/, compiled into this project too), loaded once for the smoke tests.</summary>
public sealed class FuzzTargetFixture : IDisposable
{
    public SiteFuzzTarget Target { get; } = new(Repository.Root);

    public void Dispose() => Target.Dispose();
}

/// <summary>
/// CI's smoke run of the fuzz target that fuzz/run drives with AFL++ for long runs (docs/fuzzing.md): the seed corpus and
/// a fixed set of deterministic mutations of it, in-process, in some 15 seconds. Any exception that escapes the build's
/// stages fails the test, with the input written out to replay it (`dotnet fuzz/work/bin/… triage FILE`).
/// </summary>
public sealed class FuzzSmokeTests(FuzzTargetFixture fixture) : IClassFixture<FuzzTargetFixture>
{
    /// <summary>How many mutations: 11–16 s on this project's shared 2-core machine, of which 4 % build the whole site (docs/fuzzing.md).</summary>
    private const int Mutations = 3000;

    private SiteFuzzTarget Target => fixture.Target;

    [Fact]
    public void Every_seed_goes_through_the_build_without_a_crash()
    {
        var seeds = SeedCorpus.Create(Target, Repository.Root);

        Assert.True(seeds.Count >= 40, $"only {seeds.Count} seeds: the corpus is made from input/ and the fixtures");
        foreach (var (name, input) in seeds) AssertNoCrash(input, name);
    }

    [Fact]
    public void Mutations_of_the_seeds_go_through_the_build_without_a_crash()
    {
        var seeds = SeedCorpus.Create(Target, Repository.Root).Select(s => s.Input).ToList();
        var mutator = new Mutator(seed: 20);
        var errors = 0;
        for (var i = 0; i < Mutations; i++)
        {
            var input = mutator.Mutate(seeds[i % seeds.Count], seeds);
            if (AssertNoCrash(input, $"mutation {i}").Any(d => d.Severity == Severity.Error)) errors++;
        }
        // Mutations that never break anything would test nothing: most should give the author an error to fix.
        Assert.InRange(errors, Mutations / 4, Mutations);
    }

    /// <summary>
    /// The target runs what a build runs after the pages of the fuzzed file: three crashes were found by hand in the
    /// feeds, the calendars and the open data, a stage the target once did not reach (docs/fuzzing.md).
    /// </summary>
    [Fact]
    public void An_error_free_site_is_written_whole_with_its_generated_files_and_its_report()
    {
        const string slot = "protokoll/lg-2030-03-01.md";
        var bytes = File.ReadAllBytes(Path.Combine(Repository.Root, "tests", "Sodertorn.Site.Tests", "Fixtures", "valid", "input", slot));

        var diagnostics = AssertNoCrash(Target.Encode(slot, bytes), slot);

        Assert.DoesNotContain(diagnostics, d => d.Severity == Severity.Error);
        var written = Target.LastWritten;
        Assert.Contains("om/index.html", written); // a page of another file than the fuzzed one
        Assert.Contains(written, p => p.StartsWith("flode/", StringComparison.Ordinal) && p.EndsWith(".xml", StringComparison.Ordinal));
        Assert.Contains(written, p => p.StartsWith("kalender/", StringComparison.Ordinal) && p.EndsWith(".ics", StringComparison.Ordinal));
        Assert.Contains(written, p => p.StartsWith("data/", StringComparison.Ordinal) && p.EndsWith(".json", StringComparison.Ordinal));
        Assert.Contains("sitemap.xml", written); // a generator that reads the written pages
        Assert.Contains(LinkReport.JsonFile, written);
        Assert.Contains(LinkReport.HtmlFile, written);
    }

    /// <summary>A failed build writes no page but its link report all the same, so the target makes the report of every input.</summary>
    [Fact]
    public void A_site_with_errors_gets_its_link_report_and_no_page()
    {
        const string slot = "sidor/om.md";

        var diagnostics = AssertNoCrash(Target.Encode(slot, Encoding.UTF8.GetBytes("---\ntyp: sida\nid: om\n---\nSe [planen](xref:finns-inte).\n")), slot);

        Assert.Contains(diagnostics, d => d.Severity == Severity.Error && d.Location.File == slot);
        Assert.Equal(new[] { LinkReport.HtmlFile, LinkReport.JsonFile }.Order(StringComparer.Ordinal), Target.LastWritten);
    }

    /// <summary>Crashes that fuzzing found, minimised, whose bytes do not make a readable fixture (a NUL, a tab that matters).</summary>
    [Theory]
    [InlineData("protokoll/lg-2030-03-01.md", "---\n: 2\0*1\n---\n", 2)]
    [InlineData("data/opublicerade.yml", "#§\0: d", 1)]
    [InlineData("sidor/om.md", "---\n\t: l\n---\n", 2)]
    [InlineData("data/opublicerade.yml", "!![", 1)]
    public void A_crash_found_by_fuzzing_is_an_error_at_its_line(string slot, string text, int line)
    {
        var diagnostics = AssertNoCrash(Target.Encode(slot, Encoding.UTF8.GetBytes(text)), slot);

        Assert.Contains(diagnostics, d => d.Severity == Severity.Error && d.Location.File == slot && d.Location.Line == line);
    }

    /// <summary>Found with the fuzz target (AFL++ does not grow inputs this large): YAML this deep overflowed the stack, which ends the process and no handler can catch.</summary>
    [Theory]
    [InlineData("sidor/om.md", "---\ntyp: sida\nid: om\ntitel: ", "[", "\n---\nText.\n", 4)]
    [InlineData("data/opublicerade.yml", "- id: ", "{a: ", "\n", 1)]
    [InlineData("data/opublicerade.yml", "", "- ", "x\n", 1)]
    public void Yaml_nested_a_hundred_thousand_levels_deep_is_an_error_not_a_stack_overflow(string slot, string before, string level, string after, int line)
    {
        var text = before + string.Concat(Enumerable.Repeat(level, 100_000)) + after;
        var diagnostics = AssertNoCrash(Target.Encode(slot, Encoding.UTF8.GetBytes(text)), slot);

        Assert.Contains(diagnostics, d => d.Code == "yaml-syntax" && d.Location.File == slot && d.Location.Line == line);
    }

    private IReadOnlyList<Diagnostic> AssertNoCrash(byte[] input, string name)
    {
        try
        {
            return Target.Run(input);
        }
        catch (Exception e)
        {
            var replay = Path.Combine(Path.GetTempPath(), $"sodertorn-fuzz-crash-{Guid.NewGuid():N}");
            File.WriteAllBytes(replay, input);
            var (slot, _) = Target.Split(input);
            Assert.Fail($"{name} ({slot}) crashed the build; the input is in {replay}\n{e}");
            throw;
        }
    }
}
