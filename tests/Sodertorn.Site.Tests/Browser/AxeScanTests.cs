using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Browser;

/// <summary>Two pages served as the real site is: one with an image that has no text alternative, one without faults.</summary>
public sealed class FaultyPagesBrowser : BrowserFixture
{
    private readonly TempSite folder = new();

    protected override string BuildSite()
    {
        const string Head = "<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\"><title>Sida</title></head>";
        Directory.CreateDirectory(Path.Combine(folder.Output, "hel"));
        File.WriteAllText(Path.Combine(folder.Output, "index.html"), Head + "<body><main><h1>Bild</h1><img src=\"/bild.png\"></main></body></html>");
        File.WriteAllText(Path.Combine(folder.Output, "hel", "index.html"), Head + "<body><main><h1>Hel</h1><p>Text.</p></main></body></html>");
        // With the pages' policy, as the build's _headers gives it.
        File.WriteAllText(Path.Combine(folder.Output, Sodertorn.Site.Hosting.HeadersFile.File), $"/*\n  Content-Security-Policy: {Sodertorn.Site.Hosting.SecurityPolicy.Site}\n");
        return folder.Output;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        folder.Dispose();
    }
}

/// <summary>The axe scan that the accessibility tests rely on finds a fault, and says on which page and element.</summary>
public sealed class AxeScanTests(FaultyPagesBrowser browser) : IClassFixture<FaultyPagesBrowser>
{
    [Fact]
    public async Task A_violation_is_reported_with_its_page_rule_and_element()
    {
        var findings = await AxeScan.ScanAsync(browser, ["/", "/hel/"], new());

        var finding = Assert.Single(findings);
        Assert.Equal(("/", "image-alt"), (finding.Page, finding.Rule));
        Assert.Contains("img", finding.Target, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(finding.Reason));
    }
}
