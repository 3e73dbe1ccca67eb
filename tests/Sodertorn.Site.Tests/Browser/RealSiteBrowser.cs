using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Browser;

/// <summary>Chromium over the real site (<see cref="SharedSites.Real"/>), served with the site's CSP. Use as IClassFixture&lt;RealSiteBrowser&gt;.</summary>
public sealed class RealSiteBrowser : BrowserFixture
{
    protected override string BuildSite() => SharedSites.Real.Output;
}

/// <summary>Chromium over the real site with its index split into a main and an archive bundle (<see cref="SharedSites.RealSplitIndex"/>).</summary>
public sealed class SplitIndexSiteBrowser : BrowserFixture
{
    protected override string BuildSite() => SharedSites.RealSplitIndex.Output;
}
