using System.CommandLine;
using System.Text.RegularExpressions;
using Sodertorn.Site.Output;
using Sodertorn.Site.Pipeline;
using Sodertorn.Site.Reporting;

namespace Sodertorn.Site.Cli;

/// <summary>`build`: the options, then one call into the pipeline and one report.</summary>
public static class BuildCommand
{
    public static readonly Option<string> Input = new("--input") { Description = "Mappen med innehåll", DefaultValueFactory = _ => "input" };
    public static readonly Option<string> Theme = new("--theme") { Description = "Mappen med mallar och CSS", DefaultValueFactory = _ => "theme" };
    public static readonly Option<string> Output = new("--output") { Description = "Mappen där webbplatsen skrivs", DefaultValueFactory = _ => "output" };
    public static readonly Option<string> BaseUrl = CreateBaseUrl();
    public static readonly Option<bool> Strict = new("--strict") { Description = "Varningar gör att bygget misslyckas (utom koderna i --allow-warning)" };
    public static readonly Option<string[]> AllowWarning = CreateAllowWarning();
    public static readonly Option<bool> CheckExternal = new("--check-external") { Description = "Kontrollera även länkar till andra webbplatser (kräver nätverk; resultat sparas en dag)" };
    public static readonly Option<bool> NoSearch = new("--no-search") { Description = "Bygg utan sökindex (sökningen på /sok/ hittar då inget): för snabba kontroller och för att jämföra byggtider med andra verktyg" };
    public static readonly Option<DateOnly?> Today = new("--today") { Description = "Datum (ÅÅÅÅ-MM-DD) som bygget räknar som i dag, för kalenderkontrollen; standard är dagens datum" };
    public static readonly Option<string> Context = CreateContext();
    public static readonly Option<string?> Commit = new("--commit") { Description = "Commiten som byggs, för länkrapporten; standard är den som git har utcheckad i --input" };
    public static readonly Option<string?> CompareWith = CreateAddress("--compare-with", "Den publicerade webbplatsens adress: länkrapporten märker det som är nytt och åtgärdat sedan dess rapport");
    public static readonly Option<string?> EditUrl = CreateEditUrl();
    public static readonly Option<bool> PublishReportOnFailure = new("--publish-report-on-failure")
    {
        Description = "Ett misslyckat bygge ersätter output/ med en webbplats som bara är länkrapporten (för förhandsversioner)",
    };

    private static Option<string> CreateBaseUrl()
    {
        var option = new Option<string>("--base-url")
        {
            Description = "Webbplatsens adress (https://…), för kanoniska adresser, flöden och sitemap",
            DefaultValueFactory = _ => "http://localhost:8080",
        };
        option.Validators.Add(result => RequireAddress(result, "--base-url"));
        return option;
    }

    private static Option<string> CreateContext()
    {
        var option = new Option<string>("--context")
        {
            Description = $"Vilket slags bygge det är, för länkrapporten: {string.Join(", ", ReportSettings.Contexts)}",
            DefaultValueFactory = _ => "local",
        };
        option.AcceptOnlyFromAmong([.. ReportSettings.Contexts]);
        return option;
    }

    private static Option<string?> CreateAddress(string name, string description)
    {
        var option = new Option<string?>(name) { Description = description };
        option.Validators.Add(result => RequireAddress(result, name));
        return option;
    }

    /// <summary>An http(s) address, or nothing when the option is optional and left out.</summary>
    private static void RequireAddress(System.CommandLine.Parsing.OptionResult result, string name)
    {
        var value = result.GetValueOrDefault<string?>();
        if (value is not null && (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
            result.AddError($"{name} ska vara en fullständig adress som börjar med https://, inte '{value}'");
    }

    /// <summary>The one setting behind every "Ändra" link of the report: an address with {path} where the file's path goes.</summary>
    private static Option<string?> CreateEditUrl()
    {
        var option = new Option<string?>("--edit-url")
        {
            Description = "Adressen till redigering av en fil, med {path} där filens sökväg (input/…) ska stå; ger länken ”Ändra” i länkrapporten",
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } value && !value.Contains("{path}", StringComparison.Ordinal))
                result.AddError($"--edit-url ska innehålla {{path}} där filens sökväg ska stå, till exempel https://github.com/org/repo/edit/main/{{path}}");
        });
        return option;
    }

    /// <summary>
    /// Production builds with --strict, yet some warnings describe what the authors chose on purpose (ref-unpublished:
    /// a reference to a document declared in data/opublicerade.yml). Naming such codes keeps --strict failing on every
    /// other warning, and on a new kind of warning, instead of dropping --strict altogether.
    /// </summary>
    private static Option<string[]> CreateAllowWarning()
    {
        var option = new Option<string[]>("--allow-warning")
        {
            Description = "Med --strict: varningar med den här koden (till exempel ref-unpublished) stoppar inte bygget men visas ändå; kan anges flera gånger",
        };
        option.Validators.Add(result =>
        {
            foreach (var code in result.GetValueOrDefault<string[]>() ?? [])
                if (!Regex.IsMatch(code, "^[a-z]+(-[a-z]+)*$"))
                    result.AddError($"--allow-warning ska vara en kod som ref-unpublished, inte '{code}'");
        });
        return option;
    }

    public static Command Create(TextWriter output, TextWriter errors)
    {
        var command = new Command("build", "Bygg webbplatsen från input/ och theme/ till output/");
        AddOptions(command);
        command.SetAction(parse => Run(parse, output, errors));
        return command;
    }

    public static void AddOptions(Command command)
    {
        foreach (var option in new Option[] { Input, Theme, Output, BaseUrl, Strict, AllowWarning, CheckExternal, NoSearch, Today, Context, Commit, CompareWith, EditUrl, PublishReportOnFailure }) command.Options.Add(option);
    }

    public static int Run(ParseResult parse, TextWriter output, TextWriter errors)
    {
        var options = new BuildOptions(parse.GetValue(Input)!, parse.GetValue(Theme)!, parse.GetValue(Output)!, parse.GetValue(BaseUrl)!, parse.GetValue(Strict),
            parse.GetValue(Today) ?? BuildOptions.LocalToday())
        {
            CheckExternal = parse.GetValue(CheckExternal),
            BuildSearchIndex = !parse.GetValue(NoSearch),
            AllowedWarnings = new HashSet<string>(parse.GetValue(AllowWarning) ?? [], StringComparer.Ordinal),
            Progress = output.WriteLine,
            Report = new ReportSettings
            {
                Context = parse.GetValue(Context)!,
                Commit = parse.GetValue(Commit) is { Length: > 0 } commit ? commit : null,
                CompareWith = parse.GetValue(CompareWith),
                EditUrl = parse.GetValue(EditUrl),
                PublishReportOnFailure = parse.GetValue(PublishReportOnFailure),
            },
        };
        // A wrong --output is a mistake in the command, not in the content: said before anything is read.
        if (Directory.Exists(options.Input) && OutputStaging.Problem(options.Output, options.Input, options.Theme) is { } problem)
        {
            errors.WriteLine($"fel i kommandoraden: {problem}");
            return ExitCodes.UsageError;
        }
        var result = new BuildPipeline(options).Run();
        ConsoleReport.Print(result, output, errors, parse.GetValue(Application.Verbose));
        return result.Succeeded ? ExitCodes.Success : ExitCodes.ContentErrors;
    }
}

public static class ExitCodes
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int UsageError = 2;

    /// <summary>A fault of the generator itself (Application.InternalError), not of the content or the command.</summary>
    public const int InternalError = 3;
}
