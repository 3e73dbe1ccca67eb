using Sodertorn.Site.Cli;

// A thread the build did not start itself (a timer, a file watcher in preview) has no caller to hand its exception to.
AppDomain.CurrentDomain.UnhandledException += (_, e) =>
{
    if (e.ExceptionObject is Exception exception) Application.InternalError(exception, args.Contains("--verbose"), Console.Error);
    Environment.Exit(ExitCodes.InternalError);
};
return Application.Run(args, Console.Out, Console.Error);
