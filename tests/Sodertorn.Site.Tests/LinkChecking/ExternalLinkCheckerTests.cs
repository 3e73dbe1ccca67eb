using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Sodertorn.Site.LinkChecking;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.LinkChecking;

/// <summary>
/// Every request goes to a server on 127.0.0.1 started per test; retry waits go through a fake clock that
/// records them and returns at once, so the class runs in a few seconds and never touches a real host.
/// </summary>
public sealed class ExternalLinkCheckerTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly LoopbackServer server = new();
    private readonly HttpClient client = new(new SocketsHttpHandler { UseProxy = false });
    private readonly FakeTime time = new(Start);
    private readonly string temp = Path.Combine(Path.GetTempPath(), "sodertorn-extlink-" + Guid.NewGuid().ToString("N"));

    private string CacheFile => Path.Combine(temp, "cache", "externa-lankar.json");

    public void Dispose()
    {
        client.Dispose();
        server.Dispose();
        if (Directory.Exists(temp)) Directory.Delete(temp, recursive: true);
    }

    private static ExternalCheckOptions Options(string? cacheFile = null) =>
        ExternalCheckOptions.Default(cacheFile) with { Timeout = TimeSpan.FromSeconds(5) };

    private Task<IReadOnlyList<ExternalLinkResult>> Check(ExternalCheckOptions options, params string[] urls) =>
        new ExternalLinkChecker(client, options, time).CheckAsync(urls);

    [Fact]
    public async Task Ok_page_is_ok_and_results_follow_the_distinct_input_order()
    {
        server.On("/a", (_, _) => new Reply(200));
        server.On("/b", (_, _) => new Reply(204));

        var results = await Check(Options(), server.Url("/b"), server.Url("/a"), server.Url("/b"));

        Assert.Equal([server.Url("/b"), server.Url("/a")], results.Select(r => r.Url));
        Assert.All(results, r => Assert.True(r.Ok && r.Error is null && !r.FromCache));
        Assert.Equal([204, 200], results.Select(r => r.StatusCode));
        Assert.Equal(["HEAD /a", "HEAD /b"], server.Log.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Not_found_is_not_ok_and_not_retried()
    {
        server.On("/saknas", (_, _) => new Reply(404));

        var result = Assert.Single(await Check(Options(), server.Url("/saknas")));

        Assert.Equal((false, 404, "svarade 404: sidan finns inte"), (result.Ok, result.StatusCode, result.Error));
        Assert.Equal(1, server.Count("/saknas"));
        Assert.Empty(time.Delays);
    }

    [Theory]
    [InlineData(405)]
    [InlineData(501)]
    public async Task Head_refused_falls_back_to_get(int headStatus)
    {
        server.On("/bara-get", (method, _) => new Reply(method == "HEAD" ? headStatus : 200));

        var result = Assert.Single(await Check(Options(), server.Url("/bara-get")));

        Assert.Equal((true, 200), (result.Ok, result.StatusCode));
        Assert.Equal(["HEAD /bara-get", "GET /bara-get"], server.Log);
    }

    [Fact]
    public async Task Redirect_to_an_ok_page_is_ok()
    {
        server.On("/gammal", (_, _) => new Reply(301, Location: "/ny"));
        server.On("/ny", (_, _) => new Reply(200));

        var result = Assert.Single(await Check(Options(), server.Url("/gammal")));

        Assert.Equal((true, 200), (result.Ok, result.StatusCode));
    }

    [Fact]
    public async Task Server_error_then_ok_is_ok_after_one_retry_with_backoff()
    {
        server.On("/ostadig", (_, n) => new Reply(n == 1 ? 503 : 200));

        var result = Assert.Single(await Check(Options(), server.Url("/ostadig")));

        Assert.Equal((true, 200), (result.Ok, result.StatusCode));
        Assert.Equal(2, server.Count("/ostadig"));
        Assert.Equal([TimeSpan.FromMilliseconds(200)], time.Delays);
    }

    [Fact]
    public async Task Lasting_server_error_gives_up_after_max_retries_with_doubling_backoff()
    {
        server.On("/trasig", (_, _) => new Reply(500));

        var result = Assert.Single(await Check(Options() with { MaxRetries = 2 }, server.Url("/trasig")));

        Assert.Equal((false, 500, "svarade 500: fel på servern"), (result.Ok, result.StatusCode, result.Error));
        Assert.Equal(3, server.Count("/trasig"));
        Assert.Equal([TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(400)], time.Delays);
    }

    [Theory]
    [InlineData("1", 1)]
    [InlineData("3600", 30)] // capped
    [InlineData("date+5", 5)]
    public async Task Too_many_requests_waits_what_retry_after_says(string retryAfter, int expectedSeconds)
    {
        var header = retryAfter == "date+5" ? Start.AddSeconds(5).ToString("r", CultureInfo.InvariantCulture) : retryAfter;
        server.On("/upptagen", (_, n) => n == 1 ? new Reply(429, RetryAfter: header) : new Reply(200));

        var result = Assert.Single(await Check(Options(), server.Url("/upptagen")));

        Assert.True(result.Ok);
        Assert.Equal(2, server.Count("/upptagen"));
        Assert.Equal([TimeSpan.FromSeconds(expectedSeconds)], time.Delays);
    }

    [Fact]
    public async Task Server_that_never_answers_times_out_after_the_retries()
    {
        server.On("/tyst", (_, _) => new Reply(200, Hold: TimeSpan.FromSeconds(20)));

        var options = Options() with { Timeout = TimeSpan.FromMilliseconds(300), MaxRetries = 2 };
        var sent = new SentRequests(new SocketsHttpHandler { UseProxy = false });
        using var counted = new HttpClient(sent);
        var result = Assert.Single(await new ExternalLinkChecker(counted, options, time).CheckAsync([server.Url("/tyst")]));

        Assert.Equal((false, (int?)null, "svarade inte inom 300 ms"), (result.Ok, result.StatusCode, result.Error));
        // The first request and two retries, counted as the client sent them: on a busy machine the server may never
        // read a request that the client gave up on 300 ms later (CI once saw 2 of 3 arrive within 5 s).
        Assert.Equal(3, sent.Count);
        Assert.Equal(2, time.Delays.Count);
        Assert.True(await server.CountWhenAsync("/tyst", 1, TimeSpan.FromSeconds(5)) >= 1, "the server was never reached");
    }

    [Fact]
    public async Task Refused_connection_is_retried_and_reported_in_swedish()
    {
        var url = $"http://127.0.0.1:{LoopbackServer.FreePort()}/";

        var result = Assert.Single(await Check(Options() with { MaxRetries = 1 }, url));

        Assert.False(result.Ok);
        Assert.Null(result.StatusCode);
        Assert.StartsWith("kunde inte ansluta: ", result.Error);
        Assert.Single(time.Delays);
    }

    [Fact]
    public async Task At_most_per_host_concurrency_requests_reach_one_host_at_once()
    {
        server.On("/seg", (_, _) => new Reply(200, Hold: TimeSpan.FromMilliseconds(200)));
        var urls = Enumerable.Range(1, 6).Select(i => server.Url($"/seg?n={i}")).ToArray();

        var results = await Check(Options() with { PerHostConcurrency = 2 }, urls);

        Assert.All(results, r => Assert.True(r.Ok));
        Assert.Equal(6, server.Count("/seg"));
        Assert.Equal(2, server.MaxInFlight);
    }

    [Fact]
    public async Task Second_run_uses_the_cache_until_the_entry_is_too_old()
    {
        server.On("/a", (_, _) => new Reply(200));
        server.On("/b", (_, _) => new Reply(200));
        var options = Options(CacheFile);

        await Check(options, server.Url("/b"), server.Url("/a"));
        var second = await Check(options, server.Url("/b"), server.Url("/a"));

        Assert.All(second, r => Assert.True(r is { Ok: true, StatusCode: 200, FromCache: true }));
        Assert.Equal(1, server.Count("/a"));
        var text = File.ReadAllText(CacheFile);
        Assert.True(text.IndexOf(server.Url("/a"), StringComparison.Ordinal) < text.IndexOf(server.Url("/b"), StringComparison.Ordinal), "sorted by URL");
        Assert.Contains("\"checkedAt\": \"2025-03-01T12:00:00Z\"", text);

        time.Advance(options.CacheLifetime + TimeSpan.FromSeconds(1));
        var third = await Check(options, server.Url("/a"));

        Assert.False(Assert.Single(third).FromCache);
        Assert.Equal(2, server.Count("/a"));
    }

    [Fact]
    public async Task Old_and_failed_entries_in_the_cache_file_are_checked_again()
    {
        server.On("/gammal", (_, _) => new Reply(200));
        server.On("/farsk", (_, _) => new Reply(200));
        server.On("/fel", (_, _) => new Reply(200));
        Directory.CreateDirectory(Path.GetDirectoryName(CacheFile)!);
        File.WriteAllText(CacheFile, JsonSerializer.Serialize(new Dictionary<string, object>
        {
            [server.Url("/gammal")] = new { ok = true, status = 200, checkedAt = "2025-02-27T12:00:00Z" },
            [server.Url("/farsk")] = new { ok = true, status = 200, checkedAt = "2025-03-01T11:00:00Z" },
            [server.Url("/fel")] = new { ok = false, status = 404, checkedAt = "2025-03-01T11:00:00Z" },
        }));

        var results = await Check(Options(CacheFile), server.Url("/gammal"), server.Url("/farsk"), server.Url("/fel"));

        Assert.Equal([false, true, false], results.Select(r => r.FromCache));
        Assert.Equal((1, 0, 1), (server.Count("/gammal"), server.Count("/farsk"), server.Count("/fel")));
    }

    [Fact]
    public async Task Failures_are_not_cached()
    {
        server.On("/saknas", (_, _) => new Reply(404));

        await Check(Options(CacheFile), server.Url("/saknas"));
        var second = Assert.Single(await Check(Options(CacheFile), server.Url("/saknas")));

        Assert.False(second.FromCache);
        Assert.Equal(2, server.Count("/saknas"));
        Assert.DoesNotContain("/saknas", File.ReadAllText(CacheFile), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ det här är inte json")]
    [InlineData("")]
    [InlineData("[1, 2]")]
    [InlineData("null")]
    [InlineData("{\"http://127.0.0.1/\": {\"ok\": \"ja\"}}")]
    [InlineData("{\"http://127.0.0.1/\": {\"ok\": true, \"checkedAt\": \"igår\"}}")]
    public async Task Corrupt_cache_file_is_ignored_and_rewritten(string content)
    {
        server.On("/a", (_, _) => new Reply(200));
        Directory.CreateDirectory(Path.GetDirectoryName(CacheFile)!);
        File.WriteAllText(CacheFile, content);

        var result = Assert.Single(await Check(Options(CacheFile), server.Url("/a")));

        Assert.True(result is { Ok: true, FromCache: false });
        using var rewritten = JsonDocument.Parse(File.ReadAllText(CacheFile));
        Assert.True(rewritten.RootElement.TryGetProperty(server.Url("/a"), out _));
    }

    [Fact]
    public async Task Non_http_addresses_are_rejected_without_a_request()
    {
        var handler = new CountingHandler();
        using var offline = new HttpClient(handler);
        string[] urls = ["mailto:kansli@example.org", "ftp://example.org/fil", "file:///etc/passwd", "inte en adress", "//example.org/x"];

        var results = await new ExternalLinkChecker(offline, Options(), time).CheckAsync(urls);

        Assert.Equal(urls, results.Select(r => r.Url));
        Assert.All(results, r => Assert.Equal((false, (int?)null, ExternalLinkChecker.NotHttpError), (r.Ok, r.StatusCode, r.Error)));
        Assert.Equal(0, handler.Calls);
    }

    /// <summary>Counts the requests the client sends, then sends them on.</summary>
    private sealed class SentRequests(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        private int count;

        public int Count => Volatile.Read(ref count);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref count);
            return base.SendAsync(request, cancellationToken);
        }
    }

    private sealed class CountingHandler : HttpMessageHandler
    {
        private int calls;

        public int Calls => Volatile.Read(ref calls);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref calls);
            throw new InvalidOperationException("no request may be sent in this test");
        }
    }


    /// <summary>A clock that only moves when told or when a delay is requested; delays are recorded and end at once.</summary>
    private sealed class FakeTime(DateTimeOffset start) : TimeProvider
    {
        private readonly Lock gate = new();
        private readonly List<TimeSpan> delays = [];
        private DateTimeOffset now = start;

        public IReadOnlyList<TimeSpan> Delays
        {
            get { lock (gate) return [.. delays]; }
        }

        public override DateTimeOffset GetUtcNow()
        {
            lock (gate) return now;
        }

        public void Advance(TimeSpan by)
        {
            lock (gate) now += by;
        }

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = new ImmediateTimer(this, callback, state);
            timer.Change(dueTime, period);
            return timer;
        }

        private void Elapse(TimeSpan delay)
        {
            lock (gate)
            {
                delays.Add(delay);
                now += delay;
            }
        }

        // Task.Delay creates the timer disabled and then calls Change, so the firing happens in Change.
        private sealed class ImmediateTimer(FakeTime owner, TimerCallback callback, object? state) : ITimer
        {
            public bool Change(TimeSpan dueTime, TimeSpan period)
            {
                if (dueTime == Timeout.InfiniteTimeSpan) return true;
                owner.Elapse(dueTime);
                ThreadPool.QueueUserWorkItem(_ => callback(state));
                return true;
            }

            public void Dispose()
            {
            }

            public ValueTask DisposeAsync() => ValueTask.CompletedTask;
        }
    }
}
