using System.CommandLine;

namespace Sodertorn.Site.Cli;

/// <summary>The command line: verbs and their options. `build` is also what runs when no verb is given.</summary>
public static class Application
{
    public static int Run(string[] args, TextWriter output, TextWriter errors)
    {
        var root = new RootCommand("Bygger Södertörnskommunernas webbplats från Markdown i input/.");
        BuildCommand.AddOptions(root);
        root.SetAction(parse => BuildCommand.Run(parse, output, errors));
        root.Subcommands.Add(BuildCommand.Create(output, errors));
        root.Subcommands.Add(NewCommand.Create(output, errors));
        root.Subcommands.Add(ImportCommand.Create(output, errors));
        root.Subcommands.Add(PreviewCommand.Create(output, errors));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) errors.WriteLine($"fel i kommandoraden: {error.Message}");
            errors.WriteLine("Se 'dotnet run --project src/Sodertorn.Site -- --help'.");
            return ExitCodes.UsageError;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = errors });
    }
}
