using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Sodertorn.Site.Reporting;

/// <summary>
/// A finding's stable id and its path as the report shows it. The id is what comms and the kansli write in
/// input/data/kvitterade.yml and what tells a new finding from one the published site already had, so it must not
/// change when lines move: it hashes the code, the file and the target (or, for a finding without one, the message with
/// its numbers blanked, as a message may name a line), never the line itself. Findings that would share those get an
/// ordinal in file order.
/// </summary>
public static partial class FindingIds
{
    /// <summary>What an id looks like: the code, a dash and eight hex digits ("minutes-missing-1a2b3c4d").</summary>
    public static readonly Regex Shape = IdShape();

    /// <summary>
    /// The path as the report's reader finds the file in the repository: content under input/, layouts under theme/
    /// as they are, and a place that is no file (a generated page, an absolute folder) unchanged.
    /// </summary>
    public static string DisplayPath(string file) =>
        file.Length == 0 || file.StartsWith("theme/", StringComparison.Ordinal) || file.StartsWith("input/", StringComparison.Ordinal)
            || file.StartsWith('(') || Path.IsPathRooted(file) || !file.Contains('/') && !file.Contains('.')
            ? file
            : "input/" + file;

    /// <summary>Ids for findings in the order given (the report's sorted order).</summary>
    public static IReadOnlyList<string> Assign(IEnumerable<(string Code, string File, string? Target, string Message)> findings)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var ids = new List<string>();
        foreach (var (code, file, target, message) in findings)
        {
            // The target says what a finding is about; the message only when there is none, so rewording a message keeps
            // the ids (and the acknowledgements) of findings with a target.
            var key = string.Join('\n', code, file, target is null ? "message:" + Digits().Replace(message, "#") : "target:" + target);
            var ordinal = seen[key] = seen.GetValueOrDefault(key) + 1;
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key + "\n" + ordinal));
            ids.Add($"{code}-{Convert.ToHexStringLower(hash, 0, 4)}");
        }
        return ids;
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex("^[a-z]+(-[a-z]+)*-[0-9a-f]{8}$")]
    private static partial Regex IdShape();
}
