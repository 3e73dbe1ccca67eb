namespace Sodertorn.Site.Hosting;

/// <summary>The Content-Security-Policy of the site's pages, as HeadersFile writes it into _headers.</summary>
public static class SecurityPolicy
{
    /// <summary>
    /// Only this site's own files: no inline script or style, no third-party requests. 'wasm-unsafe-eval' lets Pagefind
    /// (the search) compile its WebAssembly; its worker and index files load from /pagefind/ (script-src and connect-src 'self').
    /// </summary>
    public const string Site =
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
}
