#:package Microsoft.Playwright@1.64.1
#:property PublishAot=false
#:property JsonSerializerIsReflectionEnabledByDefault=true
// Part of bench/search: opens /sok/?q=<query> of a served site in Debian's chromium (never a downloaded
// browser), waits until the search page has shown its results, and prints the status line. A fresh
// browser per run, so nothing comes from a cache. Usage: dotnet run bench/search_query.cs -- <base url> <query>
// (a query that starts with "?" is used as the whole query string, e.g. "?q=budget&arkiv=ja").
using Microsoft.Playwright;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: dotnet run bench/search_query.cs -- <base url> <query>");
    return 2;
}
using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
{
    ExecutablePath = "/usr/bin/chromium",
    Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
var page = await browser.NewPageAsync();
await page.GotoAsync(args[1].StartsWith('?') ? $"{args[0]}/sok/{args[1]}" : $"{args[0]}/sok/?q={Uri.EscapeDataString(args[1])}");
// sok.js marks the result list busy while it searches; the status line then says what was found.
await page.WaitForFunctionAsync(
    "() => !document.getElementById('sok-traffar').hasAttribute('aria-busy') && document.getElementById('sok-status').textContent.length > 0",
    null, new PageWaitForFunctionOptions { Timeout = 120_000 });
Console.WriteLine(await page.InnerTextAsync("#sok-status"));
return 0;
