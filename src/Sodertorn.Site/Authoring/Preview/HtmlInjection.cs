using System.Text;
using Microsoft.AspNetCore.Http;

namespace Sodertorn.Site.Authoring.Preview;

/// <summary>
/// Adds the preview script to every HTML response the preview serves (pages and the 404 page). The files in
/// the folder stay exactly what the build writes; only what goes over the wire in preview differs.
/// </summary>
public static class HtmlInjection
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        // Not into the CMS: its saves rebuild the site, and a reload would throw the author out of the editor.
        if (context.Request.Path.StartsWithSegments("/" + Site.Cms.CmsGenerator.Folder, StringComparison.Ordinal))
        {
            await next(context);
            return;
        }
        // A byte range of a page would be cut before the script is added: pages are always sent whole.
        context.Request.Headers.Remove("Range");
        var body = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = body;
        }

        if (buffer.Length > 0 && context.Response.ContentType is { } type && type.StartsWith("text/html", StringComparison.OrdinalIgnoreCase))
        {
            var html = Utf8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
            var bytes = Utf8.GetBytes(PreviewPaths.Inject(html));
            context.Response.ContentLength = bytes.Length;
            await body.WriteAsync(bytes, context.RequestAborted);
            return;
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(body, context.RequestAborted);
    }
}
