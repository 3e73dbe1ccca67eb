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
}

/// <summary>
/// The real input/ built as .ci/netlify-build builds production: --strict, with only the warning codes that
/// script allows. Shared by the deploy tests so the site is built once.
/// </summary>
public sealed class ProductionBuild : IDisposable
{
    /// <summary>The codes the production build allows under --strict; NetlifyBuildScriptTests checks the script passes exactly these.</summary>
    public static readonly IReadOnlyList<string> AllowedWarnings = ["ref-unpublished"];

    public const string BaseUrl = "https://sodertorn.example";

    public ProductionBuild()
    {
        Site = TempSite.CopyOf(null);
        Result = new BuildPipeline(Options(Site, Repository.Theme)).Run();
    }

    public TempSite Site { get; }

    public BuildResult Result { get; }

    public string Output => Site.Output;

    public static BuildOptions Options(TempSite site, string theme) =>
        new(site.Input, theme, site.Output, BaseUrl, Strict: true, BuildOptions.LocalToday())
        {
            AllowedWarnings = new HashSet<string>(AllowedWarnings, StringComparer.Ordinal),
        };

    public PagePolicyChecker Checker() => new(Netlify.Policy, Output, new Uri(BaseUrl));

    public void Dispose() => Site.Dispose();
}

[CollectionDefinition(Name)]
public sealed class ProductionBuildCollection : ICollectionFixture<ProductionBuild>
{
    public const string Name = "production build";
}
