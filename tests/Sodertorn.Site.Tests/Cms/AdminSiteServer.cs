using Sodertorn.Site.Tests.Deploy;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Cms;

/// <summary>
/// A built site on 127.0.0.1 as Netlify serves it, for the CMS's browser tests: each answer carries the headers of every
/// rule in netlify.toml and the build's _headers that matches its path (the policies included, so the browser enforces
/// them), and /admin/api/v1 is forwarded to decap-server, as `preview --cms` does.
/// </summary>
public static class AdminSiteServer
{
    public static LoopbackServer Start(string root, string backend)
    {
        var server = LoopbackServer.ForSite(root, Netlify.HeadersOf(root));
        server.Forward(Site.Cms.CmsConfig.LocalBackendPath, backend);
        return server;
    }
}
