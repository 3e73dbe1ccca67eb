using Sodertorn.Site.Cli;

return Application.Run(args, Console.Out, Console.Error);
