using Sodertorn.Site.Pipeline;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Deploy;

/// <summary>The repository's netlify.toml, read once, with the policy that every response is sent with.</summary>
public static class Netlify
{
    public static NetlifyToml Toml { get; } = NetlifyToml.Load(Path.Combine(Repository.Root, "netlify.toml"));

    /// <summary>The rule for every path ("/*"), which carries the security headers.</summary>
    public static HeaderRule SiteWide => Toml.Headers.Single(h => h.For == "/*");

    /// <summary>The pages' policy, which the build writes into _headers for every path but /admin/ (Hosting/HeadersFile).</summary>
    public static ContentSecurityPolicy Policy => ContentSecurityPolicy.Parse(Sodertorn.Site.Hosting.SecurityPolicy.Site);

    /// <summary>What Netlify sends when no rule sets Cache-Control: keep a copy, revalidate before each use.</summary>
    public const string DefaultCacheControl = "public, max-age=0, must-revalidate";

    /// <summary>
    /// The headers Netlify sends with each path of a built site: those of every rule in netlify.toml and in the _headers
    /// file the build wrote that matches it (the pages' Content-Security-Policy is in the latter), and the default
    /// Cache-Control when none sets one. A folder without _headers is not a site as Netlify would serve it: it throws.
    /// </summary>
    public static Func<string, IEnumerable<KeyValuePair<string, string>>> HeadersOf(string output)
    {
        var rules = Toml.Headers.Concat(HeadersFile(output)).ToList();
        return path =>
        {
            var values = rules.Where(r => r.Matches(path)).SelectMany(r => r.Values).ToList();
            if (!values.Any(v => v.Key.Equals("Cache-Control", StringComparison.OrdinalIgnoreCase))) values.Add(new("Cache-Control", DefaultCacheControl));
            return values;
        };
    }

    /// <summary>The rules of the _headers file a build wrote: a path line, then indented "Name: value" lines.</summary>
    public static List<HeaderRule> HeadersFile(string output)
    {
        var rules = new List<HeaderRule>();
        Dictionary<string, string>? values = null;
        foreach (var line in File.ReadAllLines(Path.Combine(output, Sodertorn.Site.Hosting.HeadersFile.File)))
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (!char.IsWhiteSpace(line[0]))
            {
                values = new Dictionary<string, string>(StringComparer.Ordinal);
                rules.Add(new HeaderRule(line.Trim(), values));
                continue;
            }
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            values![line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }
        return rules;
    }
}

/// <summary>
/// The real input/ built as .ci/netlify-build builds production: --strict, with only the warning codes that
/// script allows, and the search index. Built once per test run (<see cref="SharedSite"/>) for the deploy tests.
/// </summary>
public static class ProductionBuild
{
    /// <summary>The codes the production build allows under --strict; NetlifyBuildScriptTests checks the script passes exactly these.</summary>
    public static readonly IReadOnlyList<string> AllowedWarnings = ["ref-unpublished", "ref-draft"];

    public const string BaseUrl = "https://sodertorn.example";

    public static SharedSite Site { get; } = new("production", Repository.Input, site => Options(site, Repository.Theme));

    public static BuildResult Result => Site.Result;

    public static string Output => Site.Output;

    public static BuildOptions Options(TempSite site, string theme) =>
        new(site.Input, theme, site.Output, BaseUrl, Strict: true, BuildOptions.LocalToday())
        {
            AllowedWarnings = new HashSet<string>(AllowedWarnings, StringComparer.Ordinal),
        };

    public static PagePolicyChecker Checker() => new(Netlify.Policy, Output, new Uri(BaseUrl));
}
