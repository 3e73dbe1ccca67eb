using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Sodertorn.Site.Tests.Deploy;

/// <summary>
/// A Content-Security-Policy header, read as a browser applies it to a page (CSP Level 3): directive fallbacks,
/// 'self', scheme and host sources, 'unsafe-inline' and hashes. A source this reader does not know (a nonce,
/// 'strict-dynamic', a path in a host source) throws: the tests must not judge pages by a policy they misread.
/// </summary>
public sealed class ContentSecurityPolicy
{
    private static readonly Dictionary<string, string[]> Fallbacks = new(StringComparer.Ordinal)
    {
        ["script-src-elem"] = ["script-src-elem", "script-src", "default-src"],
        ["script-src-attr"] = ["script-src-attr", "script-src", "default-src"],
        ["style-src-elem"] = ["style-src-elem", "style-src", "default-src"],
        ["style-src-attr"] = ["style-src-attr", "style-src", "default-src"],
        ["frame-src"] = ["frame-src", "child-src", "default-src"],
        ["worker-src"] = ["worker-src", "child-src", "script-src", "default-src"],
        // These three never fall back to default-src.
        ["form-action"] = ["form-action"],
        ["base-uri"] = ["base-uri"],
        ["frame-ancestors"] = ["frame-ancestors"],
    };

    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "'self'", "'none'", "'unsafe-inline'", "'unsafe-eval'", "'wasm-unsafe-eval'", "'unsafe-hashes'",
    };

    private readonly Dictionary<string, IReadOnlyList<string>> directives;

    private ContentSecurityPolicy(Dictionary<string, IReadOnlyList<string>> directives) => this.directives = directives;

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Directives => directives;

    public static ContentSecurityPolicy Parse(string header)
    {
        var directives = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var part in header.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var tokens = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var name = tokens[0].ToLowerInvariant();
            var sources = tokens.Skip(1).ToList();
            foreach (var source in sources) Validate(name, source);
            // A browser ignores a repeated directive; so does this reader, but a policy should not have one.
            if (!directives.TryAdd(name, sources)) throw new FormatException($"the directive {name} appears twice");
        }
        return directives.Count > 0 ? new ContentSecurityPolicy(directives) : throw new FormatException("the policy is empty");
    }

    /// <summary>The source list a browser uses for this kind of request, or null when nothing restricts it.</summary>
    public IReadOnlyList<string>? SourcesFor(string directive)
    {
        var chain = Fallbacks.TryGetValue(directive, out var fallback) ? fallback : [directive, "default-src"];
        foreach (var name in chain)
            if (directives.TryGetValue(name, out var sources)) return sources;
        return null;
    }

    /// <summary>Whether an inline &lt;script&gt; or &lt;style&gt; with this text runs (script-src-elem, style-src-elem).</summary>
    public bool AllowsInlineElement(string directive, string text)
    {
        var sources = SourcesFor(directive);
        if (sources is null) return true;
        if (sources.Contains(HashSource(text))) return true;
        // A hash in the list switches 'unsafe-inline' off.
        return sources.Contains("'unsafe-inline'") && !sources.Any(s => s.StartsWith("'sha", StringComparison.Ordinal));
    }

    /// <summary>Whether an event handler or style attribute with this value applies (script-src-attr, style-src-attr).</summary>
    public bool AllowsInlineAttribute(string directive, string value)
    {
        var sources = SourcesFor(directive);
        if (sources is null) return true;
        if (sources.Contains("'unsafe-hashes'") && sources.Contains(HashSource(value))) return true;
        return sources.Contains("'unsafe-inline'") && !sources.Any(s => s.StartsWith("'sha", StringComparison.Ordinal));
    }

    /// <summary>Whether a request to url, from a page whose origin is self, is allowed by the directive.</summary>
    public bool AllowsUrl(string directive, Uri url, Uri self)
    {
        var sources = SourcesFor(directive);
        if (sources is null) return true;
        return sources.Any(source => Matches(source, url, self));
    }

    public static string HashSource(string text) => $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)))}'";

    private static bool Matches(string source, Uri url, Uri self)
    {
        if (source == "'self'") return SameOrigin(url, self);
        if (source.StartsWith('\'')) return false;
        if (source.EndsWith(':')) return string.Equals(url.Scheme + ":", source, StringComparison.OrdinalIgnoreCase);
        if (source == "*") return url.Scheme is "http" or "https";
        var (scheme, host) = source.Contains("://", StringComparison.Ordinal)
            ? (source[..source.IndexOf("://", StringComparison.Ordinal)], source[(source.IndexOf("://", StringComparison.Ordinal) + 3)..])
            : (null, source);
        if (scheme is not null && !string.Equals(scheme, url.Scheme, StringComparison.OrdinalIgnoreCase)) return false;
        if (scheme is null && url.Scheme is not ("http" or "https")) return false;
        return host.StartsWith("*.", StringComparison.Ordinal)
            ? url.Host.EndsWith(host[1..], StringComparison.OrdinalIgnoreCase)
            : string.Equals(url.Authority, host, StringComparison.OrdinalIgnoreCase);
    }

    public static bool SameOrigin(Uri a, Uri b) =>
        a.IsAbsoluteUri && string.Equals(a.Scheme, b.Scheme, StringComparison.OrdinalIgnoreCase) &&
        string.Equals(a.Host, b.Host, StringComparison.OrdinalIgnoreCase) && a.Port == b.Port;

    private static void Validate(string directive, string source)
    {
        if (directive is "report-uri" or "report-to" or "sandbox" or "upgrade-insecure-requests") return;
        if (Keywords.Contains(source)) return;
        if (source.StartsWith("'sha256-", StringComparison.Ordinal) && source.EndsWith('\'')) return;
        if (Regex.IsMatch(source, "^[a-z][a-z0-9+.-]*:$")) return;
        if (Regex.IsMatch(source, "^([a-z][a-z0-9+.-]*://)?(\\*|(\\*\\.)?[a-z0-9.-]+)(:[0-9]+)?$")) return;
        throw new NotSupportedException($"the source {source} in {directive} is not read by this checker; extend ContentSecurityPolicy");
    }
}
