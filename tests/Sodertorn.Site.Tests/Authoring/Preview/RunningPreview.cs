using System.Text.Json;
using System.Threading.Channels;
using Sodertorn.Site.Authoring.Preview;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Authoring.Preview;

/// <summary>
/// A preview of a throw-away copy of a fixture site on a free loopback port, with an HTTP client and the
/// console text it printed. Every wait is bounded; disposing stops the server and deletes the copy.
/// </summary>
public sealed class RunningPreview : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    public static readonly DateOnly Today = new(2030, 6, 1);

    private readonly StringWriter output = new();
    private readonly StringWriter errors = new();

    private RunningPreview(TempSite site, string theme)
    {
        Site = site;
        Theme = theme;
    }

    public TempSite Site { get; }

    public string Theme { get; }

    public PreviewHost Host { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public string Output => output.ToString();

    public string Errors => errors.ToString();

    public PreviewOptions Options => new(Site.Input, Theme, Path.Combine(Site.Root, "output.preview"), 0, Today);

    /// <param name="theme">A theme folder; the repository's theme when null.</param>
    public static async Task<RunningPreview> StartAsync(string fixture = "valid", string? theme = null)
    {
        var preview = new RunningPreview(TempSite.CopyOf(fixture), theme ?? Repository.Theme);
        preview.Host = await PreviewHost.StartAsync(preview.Options, preview.output, preview.errors);
        preview.Client = new HttpClient { BaseAddress = new Uri(preview.Host.Url), Timeout = Timeout };
        return preview;
    }

    public Task<string> GetAsync(string path) => Client.GetStringAsync(path);

    public async Task<JsonElement> StatusAsync() =>
        JsonDocument.Parse(await Client.GetStringAsync(PreviewPaths.Status)).RootElement.Clone();

    public async Task<EventStream> EventsAsync()
    {
        var stream = await EventStream.OpenAsync(Client, PreviewPaths.Events);
        await stream.NextAsync("hej");
        return stream;
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (Host is not null) await Host.DisposeAsync();
        Site.Dispose();
    }
}

/// <summary>Reads a Server-Sent Events stream in the background; each message can be awaited with a timeout.</summary>
public sealed class EventStream : IAsyncDisposable
{
    private readonly Channel<(string Name, JsonElement Data)> messages = Channel.CreateUnbounded<(string, JsonElement)>();
    private readonly CancellationTokenSource stop = new();
    private readonly HttpResponseMessage response;
    private readonly Task reading;

    private EventStream(HttpResponseMessage response)
    {
        this.response = response;
        reading = Task.Run(ReadAsync);
    }

    public static async Task<EventStream> OpenAsync(HttpClient client, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        return new EventStream(response);
    }

    /// <summary>The next message with this event name that satisfies <paramref name="match"/>; fails after the timeout.</summary>
    public async Task<JsonElement> NextAsync(string name, Func<JsonElement, bool>? match = null)
    {
        using var timeout = new CancellationTokenSource(RunningPreview.Timeout);
        try
        {
            while (true)
            {
                var (eventName, data) = await messages.Reader.ReadAsync(timeout.Token);
                if (eventName == name && (match is null || match(data))) return data;
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"no '{name}' event within {RunningPreview.Timeout.TotalSeconds} s");
        }
    }

    private async Task ReadAsync()
    {
        try
        {
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(stop.Token));
            string? name = null;
            while (await reader.ReadLineAsync(stop.Token) is { } line)
            {
                if (line.StartsWith("event: ", StringComparison.Ordinal)) name = line["event: ".Length..];
                else if (line.StartsWith("data: ", StringComparison.Ordinal) && name is not null)
                    messages.Writer.TryWrite((name, JsonDocument.Parse(line["data: ".Length..]).RootElement.Clone()));
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or HttpRequestException)
        {
            // Disposed, or the server stopped: the stream simply ends.
        }
        messages.Writer.TryComplete();
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        response.Dispose();
        await reading;
        stop.Dispose();
    }
}

public static class BuildEvents
{
    /// <summary>Whether a build event says this address changed.</summary>
    public static bool Changed(this JsonElement build, string url) =>
        build.GetProperty("sidor").EnumerateArray().Any(u => u.GetString() == url);

    public static bool Succeeded(this JsonElement build) => build.GetProperty("lyckades").GetBoolean();

    public static bool Complete(this JsonElement build) => build.GetProperty("klar").GetBoolean();
}
