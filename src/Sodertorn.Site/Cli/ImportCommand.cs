using System.CommandLine;
using Sodertorn.Site.Authoring.Import;

namespace Sodertorn.Site.Cli;

/// <summary>`import &lt;fil.docx&gt;`: the options, one call into the importer, and what it wrote and kept as text.</summary>
public static class ImportCommand
{
    public static Command Create(TextWriter output, TextWriter errors)
    {
        var file = new Argument<string>("fil") { Description = "Word-filen (.docx) med minnesanteckningarna" };
        var input = NewCommand.InputOption();
        var organ = NewCommand.IdOption("--organ", "Organets id, t.ex. ledningsgruppen (annars läses det ur rubriken)");
        var date = NewCommand.DateOption("--datum", "Mötets datum, ÅÅÅÅ-MM-DD, om raden 'Tid' inte går att läsa");
        var target = new Option<string>("--ut") { Description = "Filen som skrivs; standard är input/protokoll/<organ>/<datum>.md" };
        var command = new Command("import", "Gör om minnesanteckningar i Word (.docx) till en Markdown-fil i input/protokoll/")
        {
            file, input, organ, date, target,
        };
        command.SetAction(parse =>
        {
            var dateText = parse.GetValue(date);
            var request = new ImportRequest(parse.GetValue(file)!, parse.GetValue(input)!, parse.GetValue(organ), parse.GetValue(target),
                dateText is null ? null : NewCommand.ParseDate(dateText));
            return Report(MinutesImporter.Import(request), output, errors);
        });
        return command;
    }

    private static int Report(ImportResult result, TextWriter output, TextWriter errors)
    {
        if (result.Error is not null)
        {
            errors.WriteLine($"fel: {result.Error}");
            return ExitCodes.ContentErrors;
        }
        output.WriteLine($"Skrev {result.WrittenPath}");
        foreach (var note in result.Notes) output.WriteLine($"  {note}");
        if (result.Warnings.Count > 0)
        {
            var count = result.Warnings.Count == 1 ? "1 stycke" : $"{result.Warnings.Count} stycken";
            output.WriteLine($"{count} kunde inte placeras och står kvar som text i filen:");
            foreach (var warning in result.Warnings) output.WriteLine($"  varning: {warning}");
        }
        output.WriteLine("Läs igenom filen, rätta det som blev fel, och bygg eller förhandsgranska för att se resultatet.");
        return ExitCodes.Success;
    }
}
