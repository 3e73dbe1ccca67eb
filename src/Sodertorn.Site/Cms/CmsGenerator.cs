using System.Text.Json;
using Sodertorn.Site.Output;

namespace Sodertorn.Site.Cms;

/// <summary>
/// /admin/: Decap CMS, self-hosted. The pinned bundle from Cms/node_modules (no CDN: the site's pages may load nothing
/// from another origin, and /admin/ follows the same rule), the site's own scripts for it from Cms/admin/, config.yml made
/// from the site (<see cref="CmsConfig"/>) and ids.json, every id a link may point to, for the editor's id picker.
/// Not a page: it is in neither the sitemap nor the search index, and it asks not to be indexed (index.html and the
/// X-Robots-Tag of its header rule in netlify.toml).
/// </summary>
public sealed class CmsGenerator : IOutputGenerator
{
    public const string Folder = "admin";

    /// <summary>The site's scripts and styles for the CMS, copied as they are.</summary>
    public static readonly IReadOnlyList<string> OwnFiles =
        ["index.html", "init.js", "cms.js", "format.js", "components.js", "picker.js", "preview.js", "admin.css", "preview.css"];

    public string Root => Folder;

    private static string Tools => CmsInstallation.DefaultFolder;

    public IEnumerable<OutputFile> Generate(GeneratorContext context)
    {
        if (!CmsInstallation.Ensure(Tools, context.Diagnostics, context.Progress)) return [];
        var files = new List<OutputFile>
        {
            new($"{Folder}/config.yml", CmsConfig.Text(context.Site, CmsBackend.Read(Tools))),
            OutputFile.Streamed($"{Folder}/ids.json", stream => WriteIds(context.Site.Index, stream)),
            // The site's scripts and the browser build of yaml are ES modules in .js files; this makes Node read them so too
            // (the tests run format.js and components.js over input/).
            new($"{Folder}/package.json", "{\"type\": \"module\", \"private\": true}\n"),
        };
        files.AddRange(OwnFiles.Select(name => Copy(Path.Combine(Tools, "admin", name), $"{Folder}/{name}")));
        var decap = Path.Combine(Tools, "node_modules", "decap-cms", "dist");
        // The bundle, the chunks it loads on demand, and its licence; not the source maps (66 MB) or the build without React.
        files.AddRange(Directory.GetFiles(decap)
            .Where(f => Path.GetFileName(f) is var n && (n.EndsWith("decap-cms.js", StringComparison.Ordinal) || n == "decap-cms.js.LICENSE.txt" || n.EndsWith(".wasm", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal)
            .Select(f => Copy(f, $"{Folder}/{Path.GetFileName(f)}")));
        var yaml = Path.Combine(Tools, "node_modules", "yaml", "browser", "dist");
        files.AddRange(Directory.GetFiles(yaml, "*.js", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => Copy(f, $"{Folder}/yaml/{Path.GetRelativePath(yaml, f).Replace('\\', '/')}")));
        return files;
    }

    private static OutputFile Copy(string source, string path) => OutputFile.CopyOf(path, source);

    /// <summary>
    /// Every id a link may point to, with its title: published documents and parts, and declared unpublished ones. Written
    /// into the file as it is made: with thousands of meetings it is megabytes, which a string (and the buffers it was
    /// built in) would make the build hold at once, on the large-object heap.
    /// </summary>
    internal static void WriteIds(Linking.IdentifierIndex index, Stream stream)
    {
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var id in index.Ids.Order(StringComparer.Ordinal))
            {
                if (index.Find(id) is not { Draft: false } entry) continue;
                json.WriteStartObject();
                json.WriteString("id", entry.Id);
                json.WriteString("titel", entry.Title);
                json.WriteBoolean("publicerad", entry.Published);
                json.WriteEndObject();
                // The writer keeps what it wrote until it is flushed.
                if (json.BytesPending > FlushAt) json.Flush();
            }
            json.WriteEndArray();
        }
        stream.WriteByte((byte)'\n');
    }

    private const int FlushAt = 1 << 14;
}
