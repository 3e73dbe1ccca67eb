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

    /// <summary>
    /// One context per thread and theme, reset between pages (Scriban's <see cref="TemplateContext.Reset"/> makes a
    /// context safe to reuse on its thread). Why: a context caches how it reads each .NET type the models hold
    /// (a Meeting, a PeopleGroup …), found by reflection; a new context per page found them all again for every page.
    /// Its output (<see cref="WordBreakingOutput"/>) also keeps its capacity from page to page instead of growing anew.
    /// </summary>
    [ThreadStatic]
    private static (Theme Owner, TemplateContext Context, WordBreakingOutput Output)? ThreadContext;

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

    public bool HasLayout(string name) => layouts.ContainsKey(name);

    public Template? Partial(string name) => partials.GetValueOrDefault(name);

    /// <summary>
    /// This thread's context for one page, with no globals but the builtins and <paramref name="globals"/>; its include
    /// cache already holds every parsed partial, so no page parses one again. After a render that threw, call
    /// <see cref="DiscardContext"/>: the context may then hold the failed page's scopes.
    /// </summary>
    public TemplateContext NewContext(ScriptObject globals)
    {
        TemplateContext context;
        WordBreakingOutput output;
        if (ThreadContext is { } reused && ReferenceEquals(reused.Owner, this))
        {
            (_, context, output) = reused;
            // Reset also empties the include cache, and removes every output but the context's own.
            context.Reset();
        }
        else
        {
            context = CreateContext();
            output = new WordBreakingOutput();
            ThreadContext = (this, context, output);
        }
        foreach (var (name, template) in partials) context.CachedTemplates[name] = template;
        output.Clear();
        context.PushOutput(output);
        context.PushGlobal(globals);
        return context;
    }

    public static void DiscardContext() => ThreadContext = null;

    private TemplateContext CreateContext()
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
        var dir = Path.Combine(root, "assets");
        if (!Directory.Exists(dir)) return [];
        return Directory.GetFiles(dir, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(file =>
            {
                var name = Path.GetRelativePath(dir, file).Replace('\\', '/');
                var bytes = File.ReadAllBytes(file);
                var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
                var extension = Path.GetExtension(name);
                var url = $"/assets/{name[..^extension.Length]}.{hash}{extension}";
                return new ThemeAsset(name, url, bytes);
            })
            .ToList();
    }
}
