using Sodertorn.Site.Cli;

namespace Sodertorn.Site.Tests.Support;

/// <summary>Runs the command line in-process, as a user would type it, capturing what it prints.</summary>
public static class CommandLine
{
    public static (int Code, string Output, string Errors) Run(params string[] args)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var code = Application.Run(args, output, errors);
        return (code, output.ToString(), errors.ToString());
    }
}
