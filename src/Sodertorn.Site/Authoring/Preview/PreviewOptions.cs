namespace Sodertorn.Site.Authoring.Preview;

/// <summary>What a preview reads, the folder it serves its own copy of the site from, and where it listens.</summary>
/// <param name="Folder">The preview's site folder: never output/, so a preview cannot replace the published build.</param>
/// <param name="Port">The loopback port; 0 takes any free one (tests).</param>
public sealed record PreviewOptions(string Input, string Theme, string Folder, int Port, DateOnly Today)
{
    public const int DefaultPort = 8080;

    /// <summary>Matched by .gitignore's output.*/ and removed again when the preview stops.</summary>
    public const string DefaultFolder = "output.preview";

    /// <summary>How long the watcher waits for a burst of events (an editor's save is several) to end.</summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>decap-server's address when the CMS runs beside the preview (`preview --cms`); null without it.</summary>
    public string? CmsBackend { get; init; }
}

/// <summary>The preview's own addresses and the script tag it adds to every HTML page it serves.</summary>
public static class PreviewPaths
{
    public const string Prefix = "/__forhandsgranskning";
    public const string Script = Prefix + "/skript.js";
    public const string Events = Prefix + "/handelser";
    public const string Status = Prefix + "/status";

    /// <summary>Authoring/Preview/forhandsgranskning.js, compiled into the tool as a resource (Sodertorn.Site.csproj).</summary>
    public const string ScriptResource = "Sodertorn.Site.Authoring.Preview.forhandsgranskning.js";

    public const string ScriptTag = "<script src=\"" + Script + "\"></script>";

    /// <summary>Adds the script tag before the last &lt;/body&gt;, or at the end of a page that has none.</summary>
    public static string Inject(string html)
    {
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html + ScriptTag : string.Concat(html.AsSpan(0, end), ScriptTag, html.AsSpan(end));
    }
}
