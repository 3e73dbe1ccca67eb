using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Sodertorn.Site.Tools;

namespace Sodertorn.Site.Authoring.Cms;

/// <summary>
/// decap-server, Decap CMS's local backend, pinned in Cms/package.json: it reads and writes the files of one folder (the
/// project, which holds input/) for the CMS at /admin/ on this machine. Started on 127.0.0.1 at a free port in its
/// file-system mode (a save writes the file at once, so the running preview rebuilds it; no git branches are made);
/// stopped with this object. The preview forwards /admin/api/v1 to it (Cms/CmsConfig.LocalBackendPath).
/// </summary>
public sealed class DecapServer : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private readonly Process process;

    private DecapServer(Process process, string url)
    {
        this.process = process;
        Url = url;
    }

    /// <summary>Its API's address, e.g. "http://127.0.0.1:43121/api/v1".</summary>
    public string Url { get; }

    /// <param name="repository">The folder whose files the CMS edits: the one that holds input/ (the config's folders start with input/).</param>
    /// <param name="tools">Cms/ with node_modules, installed (Site/Cms/CmsInstallation).</param>
    public static async Task<DecapServer> StartAsync(string repository, string tools, CancellationToken cancel = default)
    {
        var node = ToolProcess.Find("node") ?? throw new InvalidOperationException("Node.js saknas: installera Node.js (Debian/Ubuntu: apt-get install nodejs npm)");
        var script = Path.Combine(tools, "node_modules", "decap-server", "dist", "index.js");
        if (!File.Exists(script)) throw new InvalidOperationException($"decap-server saknas i {tools}: kör ett bygge först, det installerar det");
        var port = FreePort();
        var start = new ProcessStartInfo(node)
        {
            WorkingDirectory = repository,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(script);
        start.Environment["PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["BIND_HOST"] = "127.0.0.1";
        start.Environment["MODE"] = "fs";
        start.Environment["GIT_REPO_DIRECTORY"] = Path.GetFullPath(repository);
        start.Environment["LOG_LEVEL"] = "warn";
        var process = Process.Start(start) ?? throw new InvalidOperationException("decap-server kunde inte startas");
        var log = new StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new DecapServer(process, $"http://127.0.0.1:{port}/api/v1");
        try
        {
            await server.WaitUntilAnsweringAsync(cancel);
        }
        catch
        {
            await server.DisposeAsync();
            string text;
            lock (log) text = log.ToString().Trim();
            throw new InvalidOperationException($"decap-server svarade inte: {text}");
        }
        return server;
    }

    private async Task WaitUntilAnsweringAsync(CancellationToken cancel)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (true)
        {
            cancel.ThrowIfCancellationRequested();
            if (process.HasExited) throw new InvalidOperationException("decap-server avslutades");
            try
            {
                using var answer = await client.PostAsync(Url, new StringContent("{\"action\":\"info\"}", Encoding.UTF8, "application/json"), cancel);
                if (answer.StatusCode == HttpStatusCode.OK) return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancel.IsCancellationRequested)
            {
                // Not listening yet.
            }
            if (DateTime.UtcNow > deadline) throw new TimeoutException("decap-server svarade inte inom 30 sekunder");
            await Task.Delay(100, cancel);
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }
        catch (InvalidOperationException)
        {
            // It had already exited.
        }
        process.Dispose();
    }
}
