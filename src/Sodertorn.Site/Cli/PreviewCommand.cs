using System.CommandLine;
using Sodertorn.Site.Pipeline;
using Sodertorn.Site.Authoring.Preview;

namespace Sodertorn.Site.Cli;

/// <summary>`preview`: builds, serves on 127.0.0.1 and rebuilds on every save until Ctrl+C.</summary>
public static class PreviewCommand
{
    public static readonly Option<int> Port = CreatePort();

    public static readonly Option<bool> Cms = new("--cms")
    {
        Description = "Starta också redigeringsverktyget (Decap CMS) på /admin/; det sparar direkt i filerna i input/",
    };

    private static Option<int> CreatePort()
    {
        var option = new Option<int>("--port") { Description = "Porten på 127.0.0.1 som förhandsgranskningen svarar på", DefaultValueFactory = _ => PreviewOptions.DefaultPort };
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<int>();
            if (value is < 1 or > 65535) result.AddError($"--port ska vara ett tal mellan 1 och 65535, inte {value}");
        });
        return option;
    }

    public static Command Create(TextWriter output, TextWriter errors)
    {
        var command = new Command("preview", "Bygg webbplatsen, visa den på http://127.0.0.1:8080/ och bygg om när du sparar (avsluta med Ctrl+C)");
        foreach (var option in new Option[] { Port, BuildCommand.Input, BuildCommand.Theme, Cms }) command.Options.Add(option);
        command.SetAction(parse => Run(parse, output, errors));
        return command;
    }

    public static int Run(ParseResult parse, TextWriter output, TextWriter errors)
    {
        var options = new PreviewOptions(parse.GetValue(BuildCommand.Input)!, parse.GetValue(BuildCommand.Theme)!, PreviewOptions.DefaultFolder,
            parse.GetValue(Port), BuildOptions.LocalToday());
        using var stop = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) => { e.Cancel = true; stop.Cancel(); };
        Console.CancelKeyPress += onCancel;
        try
        {
            return parse.GetValue(Cms)
                ? WithCmsAsync(options, output, errors, stop.Token).GetAwaiter().GetResult()
                : RunAsync(options, output, errors, stop.Token).GetAwaiter().GetResult();
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    /// <summary>
    /// The preview with the CMS beside it: decap-server (the local backend) edits the files of the folder that holds
    /// input/, and the preview forwards /admin/api/v1 to it; every save is rebuilt by the preview like any other.
    /// </summary>
    private static async Task<int> WithCmsAsync(PreviewOptions options, TextWriter output, TextWriter errors, CancellationToken stop)
    {
        var input = Path.GetFullPath(options.Input).TrimEnd(Path.DirectorySeparatorChar);
        if (Path.GetFileName(input) != "input")
        {
            errors.WriteLine($"--cms redigerar mappen input/ i projektet (sökvägarna i /admin/config.yml börjar med input/), inte {options.Input}");
            return ExitCodes.UsageError;
        }
        var diagnostics = new Diagnostics.DiagnosticBag();
        if (!Site.Cms.CmsInstallation.Ensure(Site.Cms.CmsInstallation.DefaultFolder, diagnostics, output.WriteLine))
        {
            foreach (var d in diagnostics.Sorted()) errors.WriteLine(d);
            return ExitCodes.ContentErrors;
        }
        Authoring.Cms.DecapServer decap;
        try
        {
            decap = await Authoring.Cms.DecapServer.StartAsync(Path.GetDirectoryName(input)!, Site.Cms.CmsInstallation.DefaultFolder, stop);
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException or System.ComponentModel.Win32Exception)
        {
            errors.WriteLine($"redigeringsverktyget kunde inte starta: {e.Message}");
            return ExitCodes.UsageError;
        }
        await using (decap)
        {
            output.WriteLine($"Redigeringsverktyget (Decap CMS) finns på http://127.0.0.1:{options.Port}/admin/ och sparar direkt i {options.Input}.");
            return await RunAsync(options with { CmsBackend = decap.Url }, output, errors, stop);
        }
    }

    private static async Task<int> RunAsync(PreviewOptions options, TextWriter output, TextWriter errors, CancellationToken stop)
    {
        // The preview's own folder inside input/ or theme/ would set off the watcher with every file it writes.
        var folder = Path.GetFullPath(options.Folder) + Path.DirectorySeparatorChar;
        if (new[] { options.Input, options.Theme }.Select(p => Path.GetFullPath(p) + Path.DirectorySeparatorChar).Any(p => folder.StartsWith(p, StringComparison.Ordinal)))
        {
            errors.WriteLine($"starta förhandsgranskningen från projektets rot: mappen {PreviewOptions.DefaultFolder} hamnar annars inne i {options.Input} eller {options.Theme}");
            return ExitCodes.UsageError;
        }
        PreviewHost host;
        try
        {
            host = await PreviewHost.StartAsync(options, output, errors);
        }
        catch (IOException e) when (e.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
        {
            errors.WriteLine($"porten {options.Port} används redan av ett annat program — ange en annan med --port, t.ex. --port {options.Port + 1}");
            return ExitCodes.UsageError;
        }
        catch (FolderInUseException e)
        {
            errors.WriteLine(e.Message);
            return ExitCodes.UsageError;
        }
        catch (IOException e)
        {
            // E.g. the system's limit on watched folders (inotify) is reached: say so rather than print a stack trace.
            errors.WriteLine($"förhandsgranskningen kunde inte starta: {e.Message}");
            return ExitCodes.UsageError;
        }
        await using (host)
        {
            using var either = CancellationTokenSource.CreateLinkedTokenSource(stop, host.Stopping);
            try
            {
                await Task.Delay(Timeout.Infinite, either.Token);
            }
            catch (OperationCanceledException)
            {
                output.WriteLine("Förhandsgranskningen avslutas.");
            }
        }
        return ExitCodes.Success;
    }
}
