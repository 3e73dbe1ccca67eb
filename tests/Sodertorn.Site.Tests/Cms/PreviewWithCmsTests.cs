using System.Text;
using Sodertorn.Site.Authoring.Cms;
using Sodertorn.Site.Authoring.Preview;
using Sodertorn.Site.Cms;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Cms;

/// <summary>`preview --cms`: the live preview with decap-server beside it, as one command starts them.</summary>
public sealed class PreviewWithCmsTests
{
    [Fact]
    public async Task The_preview_serves_the_cms_reaches_decap_server_and_rebuilds_what_it_saves()
    {
        using var site = TempSite.CopyOf("valid");
        await using var decap = await DecapServer.StartAsync(site.Root, CmsInstallation.DefaultFolder);
        var options = new PreviewOptions(site.Input, Repository.Theme, Path.Combine(site.Root, "output.preview"), 0, new DateOnly(2030, 6, 1))
        {
            CmsBackend = decap.Url,
        };
        await using var host = await PreviewHost.StartAsync(options, new StringWriter(), new StringWriter());
        using var client = new HttpClient { BaseAddress = new Uri(host.Url), Timeout = TimeSpan.FromSeconds(10) };

        // The CMS's page, without the preview's reload script: a save rebuilds the site, and must not reload the editor.
        var admin = await client.GetStringAsync("/admin/");
        Assert.Contains("decap-cms.js", admin);
        Assert.DoesNotContain(PreviewPaths.Script, admin);
        Assert.Contains(PreviewPaths.Script, await client.GetStringAsync("/"));

        // The local backend on the preview's own origin, as the CMS calls it.
        using var info = await client.PostAsync(CmsConfig.LocalBackendPath, new StringContent("{\"action\":\"info\"}", Encoding.UTF8, "application/json"));
        info.EnsureSuccessStatusCode();
        Assert.Contains("\"type\":\"local_fs\"", await info.Content.ReadAsStringAsync());

        // A save through it writes into input/, and the preview rebuilds the page.
        var text = File.ReadAllText(Path.Combine(site.Input, "sidor", "om.md")).Replace("titel: ", "titel: Nytt om ", StringComparison.Ordinal);
        var save = System.Text.Json.JsonSerializer.Serialize(new
        {
            action = "persistEntry",
            @params = new
            {
                branch = "main",
                entry = new { slug = "om", path = "input/sidor/om.md", raw = text },
                assets = Array.Empty<object>(),
                options = new { collectionName = "sidor", commitMessage = "Ändra", useWorkflow = false, status = "draft" },
            },
        });
        using var saved = await client.PostAsync(CmsConfig.LocalBackendPath, new StringContent(save, Encoding.UTF8, "application/json"));
        saved.EnsureSuccessStatusCode();
        Assert.Equal(text, File.ReadAllText(Path.Combine(site.Input, "sidor", "om.md")));
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (!(await client.GetStringAsync("/om/")).Contains("Nytt om", StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < deadline, "the preview did not rebuild the saved page");
            await Task.Delay(100);
        }
    }
}
