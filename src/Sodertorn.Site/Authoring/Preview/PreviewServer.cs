using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Sodertorn.Site.Authoring.Preview;

/// <summary>
/// Kestrel on 127.0.0.1 only: the preview folder as static files, every HTML response with the preview
/// script added, and the script's three addresses under /__forhandsgranskning/ (the script, the event
/// stream and the status). Nothing else of ASP.NET Core is used.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly PhysicalFileProvider files;
    private readonly Cms.BackendProxy? cms;

    private PreviewServer(WebApplication app, PhysicalFileProvider files, string url, Cms.BackendProxy? cms)
    {
        this.app = app;
        this.files = files;
        this.cms = cms;
        Url = url;
    }

    /// <summary>The address the server listens at, e.g. "http://127.0.0.1:8080".</summary>
    public string Url { get; }

    /// <summary>Fires when the host stops by itself (Ctrl+C reaches ASP.NET Core's console lifetime too).</summary>
    public CancellationToken Stopping => app.Lifetime.ApplicationStopping;

    /// <param name="status">The latest outcome, read on each status request.</param>
    /// <param name="cmsBackend">decap-server's address (`preview --cms`): /admin/api/v1 is forwarded to it.</param>
    public static async Task<PreviewServer> StartAsync(string folder, int port, EventHub hub, Func<BuildOutcome?> status,
        SearchOnDemand search, string? cmsBackend = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            // The host reads appsettings.json from its content root and would watch it: point it at the site
            // folder (which has none) and turn the watching off, so only our own watcher runs.
            ContentRootPath = folder,
            Args = ["--hostBuilder:reloadConfigOnChange=false"],
        });
        builder.Logging.ClearProviders();
        builder.Services.Configure<ConsoleLifetimeOptions>(o => o.SuppressStatusMessages = true);
        // Open event streams end when the host stops; nothing else can hold the shutdown up for long.
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(3));
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var provider = new PhysicalFileProvider(folder);
        var instance = Guid.NewGuid().ToString("N");

        app.Map(PreviewPaths.Prefix, own => own.Run(context => context.Request.Path.Value switch
        {
            "/skript.js" => Script(context),
            "/status" => Json(context, StatusJson.Status(status())),
            "/handelser" => Events(context, hub, StatusJson.Hello(instance, status()), app.Lifetime.ApplicationStopping),
            _ => NotFound(context, null),
        }));
        var cms = cmsBackend is null ? null : new Cms.BackendProxy(cmsBackend);
        if (cms is not null) app.Map(Site.Cms.CmsConfig.LocalBackendPath, backend => backend.Run(cms.ForwardAsync));
        app.Use(HtmlInjection.InvokeAsync);
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments(SearchOnDemand.Prefix.TrimEnd('/'), StringComparison.Ordinal))
                await search.EnsureIndexedAsync(context.RequestAborted);
            await next(context);
        });
        app.Use(async (context, next) =>
        {
            // A file's address with a slash after it ("/om/index.html/", as a hand-typed link may have) names a folder that
            // is a file: the static files answered 500 with an empty page. It is a page that does not exist.
            if (context.Request.Path.Value is { Length: > 1 } path && path.EndsWith('/')
                && provider.GetFileInfo(path.TrimEnd('/')) is { Exists: true, IsDirectory: false })
            {
                await NotFound(context, Path.Combine(folder, "404.html"));
                return;
            }
            await next(context);
        });
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = provider });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = provider,
            ServeUnknownFileTypes = true,
            ContentTypeProvider = ContentTypes,
            // Every file may change with the next save: the browser asks again each time (and gets 304 if it did not).
            OnPrepareResponse = prepared => prepared.Context.Response.Headers.CacheControl = "no-cache",
        });
        app.Run(context => NotFound(context, Path.Combine(folder, "404.html")));

        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            provider.Dispose();
            cms?.Dispose();
            throw;
        }
        var url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new PreviewServer(app, provider, url.TrimEnd('/'), cms);
    }

    /// <summary>ASP.NET Core's types, and YAML (the CMS's /admin/config.yml), which Decap expects as such.</summary>
    private static readonly Microsoft.AspNetCore.StaticFiles.FileExtensionContentTypeProvider ContentTypes = new()
    {
        Mappings = { [".yml"] = "text/yaml; charset=utf-8" },
    };

    /// <summary>The preview's own script, compiled into the tool: it is never part of a theme or a published site.</summary>
    private static readonly byte[] ScriptBytes = ReadScript();

    private static byte[] ReadScript()
    {
        using var stream = typeof(PreviewServer).Assembly.GetManifestResourceStream(PreviewPaths.ScriptResource)
            ?? throw new InvalidOperationException($"the resource {PreviewPaths.ScriptResource} is missing from the build");
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }

    private static async Task Script(HttpContext context)
    {
        context.Response.ContentType = "text/javascript; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.Body.WriteAsync(ScriptBytes, context.RequestAborted);
    }

    private static Task Json(HttpContext context, string json)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync(json, context.RequestAborted);
    }

    /// <summary>One Server-Sent Events stream per open tab, until the tab closes or the preview stops.</summary>
    private static async Task Events(HttpContext context, EventHub hub, string hello, CancellationToken stopping)
    {
        context.Response.ContentType = "text/event-stream; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        using var subscription = hub.Subscribe();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            // "retry": a tab reconnects within a second after the preview restarts; "hej" says which rebuild
            // the preview is at, so a tab that missed events while disconnected knows to reload.
            await context.Response.WriteAsync($"retry: 1000\nevent: hej\ndata: {hello}\n\n", stop.Token);
            await context.Response.Body.FlushAsync(stop.Token);
            await foreach (var message in subscription.Messages.ReadAllAsync(stop.Token))
            {
                await context.Response.WriteAsync(message.Text, stop.Token);
                await context.Response.Body.FlushAsync(stop.Token);
                message.Delivered();
            }
        }
        catch (OperationCanceledException)
        {
            // The tab closed or the preview is stopping: the stream simply ends.
        }
    }

    private static async Task NotFound(HttpContext context, string? page)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        context.Response.Headers.CacheControl = "no-store";
        if (page is not null && File.Exists(page))
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.SendFileAsync(page, context.RequestAborted);
            return;
        }
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync("Sidan finns inte i förhandsgranskningen.", Encoding.UTF8, context.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        files.Dispose();
        cms?.Dispose();
    }
}
