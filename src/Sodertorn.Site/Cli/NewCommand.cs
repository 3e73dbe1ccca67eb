using System.CommandLine;
using System.Globalization;
using Sodertorn.Site.Content;
using Sodertorn.Site.Authoring.Scaffolding;

namespace Sodertorn.Site.Cli;

/// <summary>`new protokoll|aktivitet|sida`: the options, one call into the scaffolder, and what it wrote.</summary>
public static class NewCommand
{
    public static Command Create(TextWriter output, TextWriter errors)
    {
        var command = new Command("new", "Skapa en ny fil i input/ med fälten ifyllda: protokoll, aktivitet eller sida");
        command.Subcommands.Add(Minutes(output, errors));
        command.Subcommands.Add(Activity(output, errors));
        command.Subcommands.Add(Page(output, errors));
        return command;
    }

    private static Command Minutes(TextWriter output, TextWriter errors)
    {
        var input = InputOption();
        var organ = IdOption("--organ", "Organets id, t.ex. ledningsgruppen");
        var date = DateOption("--datum", "Mötets datum, ÅÅÅÅ-MM-DD");
        var command = new Command("protokoll", "Nya minnesanteckningar: input/protokoll/<organ>/<datum>.md") { input, organ, date };
        Require(command, organ, "--organ ledningsgruppen");
        Require(command, date, "--datum 2024-02-16");
        command.SetAction(parse => Report(
            new Scaffolder(parse.GetValue(input)!).NewMinutes(parse.GetValue(organ)!, ParseDate(parse.GetValue(date)!)), output, errors));
        return command;
    }

    private static Command Activity(TextWriter output, TextWriter errors)
    {
        var input = InputOption();
        var plan = new Option<string>("--plan") { Description = "Planens år eller id, t.ex. 2025 eller vp-2025" };
        plan.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is { } value && !Identifier.IsValid(value))
                result.AddError($"'--plan {value}' är varken ett år eller ett giltigt id — skriv t.ex. --plan 2025");
        });
        var id = IdOption("--id", "Aktivitetens id, t.ex. vp-2025-yttrande");
        var title = new Option<string>("--titel") { Description = "Aktivitetens titel; ger också id:t om --id saknas" };
        var goal = IdOption("--mal", "Id för målet aktiviteten bidrar till, t.ex. omstallning");
        var command = new Command("aktivitet", "Ny aktivitet i en plan: input/planer/<år>/aktiviteter/<id>.md") { input, plan, id, title, goal };
        Require(command, plan, "--plan 2025");
        command.Validators.Add(result =>
        {
            if (result.GetResult(id) is null && string.IsNullOrWhiteSpace(result.GetValue(title)))
                result.AddError("ange --id (t.ex. --id vp-2025-yttrande) eller --titel (id:t görs då av titeln)");
        });
        command.SetAction(parse => Report(
            new Scaffolder(parse.GetValue(input)!).NewActivity(parse.GetValue(plan)!, parse.GetValue(id), parse.GetValue(title), parse.GetValue(goal)),
            output, errors));
        return command;
    }

    private static Command Page(TextWriter output, TextWriter errors)
    {
        var input = InputOption();
        var id = IdOption("--id", "Sidans id, blir adressen /<id>/");
        var title = new Option<string>("--titel") { Description = "Sidans titel" };
        var command = new Command("sida", "Ny sida: input/sidor/<id>.md") { input, id, title };
        Require(command, id, "--id kontaktuppgifter");
        command.SetAction(parse => Report(new Scaffolder(parse.GetValue(input)!).NewPage(parse.GetValue(id)!, parse.GetValue(title)), output, errors));
        return command;
    }

    public static Option<string> InputOption() =>
        new("--input") { Description = "Mappen med innehåll", DefaultValueFactory = _ => "input" };

    /// <summary>An option whose value must follow the project's identifier rule; a bad one is a usage error.</summary>
    public static Option<string> IdOption(string name, string description)
    {
        var option = new Option<string>(name) { Description = description };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is { } value && !Identifier.IsValid(value))
                result.AddError($"'{name} {value}' är inte ett giltigt id: bara små bokstäver a–z, siffror och bindestreck — skriv t.ex. {name} {Identifier.Suggest(value)}");
        });
        return option;
    }

    /// <summary>A date written ÅÅÅÅ-MM-DD, as in front matter; anything else is a usage error.</summary>
    public static Option<string> DateOption(string name, string description)
    {
        var option = new Option<string>(name) { Description = description };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is { } value && !TryParseDate(value, out _))
                result.AddError($"'{name} {value}' är inte ett datum som finns, skrivet ÅÅÅÅ-MM-DD — skriv t.ex. {name} 2024-02-16");
        });
        return option;
    }

    public static DateOnly ParseDate(string value) => TryParseDate(value, out var date) ? date : throw new FormatException(value);

    public static void Require(Command command, Option option, string example) =>
        command.Validators.Add(result =>
        {
            if (result.GetResult(option) is null) result.AddError($"ange {option.Name}, t.ex. {example}");
        });

    private static bool TryParseDate(string value, out DateOnly date) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static int Report(ScaffoldResult result, TextWriter output, TextWriter errors)
    {
        if (result.Error is not null)
        {
            errors.WriteLine($"fel: {result.Error}");
            return ExitCodes.ContentErrors;
        }
        output.WriteLine($"Skrev {result.WrittenPath}");
        foreach (var note in result.Notes) output.WriteLine($"  {note}");
        output.WriteLine("Byt ut texterna som börjar med \"Skriv\", och bygg eller förhandsgranska för att se resultatet.");
        return ExitCodes.Success;
    }
}
