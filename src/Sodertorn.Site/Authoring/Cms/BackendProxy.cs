using Microsoft.AspNetCore.Http;

namespace Sodertorn.Site.Authoring.Cms;

/// <summary>
/// Forwards the CMS's requests to /admin/api/v1 to decap-server, so that the CMS talks only to the origin it was loaded
/// from: its policy needs no other address, and decap-server's own port stays an implementation detail.
/// </summary>
public sealed class BackendProxy(string backend) : IDisposable
{
    private readonly HttpClient client = new() { Timeout = TimeSpan.FromMinutes(2) };

    public async Task ForwardAsync(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }
        using var request = new HttpRequestMessage(HttpMethod.Post, backend) { Content = new StreamContent(context.Request.Body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var answer = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, context.RequestAborted);
        context.Response.StatusCode = (int)answer.StatusCode;
        context.Response.ContentType = answer.Content.Headers.ContentType?.ToString() ?? "application/json";
        context.Response.Headers.CacheControl = "no-store";
        await answer.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
    }

    public void Dispose() => client.Dispose();
}
