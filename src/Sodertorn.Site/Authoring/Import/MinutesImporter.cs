using DocumentFormat.OpenXml.Packaging;
using Sodertorn.Site.Domain;
using Sodertorn.Site.Authoring.Scaffolding;

namespace Sodertorn.Site.Authoring.Import;

/// <param name="Organ">The organ's id; when null it is read from the title ("… ledningsgrupp").</param>
/// <param name="OutputPath">Where to write; by default input/protokoll/&lt;organ&gt;/&lt;datum&gt;.md.</param>
/// <param name="Date">The meeting's date when the document's "Tid" line does not give it.</param>
public sealed record ImportRequest(string DocxPath, string InputRoot, string? Organ = null, string? OutputPath = null, DateOnly? Date = null);

/// <summary>What 'import' did: the file written or why none was, what it kept as text, and a summary.</summary>
public sealed record ImportResult(string? WrittenPath, string? Error, IReadOnlyList<ImportWarning> Warnings, IReadOnlyList<string> Notes)
{
    public static ImportResult Failed(string error) => new(null, error, [], []);
}

/// <summary>The conversion alone, without files: for the command and for tests.</summary>
public sealed record Conversion(ImportedMinutes? Minutes, string? Markdown, IReadOnlyList<ImportWarning> Warnings, string? Error);

/// <summary>
/// The 'import' command's work: reads a .docx of minutes, finds the header, agenda, decisions and signatures,
/// and writes Markdown in the site's syntax — never over an existing file.
/// </summary>
public static class MinutesImporter
{
    public static ImportResult Import(ImportRequest request)
    {
        if (!File.Exists(request.DocxPath)) return ImportResult.Failed($"filen {request.DocxPath} finns inte");
        IReadOnlyList<WordParagraph> paragraphs;
        try
        {
            using var stream = File.OpenRead(request.DocxPath);
            paragraphs = DocxReader.Read(stream);
        }
        catch (Exception e) when (e is DocxReader.NotAWordDocument or OpenXmlPackageException or InvalidDataException or FileFormatException or IOException
                                      or UnauthorizedAccessException or System.Xml.XmlException)
        {
            // The libraries' own messages are English and name zip archives and XML elements: the author is told what it means.
            var why = e switch
            {
                DocxReader.NotAWordDocument => e.Message,
                UnauthorizedAccessException => "du har inte behörighet att läsa filen",
                IOException => "filen gick inte att läsa; den kan vara öppen i ett annat program",
                _ => "filen är skadad eller är inte en Word-fil",
            };
            return ImportResult.Failed($"{request.DocxPath} kunde inte läsas som ett Word-dokument (.docx): {why} — öppna filen i Word, spara den som Word-dokument (.docx) och försök igen");
        }

        var facts = SiteFacts.Load(request.InputRoot);
        var conversion = Convert(paragraphs, facts, request.Organ, request.Date, Path.GetFileName(request.DocxPath));
        if (conversion.Minutes is not { } minutes || conversion.Markdown is not { } markdown)
            return ImportResult.Failed(conversion.Error ?? "minnesanteckningarna kunde inte tolkas");

        var path = request.OutputPath ?? Path.Combine(request.InputRoot, "protokoll", minutes.Organ, $"{minutes.Date:yyyy-MM-dd}.md");
        var shown = path.Replace('\\', '/');
        if (File.Exists(path))
            return ImportResult.Failed($"filen {shown} finns redan och skrivs inte över — ta bort den först, eller ange en annan fil med --ut");
        if (facts.ById(minutes.Id) is { } taken)
            return ImportResult.Failed($"id '{minutes.Id}' används redan i {taken.Source.File} — mötet verkar redan vara publicerat");
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder) Directory.CreateDirectory(folder);
        try
        {
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            writer.Write(markdown);
        }
        catch (IOException) when (File.Exists(path))
        {
            return ImportResult.Failed($"filen {shown} finns redan och skrivs inte över");
        }
        return new ImportResult(shown, null, conversion.Warnings, Summary(minutes, facts));
    }

    public static Conversion Convert(IReadOnlyList<WordParagraph> paragraphs, SiteFacts facts, string? organ, DateOnly? date, string sourceName)
    {
        var matcher = new MunicipalityMatcher(facts.Municipalities.Select(m => (m.Id, m.Name)));
        var first = AgendaRecognizer.FirstItemIndex(paragraphs);
        var header = new MinutesHeaderParser(matcher).Parse(paragraphs.Take(first).ToList());
        var meetingDate = date ?? header.Date;
        var body = AgendaRecognizer.Recognize([.. header.Preamble, .. paragraphs.Skip(first)], meetingDate);
        var warnings = header.Warnings.Concat(body.Warnings).OrderBy(w => w.Paragraph).ToList();

        var organId = organ ?? GuessOrgan(header.Title);
        if (meetingDate is null)
            return new Conversion(null, null, warnings, "mötets datum hittades inte (raden 'Tid …', t.ex. 'Tid Fredagen den 10 februari 2023 kl 8.30-10.45') — ange det med --datum ÅÅÅÅ-MM-DD");
        if (organId is null)
            return new Conversion(null, null, warnings, "rubriken säger inte vilket organ mötet hölls i — ange det med --organ, t.ex. --organ ledningsgruppen");

        // The site rejects an end before the start; a slip in the Word file should not stop the build.
        var end = header.End is { } e && header.Start is { } s && e <= s ? null : header.End;
        var minutes = new ImportedMinutes(
            $"{facts.MeetingIdPrefix(organId)}-{meetingDate:yyyy-MM-dd}", organId, meetingDate.Value, header.Start, end, header.Place,
            GuessForm(header.Place, header.Participants), header.Participants, header.Absentees, header.Guests,
            header.Secretary ?? body.Secretary, header.Adjusters.Count > 0 ? header.Adjusters : body.Adjusters, body.Next, body.Blocks, sourceName);
        return new Conversion(minutes, MinutesMarkdownWriter.Write(minutes), warnings, null);
    }

    private static string? GuessOrgan(string? title)
    {
        var lower = title?.ToLowerInvariant() ?? "";
        if (lower.Contains("ledningsgrupp", StringComparison.Ordinal)) return "ledningsgruppen";
        if (lower.Contains("samarbetskommitt", StringComparison.Ordinal)) return "samarbetskommitten";
        return null;
    }

    /// <summary>
    /// Teams or "digitalt" as the place: digital; some people taking part digitally: hybrid; else nothing: a room
    /// alone does not say the meeting was held in person, and the site says no more than the minutes.
    /// </summary>
    private static string? GuessForm(string? place, IEnumerable<Participant> participants)
    {
        var where = place?.ToLowerInvariant() ?? "";
        if (new[] { "teams", "digital", "zoom", "distans", "videomöte" }.Any(w => where.Contains(w, StringComparison.Ordinal))) return "digitalt";
        return participants.Any(p => p.Note?.Contains("digital", StringComparison.OrdinalIgnoreCase) == true) ? "hybrid" : null;
    }

    private static List<string> Summary(ImportedMinutes minutes, SiteFacts facts)
    {
        var notes = new List<string>
        {
            $"{minutes.Blocks.OfType<ItemBlock>().Count()} dagordningspunkter, {minutes.Blocks.OfType<DecisionBlock>().Count()} beslut, " +
            $"{minutes.Participants.Count} deltagare, {minutes.Absentees.Count} frånvarande, {minutes.Guests.Count} övriga; mötesform {minutes.Form ?? "inte angiven"}{(minutes.Form is null ? "" : " (gissad)")}.",
        };
        if (facts.Organ(minutes.Organ) is null)
            notes.Add($"Organet '{minutes.Organ}' finns inte i input/organisation/; bygget kommer att rapportera det.");
        var unknown = minutes.Participants.Concat(minutes.Absentees).Concat(minutes.Guests)
            .Select(p => p.Municipality).OfType<string>().Distinct().Where(m => facts.ById(m) is not Municipality).ToList();
        if (unknown.Count > 0)
            notes.Add($"Kommunerna {string.Join(", ", unknown)} finns inte i input/kommuner/; bygget kommer att rapportera dem.");
        return notes;
    }
}
