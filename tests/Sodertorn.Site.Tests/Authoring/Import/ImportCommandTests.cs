using Sodertorn.Site.Cli;
using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Authoring.Import;

/// <summary>`import` as the kansli runs it: into a copy of the real site, which must then build.</summary>
public sealed class ImportCommandTests
{
    private static (int Code, string Output, string Errors) Run(params string[] args) => CommandLine.Run(args);

    [Fact]
    public void An_imported_file_builds_without_errors_in_the_real_site()
    {
        using var site = TempSite.CopyOf(null);
        // A date the real site has no minutes for, so the import adds a meeting rather than colliding with one.
        var docx = SourceShapedMinutes.Create("9 juni 2023").Save(site.Root);
        var (code, output, errors) = Run("import", docx, "--input", site.Input);
        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal("", errors);
        var written = Path.Combine(site.Input, "protokoll", "ledningsgruppen", "2023-06-09.md");
        Assert.Contains($"Skrev {written.Replace('\\', '/')}", output);
        Assert.Contains("6 dagordningspunkter, 3 beslut, 8 deltagare, 1 frånvarande, 1 övriga; mötesform hybrid", output);
        Assert.Contains("1 stycke kunde inte placeras och står kvar som text i filen:", output);
        Assert.Contains($"varning: stycke 12: '{SourceShapedMinutes.UnplaceableLine}' kunde inte tolkas", output);
        Assert.Contains("id: lg-2023-06-09\n", File.ReadAllText(written)); // the short name LG from the organ's file

        var result = site.Build();
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.True(result.Succeeded);
        var page = site.ReadOutput("protokoll/lg-2023-06-09/index.html");
        Assert.Contains("id=\"verksamhetsplan-och-budget-beslutspunkt\"", page);
        Assert.Contains("Helene Olofsson får i uppdrag att se över programinnehållet", page);
    }

    [Fact]
    public void Import_refuses_to_overwrite_and_names_the_file()
    {
        using var site = TempSite.CopyOf("valid");
        var docx = SourceShapedMinutes.Create().Save(site.Root);
        var target = Path.Combine(site.Root, "lg.md");
        File.WriteAllText(target, "finns redan");
        var (code, _, errors) = Run("import", docx, "--input", site.Input, "--ut", target);
        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains($"fel: filen {target.Replace('\\', '/')} finns redan och skrivs inte över", errors);
        Assert.Equal("finns redan", File.ReadAllText(target));
    }

    [Fact]
    public void Import_writes_where_ut_says_and_takes_the_organ_from_the_option()
    {
        using var site = TempSite.CopyOf("valid");
        var docx = new DocxBuilder().Paragraph("Minnesanteckningar").Paragraph("Tid\t2 mars 2030 kl 9-11").Paragraph("1. Välkommen").Save(site.Root);
        var target = Path.Combine(site.Root, "utkast", "mote.md");
        var (code, _, _) = Run("import", docx, "--input", site.Input, "--organ", "samarbetskommitten", "--ut", target);
        Assert.Equal(ExitCodes.Success, code);
        var text = File.ReadAllText(target);
        Assert.Contains("id: ssk-2030-03-02\norgan: samarbetskommitten\n", text);
        Assert.Contains("start: \"09:00\"\nslut: \"11:00\"\n", text);
    }

    [Fact]
    public void A_file_that_is_not_a_docx_is_a_content_error_with_a_swedish_message()
    {
        using var site = new TempSite();
        var notDocx = Path.Combine(site.Root, "anteckningar.docx");
        File.WriteAllText(notDocx, "bara text");
        var (code, _, errors) = Run("import", notDocx, "--input", site.Input, "--organ", "ledningsgruppen");
        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains("kunde inte läsas som ett Word-dokument (.docx)", errors);
        var (missingCode, _, missingErrors) = Run("import", Path.Combine(site.Root, "saknas.docx"), "--input", site.Input);
        Assert.Equal(ExitCodes.ContentErrors, missingCode);
        Assert.Contains("saknas.docx finns inte", missingErrors);
    }

    /// <summary>
    /// A .docx that is broken inside (cut off while copied, or saved by another program): a truncated document.xml ended
    /// the command with an internal fault, and an empty file or a zip without a document were told of in the
    /// libraries' English ("Archive file cannot be size 0."). Each is now a content error that says what to do, in Swedish.
    /// </summary>
    [Theory]
    [InlineData("tom")]
    [InlineData("zip-utan-dokument")]
    [InlineData("avbruten-xml")]
    public void A_broken_docx_is_a_content_error_in_swedish_not_an_internal_fault(string kind)
    {
        using var site = new TempSite();
        var docx = Path.Combine(site.Root, "anteckningar.docx");
        if (kind == "tom") File.WriteAllBytes(docx, []);
        else
        {
            using var zip = System.IO.Compression.ZipFile.Open(docx, System.IO.Compression.ZipArchiveMode.Create);
            void Entry(string name, string text)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(text);
            }
            Entry("[Content_Types].xml", """<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            if (kind == "avbruten-xml")
            {
                Entry("_rels/.rels", """<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
                Entry("word/document.xml", """<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Ledningsgruppen""");
            }
        }

        var (code, _, errors) = Run("import", docx, "--input", site.Input, "--organ", "ledningsgruppen");

        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains("anteckningar.docx kunde inte läsas som ett Word-dokument (.docx): ", errors);
        Assert.Contains("spara den som Word-dokument (.docx) och försök igen", errors);
        Assert.DoesNotContain("Exception", errors);
        Assert.DoesNotContain("Internt fel", errors);
        Assert.DoesNotMatch(@"\b(?:[Ff]ile|[Aa]rchive|elements?|[Uu]nexpected)\b", errors);
    }

    [Theory]
    [InlineData("--organ", "Ledningsgruppen")]
    [InlineData("--datum", "10 februari 2023")]
    public void Bad_ids_and_dates_are_usage_errors(string option, string value)
    {
        var (code, _, errors) = Run("import", "x.docx", option, value);
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains($"fel i kommandoraden: '{option} {value}'", errors);
    }
}
