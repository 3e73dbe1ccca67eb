using System.Globalization;
using System.Net.Http;
using System.Text.Json;

namespace Sodertorn.Site.Reporting;

/// <summary>A finding of the published report, as much of it as the comparison shows of a resolved one.</summary>
public sealed record EarlierFinding(string Id, string Code, string File, string Message, string? PageUrl);

/// <summary>What the production site's report was compared with this build's, or why it could not be.</summary>
/// <param name="Compared">Whether the published report was read: only then is a finding new or resolved.</param>
/// <param name="Address">Where the published report was asked for; null when the build was given no production address.</param>
/// <param name="Problem">Why it was not compared, in Swedish; null when it was (or when no address was given).</param>
public sealed record Comparison(bool Compared, string? Address, string? Problem, string? Commit, DateTimeOffset? Date, IReadOnlyList<EarlierFinding> Earlier)
{
    public static Comparison NotAsked { get; } = new(false, null, null, null, null, []);

    public static Comparison Failed(string address, string problem) => new(false, address, problem, null, null, []);
}

/// <summary>
/// Reads the production site's lankrapport.json over HTTP: what "new since the last publication" is measured against.
/// A short timeout and every failure turned into a sentence for the page, since a build must never fail or hang
/// because the live site is slow, missing or older than this format. Version 1 reports carry no ids: they are
/// computed here the way <see cref="FindingIds"/> computes this build's, so the first comparison already works.
/// </summary>
public static class PublishedReport
{
    public static string AddressOf(string siteUrl) => siteUrl.TrimEnd('/') + LinkReport.Url + "lankrapport.json";

    public static async Task<Comparison> FetchAsync(string siteUrl, TimeSpan timeout, HttpClient? client = null)
    {
        var address = AddressOf(siteUrl);
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            return Comparison.Failed(address, "adressen till den publicerade webbplatsen är ogiltig");
        using var own = client is null ? new HttpClient() : null;
        var http = client ?? own!;
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            using var response = await http.GetAsync(uri, cancel.Token);
            if (!response.IsSuccessStatusCode)
                return Comparison.Failed(address, $"den publicerade webbplatsen svarade {(int)response.StatusCode} i stället för sin länkrapport");
            var text = await response.Content.ReadAsStringAsync(cancel.Token);
            return Parse(address, text);
        }
        catch (OperationCanceledException)
        {
            return Comparison.Failed(address, $"den publicerade webbplatsen svarade inte inom {timeout.TotalSeconds:0} sekunder");
        }
        catch (HttpRequestException e)
        {
            return Comparison.Failed(address, "den publicerade webbplatsen gick inte att nå" + e.HttpRequestError switch
            {
                HttpRequestError.NameResolutionError => " (adressen finns inte)",
                HttpRequestError.ConnectionError => " (ingen anslutning)",
                HttpRequestError.SecureConnectionError => " (den säkra anslutningen misslyckades)",
                _ => "",
            });
        }
    }

    public static Comparison Parse(string address, string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number
                || !root.TryGetProperty("findings", out var findings) || findings.ValueKind != JsonValueKind.Array)
                return Comparison.Failed(address, "den publicerade länkrapporten har inte det format bygget känner igen");
            var v = version.GetInt32();
            if (v < 1 || v > JsonLinkReport.Version)
                return Comparison.Failed(address, $"den publicerade länkrapporten har version {v}, som det här bygget inte kan läsa");
            var read = findings.EnumerateArray().Select(f => (
                Id: Text(f, "id"),
                Code: Text(f, "code") ?? "",
                File: FindingIds.DisplayPath(Text(f, "file") ?? ""),
                Target: Text(f, "target"),
                Message: Text(f, "message") ?? "",
                PageUrl: Text(f, "pageUrl"))).ToList();
            var computed = FindingIds.Assign(read.Select(f => (f.Code, f.File, f.Target, f.Message)));
            var earlier = read.Select((f, i) => new EarlierFinding(f.Id ?? computed[i], f.Code, f.File, f.Message, f.PageUrl)).ToList();
            var build = root.TryGetProperty("build", out var b) && b.ValueKind == JsonValueKind.Object ? b : default;
            var date = build.ValueKind == JsonValueKind.Object && Text(build, "date") is { } d
                && DateTimeOffset.TryParse(d, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : (DateTimeOffset?)null;
            return new Comparison(true, address, null, build.ValueKind == JsonValueKind.Object ? Text(build, "commit") : null, date, earlier);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            return Comparison.Failed(address, "den publicerade länkrapporten gick inte att läsa (den är inte giltig JSON)");
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
