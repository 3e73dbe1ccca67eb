namespace Sodertorn.Site.Tests.Support;

/// <summary>Paths in the repository, found from the test binary so tests run from any working directory.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Input => Path.Combine(Root, "input");

    public static string Theme => Path.Combine(Root, "theme");

    public static string Fixtures => Path.Combine(Root, "tests", "Sodertorn.Site.Tests", "Fixtures");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Sodertorn.Site.sln"))) return dir.FullName;
        throw new InvalidOperationException("Sodertorn.Site.sln not found above the test binary");
    }
}
