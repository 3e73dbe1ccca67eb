using System.CommandLine;
using Sodertorn.Site.Cli;

// The root command builds too, so `dotnet run --project src/Sodertorn.Site` alone builds the site.
var root = new RootCommand("Bygger Södertörnskommunernas webbplats från Markdown i input/.");
BuildCommand.AddOptions(root);
root.SetAction(parse => BuildCommand.Run(parse));
root.Subcommands.Add(BuildCommand.Create());

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors) Console.Error.WriteLine($"fel i kommandoraden: {error.Message}");
    Console.Error.WriteLine("Se 'dotnet run --project src/Sodertorn.Site -- --help'.");
    return ExitCodes.UsageError;
}
return parsed.Invoke();
