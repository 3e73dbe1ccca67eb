using System.CommandLine;
using Sodertorn.Site.Pipeline;

namespace Sodertorn.Site.Cli;

/// <summary>The command line: verbs and their options. `build` is also what runs when no verb is given.</summary>
public static class Application
{
    /// <summary>Details for developers: the exceptions behind internal errors. Authors never need it.</summary>
    public static readonly Option<bool> Verbose = new("--verbose")
    {
        Description = "Visa tekniska detaljer (stackspår) för interna fel, till utvecklarna",
        Recursive = true,
    };

    public static int Run(string[] args, TextWriter output, TextWriter errors)
    {
        var root = new RootCommand("Bygger Södertörnskommunernas webbplats från Markdown i input/.");
        root.Options.Add(Verbose);
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
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = errors, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e)
        {
            return InternalError(e, parsed.GetValue(Verbose), errors);
        }
    }

    /// <summary>
    /// The last resort, for a fault of the generator rather than of the content (content problems are diagnostics): one
    /// Swedish line that says what failed and what to do, exit code 3; the stack trace only with --verbose.
    /// </summary>
    public static int InternalError(Exception e, bool verbose, TextWriter errors)
    {
        var (what, cause) = e is StageFailedException stage ? ($"i steget '{stage.Stage}'", stage.InnerException!) : ("", e);
        errors.WriteLine($"Internt fel i generatorn {what} ({cause.GetType().Name}: {cause.Message}). Webbplatsen i output/ har inte ändrats. " +
                         "Det är inte ett fel i innehållet: skicka den här raden, kommandot och vilka filer du ändrade till utvecklarna (med --verbose visas detaljerna).");
        if (verbose) errors.WriteLine(e.ToString());
        return ExitCodes.InternalError;
    }
}
