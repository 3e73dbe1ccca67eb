using Sodertorn.Site.Content;
using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Content;

public sealed class InputReaderTests
{
    private const string Page = "---\ntyp: sida\nid: om\ntitel: Om\n---\nText.\n";

    [Fact]
    public void Invalid_utf8_is_reported_at_its_line_and_column_and_the_file_skipped()
    {
        using var site = new TempSite();
        // "Här" saved as Windows-1252: 'ä' is the single byte 0xE4, which is not UTF-8.
        var bytes = "---\ntyp: sida\nid: om\ntitel: H"u8.ToArray().Concat(new byte[] { 0xE4 }).Concat("r\n---\n"u8.ToArray()).ToArray();
        site.WriteBytes("sidor/om.md", bytes);

        var (input, diagnostics) = Read(site);

        Assert.Empty(input.Documents);
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(("input-encoding", "sidor/om.md", 4, 9), (error.Code, error.Location.File, error.Location.Line, error.Location.Column));
        Assert.Contains("UTF-8", error.Suggestion);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\n\t\n")]
    public void Empty_file_is_an_error(string text)
    {
        using var site = new TempSite();
        site.Write("sidor/tom.md", text);
        var (_, diagnostics) = Read(site);
        Assert.Equal("input-empty", Assert.Single(diagnostics.Sorted()).Code);
    }

    /// <summary>A Markdown file saved as .markdown was told that only Markdown files are published.</summary>
    [Fact]
    public void A_markdown_file_with_another_extension_is_told_to_be_renamed_to_md()
    {
        using var site = new TempSite();
        site.Write("sidor/om.markdown", Page);
        site.Write("sidor/anteckningar.docx", "x");
        var (_, diagnostics) = Read(site);
        var warnings = diagnostics.Sorted().ToDictionary(d => d.Location.File, d => d);
        Assert.Equal("file-ignored", warnings["sidor/om.markdown"].Code);
        Assert.Equal("byt namn på filen till om.md", warnings["sidor/om.markdown"].Suggestion);
        Assert.Contains("lägg bilagor", warnings["sidor/anteckningar.docx"].Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_saved_as_utf16_is_named_so()
    {
        using var site = new TempSite();
        site.WriteBytes("sidor/om.md", [0xFF, 0xFE, .. System.Text.Encoding.Unicode.GetBytes(Page)]);
        var (_, diagnostics) = Read(site);
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal("input-encoding", error.Code);
        Assert.Contains("UTF-16", error.Message);
    }

    [Fact]
    public async Task A_named_pipe_is_never_opened_so_the_build_does_not_wait_for_a_writer()
    {
        using var site = new TempSite();
        Directory.CreateDirectory(Path.Combine(site.Input, "sidor"));
        Directory.CreateDirectory(Path.Combine(site.Input, "filer"));
        foreach (var pipe in new[] { "sidor/ror.md", "filer/ror.pdf" })
            System.Diagnostics.Process.Start("mkfifo", Path.Combine(site.Input, pipe))!.WaitForExit();

        var (_, diagnostics) = await Task.Run(() => Read(site)).WaitAsync(TimeSpan.FromSeconds(20));

        var codes = diagnostics.Sorted().Select(d => (d.Code, d.Location.File)).ToList();
        Assert.Equal([("file-ignored", "filer/ror.pdf"), ("input-empty", "sidor/ror.md")], codes);
    }

    [Fact]
    public void Oversized_file_is_refused_with_its_size()
    {
        using var site = new TempSite();
        site.Write("sidor/stor.md", Page + new string('x', (int)InputReader.MaxTextBytes));
        var (input, diagnostics) = Read(site);
        Assert.Empty(input.Documents);
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal("input-too-large", error.Code);
        Assert.Contains("kB", error.Message);
    }

    [Fact]
    public void File_linked_from_outside_input_is_not_read()
    {
        using var site = new TempSite();
        var secret = Path.Combine(site.Root, "hemlig.md");
        File.WriteAllText(secret, Page);
        File.CreateSymbolicLink(Path.Combine(site.Input, "lank.md"), secret);

        var (input, diagnostics) = Read(site);

        Assert.Empty(input.Documents);
        Assert.Equal("input-outside", Assert.Single(diagnostics.Sorted()).Code);
    }

    [Fact]
    public void Folder_linked_from_outside_input_is_not_read()
    {
        using var site = new TempSite();
        var outside = Path.Combine(site.Root, "utanfor");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "sida.md"), Page);
        Directory.CreateSymbolicLink(Path.Combine(site.Input, "lankad-mapp"), outside);

        var (input, diagnostics) = Read(site);

        Assert.Empty(input.Documents);
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(("input-outside", "lankad-mapp/sida.md"), (error.Code, error.Location.File));
    }

    [Fact]
    public void A_folder_linked_back_up_the_tree_is_read_once_not_forever()
    {
        using var site = new TempSite();
        site.Write("sidor/om.md", Page);
        Directory.CreateSymbolicLink(Path.Combine(site.Input, "sidor", "runt"), site.Input);

        var (input, diagnostics) = Read(site);

        Assert.Empty(diagnostics.Sorted());
        Assert.Equal("sidor/om.md", Assert.Single(input.Documents).RelativePath);
    }

    [Fact]
    public void Byte_order_mark_and_windows_line_ends_are_normalised()
    {
        using var site = new TempSite();
        site.WriteBytes("sidor/om.md", [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(Page.Replace("\n", "\r\n"))]);
        var (input, diagnostics) = Read(site);
        Assert.Empty(diagnostics.Sorted());
        Assert.Equal(Page, Assert.Single(input.Documents).Text);
    }

    [Fact]
    public void Documents_data_and_assets_are_sorted_apart_and_hidden_files_ignored()
    {
        using var site = new TempSite();
        site.Write("b.md", Page).Write("a.md", Page).Write("data/opublicerade.yml", "[]\n")
            .WriteBytes("filer/bilaga.pdf", [1, 2, 3]).Write(".utkast.md", Page).Write(".git/config", "x");
        var (input, _) = Read(site);
        Assert.Equal(["a.md", "b.md"], input.Documents.Select(d => d.RelativePath));
        Assert.Equal("data/opublicerade.yml", Assert.Single(input.DataFiles).RelativePath);
        Assert.Equal("filer/bilaga.pdf", Assert.Single(input.Assets).RelativePath);
    }

    private static (InputSet, DiagnosticBag) Read(TempSite site)
    {
        var diagnostics = new DiagnosticBag();
        return (new InputReader(diagnostics).Read(site.Input), diagnostics);
    }
}
