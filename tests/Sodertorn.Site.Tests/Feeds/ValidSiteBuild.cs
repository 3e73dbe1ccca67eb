using Sodertorn.Site.Pipeline;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Feeds;

/// <summary>One build of the valid fixture site, shared by tests that only read its output.</summary>
public sealed class ValidSiteBuild : IDisposable
{
    public const string BaseUrl = "https://example.test";

    public ValidSiteBuild()
    {
        Site = TempSite.CopyOf("valid");
        Result = Site.Build();
        Assert.True(Result.Succeeded, string.Join("\n", Result.Diagnostics));
    }

    public TempSite Site { get; }

    public BuildResult Result { get; }

    public string Read(string relativePath) => Site.ReadOutput(relativePath);

    public bool Exists(string relativePath) => File.Exists(Path.Combine(Site.Output, relativePath));

    public void Dispose() => Site.Dispose();
}
