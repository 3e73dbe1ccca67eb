#:package Microsoft.Playwright@1.64.1
#:property PublishAot=false
#:property JsonSerializerIsReflectionEnabledByDefault=true
// The pictures of the guide "Så publicerar du minnesanteckningar" (docs/publicera-minnesanteckningar.md): the CMS at
// /admin/ as an author goes through it, on a copy of input/, with the one command the guide names for this machine
// (`preview --cms`), driven with Debian's chromium (/usr/bin/chromium, never a downloaded browser). Not run in CI.
// Usage: dotnet run tests/screenshots-cms.cs -- <repository> <out folder>   (tests/screenshots runs it)
using System.Diagnostics;
using System.Net.Sockets;
using Microsoft.Playwright;

if (args.Length != 2 || !File.Exists(Path.Combine(args[0], "Sodertorn.Site.sln")))
{
    Console.Error.WriteLine("usage: dotnet run tests/screenshots-cms.cs -- <repository> <out folder>");
    return 2;
}
var repository = Path.GetFullPath(args[0]);
var outDir = Directory.CreateDirectory(args[1]).FullName;
var work = Directory.CreateTempSubdirectory("sodertorn-bilder-").FullName;
CopyDirectory(Path.Combine(repository, "input"), Path.Combine(work, "input"));
int port;
using (var probe = new TcpListener(System.Net.IPAddress.Loopback, 0)) { probe.Start(); port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port; }
var baseUrl = $"http://127.0.0.1:{port}";

var start = new ProcessStartInfo("dotnet") { WorkingDirectory = work, RedirectStandardOutput = true, RedirectStandardError = true };
foreach (var a in new[] { "run", "--project", Path.Combine(repository, "src", "Sodertorn.Site"), "--", "preview", "--cms",
    "--input", "input", "--theme", Path.Combine(repository, "theme"), "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture) })
    start.ArgumentList.Add(a);
using var preview = Process.Start(start)!;
preview.OutputDataReceived += (_, e) => { if (e.Data is not null) Console.WriteLine("preview: " + e.Data); };
preview.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("preview: " + e.Data); };
preview.BeginOutputReadLine();
preview.BeginErrorReadLine();
try
{
    using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
    var deadline = DateTime.UtcNow.AddMinutes(3);
    while (true)
    {
        // The preview writes the pages first and the CMS's configuration with the other generated files.
        try { if ((await http.GetAsync(baseUrl + "/admin/config.yml")).IsSuccessStatusCode) break; }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { }
        if (DateTime.UtcNow > deadline || preview.HasExited) throw new InvalidOperationException("the preview did not start");
        await Task.Delay(500);
    }

    using var playwright = await Playwright.CreateAsync();
    await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = "/usr/bin/chromium",
        Args = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--lang=sv-SE"],
    });
    await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new() { Width = 1280, Height = 800 }, Locale = "sv-SE" });
    context.SetDefaultTimeout(20_000);
    var page = await context.NewPageAsync();
    async Task Shot(string name)
    {
        await page.WaitForTimeoutAsync(600);
        var file = Path.Combine(outDir, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file });
        Console.WriteLine(file);
    }

    await page.GotoAsync(baseUrl + "/admin/");
    await page.GetByRole(AriaRole.Button, new() { Name = "Logga in" }).ClickAsync();
    await page.GotoAsync(baseUrl + "/admin/#/collections/protokoll-ledningsgruppen");
    await page.GetByText("Minnesanteckningar från Ledningsgruppens möten").WaitForAsync();
    await Shot("cms-1-lista");

    await page.GotoAsync(baseUrl + "/admin/#/collections/protokoll-ledningsgruppen/new");
    await page.GetByLabel(new System.Text.RegularExpressions.Regex("^Id")).FillAsync("lg-2024-03-08");
    await page.GetByLabel(new System.Text.RegularExpressions.Regex("^Datum")).First.FillAsync("2024-03-08");
    await page.GetByLabel(new System.Text.RegularExpressions.Regex("^Plats")).First.FillAsync("Huddinge kommunhus");
    await page.GetByRole(AriaRole.Button, new() { Name = "Lägg till deltagare" }).ClickAsync();
    await page.GetByLabel(new System.Text.RegularExpressions.Regex("^Namn")).Last.FillAsync("Anna Andersson");
    var kommun = page.GetByLabel(new System.Text.RegularExpressions.Regex("^Kommun")).Last;
    await kommun.ClickAsync();
    await kommun.FillAsync("Huddinge");
    await page.GetByRole(AriaRole.Option, new() { Name = "Huddinge kommun" }).First.ClickAsync();
    await page.GetByLabel(new System.Text.RegularExpressions.Regex("^Not")).Last.FillAsync("ordförande");
    await page.GetByRole(AriaRole.Button, new() { Name = "Lägg till deltagare" }).ScrollIntoViewIfNeededAsync();
    await Shot("cms-2-deltagare");

    var editor = page.Locator("[data-slate-editor=\"true\"]");
    await editor.ClickAsync();
    await page.GetByTitle("Rubriker").ClickAsync();
    await page.GetByRole(AriaRole.Menuitem, new() { Name = "Rubrik 2" }).ClickAsync();
    await page.Keyboard.TypeAsync("1. Verksamhetsplan 2024 {#verksamhetsplan}");
    await page.Keyboard.PressAsync("Enter");
    await page.Keyboard.TypeAsync("Ledningsgruppen går igenom förslaget till ");
    await page.GetByTitle("Lägg till komponent").ClickAsync();
    await page.GetByRole(AriaRole.Menuitem, new() { Name = "Länk till id" }).ClickAsync();
    await page.Locator("#xref-sok").FillAsync("verksamhetsplan 2024");
    await page.Locator("#xref-lista").SelectOptionAsync("vp-2024");
    await page.Locator("#xref-text").FillAsync("verksamhetsplanen");
    await Shot("cms-3-lank");
    await page.GetByRole(AriaRole.Button, new() { Name = "Infoga länken" }).ClickAsync();
    // The picker had the focus: back to the end of the text for the decision.
    await editor.ClickAsync();
    await page.Keyboard.PressAsync("Control+End");
    await page.Keyboard.PressAsync("Enter");
    await page.GetByTitle("Lägg till komponent").ClickAsync();
    await page.GetByRole(AriaRole.Menuitem, new() { Name = "Beslut", Exact = true }).ClickAsync();
    await page.GetByLabel("Id", new() { Exact = true }).Last.FillAsync("vp-2024-till-ssk");
    await page.GetByLabel(new System.Text.RegularExpressions.Regex("^Avser")).Last.FillAsync("vp-2024");
    await page.GetByLabel("Beslutets text").Last.FillAsync("Förslaget till verksamhetsplan 2024 lämnas till samarbetskommittén.");
    await page.GetByLabel("Beslutets text").Last.ScrollIntoViewIfNeededAsync();
    await Shot("cms-4-beslut");

    await page.GetByRole(AriaRole.Button, new() { Name = "Publicera", Exact = true }).ClickAsync();
    await Shot("cms-5-publicera");
    await page.GetByText("Publicera nu").ClickAsync();
    await page.WaitForTimeoutAsync(4000);

    await page.GotoAsync(baseUrl + "/protokoll/lg-2024-03-08/");
    await page.GetByText("Förslaget till verksamhetsplan 2024 lämnas").WaitForAsync();
    await Shot("cms-6-sidan");
    await page.GotoAsync(baseUrl + "/lankrapport/");
    await Shot("cms-7-lankrapport");
    return 0;
}
finally
{
    if (!preview.HasExited) preview.Kill(entireProcessTree: true);
    Directory.Delete(work, recursive: true);
}

static void CopyDirectory(string from, string to)
{
    foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
    {
        var target = Path.Combine(to, Path.GetRelativePath(from, file));
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(file, target);
    }
}
