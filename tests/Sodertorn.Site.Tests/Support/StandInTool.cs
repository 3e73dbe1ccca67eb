namespace Sodertorn.Site.Tests.Support;

/// <summary>
/// Stand-ins for the programs the build starts (npm, node, dotnet, curl): shell scripts put on a private search path, so
/// a test sees exactly what the build asked of them and needs no network.
/// </summary>
public static class StandInTool
{
    /// <summary>Writes <paramref name="body"/> to <paramref name="path"/> as an executable script for <paramref name="shell"/>.</summary>
    public static void Write(string path, string body, string shell = "/bin/sh")
    {
        File.WriteAllText(path, $"#!{shell}\n" + body.Replace("\r\n", "\n", StringComparison.Ordinal));
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }
}
