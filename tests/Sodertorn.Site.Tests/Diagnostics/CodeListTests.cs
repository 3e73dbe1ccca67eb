using System.Text.RegularExpressions;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Diagnostics;

/// <summary>
/// The writing guide's "Alla koder" lists every code the build can report, so that an author or comms member who
/// meets one finds what it means and what to do: each code the generator's source reports is in that list.
/// </summary>
public sealed partial class CodeListTests
{
    [Fact]
    public void Every_code_the_build_reports_is_explained_in_the_writing_guide()
    {
        var source = Directory.GetFiles(Path.Combine(Repository.Root, "src", "Sodertorn.Site"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains("node_modules", StringComparison.Ordinal));
        var codes = source.SelectMany(f => Reported().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);
        var guide = File.ReadAllText(Path.Combine(Repository.Root, "docs", "skrivguide.md"));
        var list = guide[guide.IndexOf("### Alla koder", StringComparison.Ordinal)..];
        var listed = list.Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal))
            .SelectMany(l => ListedCode().Matches(l.Split('|')[1]).Select(m => m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);

        Assert.True(codes.Count > 60, $"only {codes.Count} codes found in the source");
        var missing = codes.Where(c => !listed.Contains(c)).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, "not in docs/skrivguide.md's list of every code: " + string.Join(", ", missing));
    }

    // diagnostics.Error("code", …), .Warning(…), .Info(…), new Diagnostic(Severity.Error, "code", …): a code written out
    // where it is reported; or a constant or argument a class reports it by (const string Code = "personnummer",
    // FailedCode: "cms-install-failed").
    [GeneratedRegex(@"(?:\.(?:Error|Warning|Info)\(|Severity\.\w+,\s*|const string \w*Code\s*=\s*|\w*Code:\s*)""([a-z][a-z-]+)""")]
    private static partial Regex Reported();

    // A code in a table row's first cell: "| `code` |" or "| `code-a`, `code-b` |".
    [GeneratedRegex(@"`([a-z][a-z-]+)`")]
    private static partial Regex ListedCode();
}
