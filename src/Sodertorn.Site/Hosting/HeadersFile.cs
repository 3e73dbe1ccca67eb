using System.Text;
using Sodertorn.Site.Output;

namespace Sodertorn.Site.Hosting;

/// <summary>
/// _headers, read by Netlify from the published folder: the Content-Security-Policy of every published path but
/// /admin/, one rule per top-level folder or file the build writes.
///
/// Why not one rule for "/*" in netlify.toml, as before /admin/: Netlify applies every rule that matches a path, and two
/// policies for one response are both enforced, so the stricter one wins. Decap CMS cannot run under the site's policy
/// (it evaluates code and injects styles), and a rule for /admin/* could only add restrictions to one for "/*". So no
/// rule may match both a page and /admin/, and Netlify's patterns cannot leave a folder out; the build knows every
/// folder it writes (the route table, the generators, the pages authors add), so it lists them. netlify.toml sets the
/// headers that are the same everywhere for "/*", and the policy of /admin/* (docs/cms.md).
/// </summary>
public sealed class HeadersFile(Func<IReadOnlySet<string>> reservedNames) : IOutputGenerator
{
    public const string File = "_headers";

    /// <summary>What the folders named here are excluded for: they have a policy of their own in netlify.toml.</summary>
    public static readonly IReadOnlyList<string> OwnPolicy = [Cms.CmsGenerator.Folder];

    public string Root => File;

    public bool ReadsPages => true;

    public IEnumerable<OutputFile> Generate(GeneratorContext context) =>
        [For(reservedNames().Concat(context.Pages.Select(p => p.OutputPath)))];

    /// <summary>The file for a site of these top-level names or paths (a page's "om/index.html" names "om").</summary>
    public static OutputFile For(IEnumerable<string> paths)
    {
        var text = new StringBuilder();
        text.AppendLine("# Written by the build (src/Sodertorn.Site/Hosting/HeadersFile.cs): the Content-Security-Policy of the site's pages");
        text.AppendLine("# and files, one rule per top-level folder or file, none for /admin/ (netlify.toml gives it its own).");
        foreach (var pattern in Patterns(paths))
        {
            text.AppendLine(pattern);
            text.Append("  Content-Security-Policy: ").AppendLine(SecurityPolicy.Site);
        }
        return new OutputFile(File, text.ToString());
    }

    /// <summary>"/", then "/name" for a top-level file and "/name/*" for a folder, in a fixed order.</summary>
    public static IEnumerable<string> Patterns(IEnumerable<string> paths)
    {
        var names = new SortedSet<string>(paths.Select(p => p.Split('/')[0]), StringComparer.Ordinal);
        names.ExceptWith(OwnPolicy);
        names.Remove(File);
        names.Add("index.html");
        yield return "/";
        foreach (var name in names) yield return name.Contains('.') ? "/" + name : $"/{name}/*";
    }
}
