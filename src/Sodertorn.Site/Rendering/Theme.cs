using System.Collections.Concurrent;
using System.Security.Cryptography;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Sodertorn.Site.Diagnostics;

namespace Sodertorn.Site.Rendering;

/// <summary>A theme asset after fingerprinting: served at Url, written with these bytes.</summary>
public sealed record ThemeAsset(string Name, string Url, byte[] Bytes);

/// <summary>
/// theme/: Scriban layouts and partials, parsed once per build and then only read (Scriban templates
/// render concurrently from separate contexts), and assets whose URLs carry a content hash so that
/// they can be cached for a year.
/// </summary>
public sealed class Theme : ITemplateLoader
{
    private readonly Dictionary<string, Template> layouts;
    private readonly Dictionary<string, Template> partials;

    /// <summary>How the contexts of this theme read .NET types, shared by every thread's context (see <see cref="PageContext"/>).</summary>
    private readonly ConcurrentDictionary<Type, IObjectAccessor?> accessors = new();

    private Theme(Dictionary<string, Template> layouts, Dictionary<string, Template> partials, IReadOnlyList<ThemeAsset> assets)
    {
        this.layouts = layouts;
        this.partials = partials;
        Assets = assets;
        AssetUrls = assets.ToDictionary(a => a.Name, a => a.Url, StringComparer.Ordinal);
    }

    /// <summary>
    /// Scriban's builtin functions (string, array, html …), built once: a context made without them builds
    /// the whole library again, which is most of the cost of rendering a small page. Templates only read them.
    /// </summary>
    private static readonly ScriptObject Builtins = TemplateContext.GetDefaultBuiltinObject();

    /// <summary>theme/assets/, published at /assets/.</summary>
    public const string AssetFolder = "assets";

    public IReadOnlyList<ThemeAsset> Assets { get; }

    public IReadOnlyDictionary<string, string> AssetUrls { get; }

    public static Theme Load(string themeRoot, DiagnosticBag diagnostics)
    {
        var root = Path.GetFullPath(themeRoot);
        // Said once here: without it every page would report its layout missing, thousands of times over.
        if (!Directory.Exists(root))
            diagnostics.Error("theme-missing", new SourceLocation(themeRoot), "mappen med mallar och CSS finns inte",
                "kör kommandot från projektets rot, eller ange mappen med --theme");
        return new Theme(
            ParseAll(root, "layouts", diagnostics),
            ParseAll(root, "partials", diagnostics),
            LoadAssets(root));
    }

    public Template? Layout(string name) => layouts.GetValueOrDefault(name);

    public Template? Partial(string name) => partials.GetValueOrDefault(name);

    /// <summary>Every partial, parsed once, put in a context's include cache so that no page parses one again.</summary>
    public void FillIncludeCache(TemplateContext context)
    {
        foreach (var (name, template) in partials) context.CachedTemplates[name] = template;
    }

    /// <summary>A context of this theme, for <see cref="RenderWorkers"/>.</summary>
    public TemplateContext CreateContext()
    {
        // Archive pages loop over every meeting; Scriban's default limits (1 000 iterations, 1 MB of output)
        // are guards for untrusted templates, and ours are the project's own.
        var context = new PageContext(Builtins, accessors)
        {
            TemplateLoader = this,
            StrictVariables = false,
            EnableRelaxedMemberAccess = true,
            LoopLimit = int.MaxValue,
            // A goal page lists every activity of every year; Scriban's 1 MB output cap would cut it off.
            LimitToString = 0,
        };
        return context;
    }

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName;

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new InvalidOperationException($"the partial '{templatePath}' does not exist in theme/partials/");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));

    private static Dictionary<string, Template> ParseAll(string root, string folder, DiagnosticBag diagnostics)
    {
        var result = new Dictionary<string, Template>(StringComparer.Ordinal);
        var dir = Path.Combine(root, folder);
        if (!Directory.Exists(dir)) return result;
        foreach (var file in Directory.GetFiles(dir, "*.sbn").Order(StringComparer.Ordinal))
        {
            var relative = $"theme/{folder}/{Path.GetFileName(file)}";
            var template = Template.Parse(File.ReadAllText(file), relative);
            if (template.HasErrors)
            {
                foreach (var message in template.Messages)
                    diagnostics.Error("template-syntax", new SourceLocation(relative, message.Span.Start.Line + 1, message.Span.Start.Column + 1),
                        $"fel i mallen: {message.Message}", "rätta mallen i theme/");
                continue;
            }
            result[Path.GetFileNameWithoutExtension(file)] = template;
        }
        return result;
    }

    private static List<ThemeAsset> LoadAssets(string root)
    {
        var dir = Path.Combine(root, AssetFolder);
        if (!Directory.Exists(dir)) return [];
        return Directory.GetFiles(dir, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(file =>
            {
                var name = Path.GetRelativePath(dir, file).Replace('\\', '/');
                var bytes = File.ReadAllBytes(file);
                var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
                var extension = Path.GetExtension(name);
                var url = $"/{AssetFolder}/{name[..^extension.Length]}.{hash}{extension}";
                return new ThemeAsset(name, url, bytes);
            })
            .ToList();
    }
}
