using Sodertorn.Site.Pipeline;

namespace Sodertorn.Site.Tests.Support;

/// <summary>A throw-away site folder: write input files, build with the real theme, read the output.</summary>
public sealed class TempSite : IDisposable
{
    public const string BaseUrl = "https://example.test";

    /// <summary>The date a test build takes as today: after every meeting of the fixtures, so none is still to come.</summary>
    public static readonly DateOnly Today = new(2030, 6, 1);

    public TempSite()
        : this(Path.Combine(Path.GetTempPath(), "sodertorn-test-" + Guid.NewGuid().ToString("N")))
    {
    }

    internal TempSite(string root)
    {
        Root = root;
        Directory.CreateDirectory(Input);
    }

    public string Root { get; }

    public string Input => Path.Combine(Root, "input");

    public string Output => Path.Combine(Root, "output");

    /// <summary>A copy of a fixture folder's input/ (or of the real input/ with null).</summary>
    public static TempSite CopyOf(string? fixture)
    {
        var site = new TempSite();
        var source = fixture is null ? Repository.Input : Path.Combine(Repository.Fixtures, fixture, "input");
        CopyDirectory(source, site.Input);
        return site;
    }

    public TempSite Write(string relativePath, string text)
    {
        var path = Path.Combine(Input, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.Replace("\r\n", "\n"));
        return this;
    }

    public TempSite WriteBytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Input, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return this;
    }

    /// <summary>
    /// How tests build: the repository's theme (unless <paramref name="theme"/> names another), <see cref="BaseUrl"/>,
    /// <see cref="Today"/>, and no search index unless <paramref name="searchIndex"/> asks for one: Pagefind takes as
    /// long as the rest of a small build, and only tests about search read the index.
    /// </summary>
    public BuildOptions Options(bool strict = false, string? theme = null, bool searchIndex = false) =>
        new(Input, theme ?? Repository.Theme, Output, BaseUrl, strict, Today) { BuildSearchIndex = searchIndex };

    /// <inheritdoc cref="Options"/>
    public BuildResult Build(bool strict = false, string? theme = null, bool searchIndex = false) =>
        new BuildPipeline(Options(strict, theme, searchIndex)).Run();

    public string ReadOutput(string relativePath) => File.ReadAllText(Path.Combine(Output, relativePath));

    public static void CopyDirectory(string from, string to, bool overwrite = false)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite);
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
    }
}
