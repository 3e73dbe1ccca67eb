using System.Net;
using System.Net.Sockets;
using Sodertorn.Site.Cli;
using Sodertorn.Site.Authoring.Preview;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Authoring.Preview;

public sealed class PreviewPartsTests
{
    [Theory]
    [InlineData("<html><body><p>x</p></body></html>", "<html><body><p>x</p>" + PreviewPaths.ScriptTag + "</body></html>")]
    [InlineData("<p>no body</p>", "<p>no body</p>" + PreviewPaths.ScriptTag)]
    [InlineData("<body><pre>&lt;/body&gt;</pre></BODY>", "<body><pre>&lt;/body&gt;</pre>" + PreviewPaths.ScriptTag + "</BODY>")]
    public void The_script_goes_before_the_last_closing_body_tag(string html, string expected) =>
        Assert.Equal(expected, PreviewPaths.Inject(html));

    [Theory]
    [InlineData("index.html", "/")]
    [InlineData("protokoll/lg-2030-03-01/index.html", "/protokoll/lg-2030-03-01/")]
    [InlineData("404.html", "/404.html")]
    [InlineData("flode/alla.xml", "/flode/alla.xml")]
    public void Files_are_named_by_the_address_they_are_served_at(string file, string url) =>
        Assert.Equal(url, BuildOutcome.UrlOf(file));

    [Fact]
    public void Only_changed_files_are_read_again()
    {
        using var site = TempSite.CopyOf("valid");
        var snapshot = new InputSnapshot(site.Input);
        Assert.True(snapshot.Read(ChangeSet.Everything()).FullRead);

        site.Write("sidor/om.md", "---\ntyp: sida\nid: om\ntitel: Om oss\n---\nNy text.\n");
        var read = snapshot.Read(Named(site, "sidor/om.md", "sidor/4913")); // 4913: an editor's probe file, already gone
        Assert.False(read.FullRead);
        Assert.Equal(["sidor/om.md"], read.Changed);
        Assert.Contains("Ny text.", read.Input.Documents.Single(d => d.RelativePath == "sidor/om.md").Text);
    }

    [Fact]
    public void Markdown_files_added_or_removed_are_taken_in_without_reading_the_folder_again()
    {
        using var site = TempSite.CopyOf("valid");
        var snapshot = new InputSnapshot(site.Input);
        var before = snapshot.Read(ChangeSet.Everything()).Input.Documents.Select(d => d.RelativePath).ToList();

        site.Write("sidor/ny.md", "---\ntyp: sida\nid: ny\ntitel: Ny\n---\n");
        var read = snapshot.Read(Named(site, "sidor/ny.md"));
        Assert.False(read.FullRead);
        Assert.Equal(before.Append("sidor/ny.md").Order(StringComparer.Ordinal), read.Input.Documents.Select(d => d.RelativePath));

        File.Delete(Path.Combine(site.Input, "sidor/ny.md"));
        read = snapshot.Read(Named(site, "sidor/ny.md"));
        Assert.False(read.FullRead);
        Assert.Equal(before, read.Input.Documents.Select(d => d.RelativePath));
    }

    [Fact]
    public void Other_new_files_and_new_folders_read_the_folder_again_with_the_build_s_findings()
    {
        using var site = TempSite.CopyOf("valid");
        var snapshot = new InputSnapshot(site.Input);
        snapshot.Read(ChangeSet.Everything());

        site.Write("sidor/anteckning.txt", "inte en sida");
        var read = snapshot.Read(Named(site, "sidor/anteckning.txt"));
        Assert.True(read.FullRead);
        Assert.Contains(read.Diagnostics, d => d.Code == "file-ignored" && d.Location.File == "sidor/anteckning.txt");

        site.Write("nytt/sida.md", "---\ntyp: sida\nid: nytt\ntitel: Nytt\n---\n");
        read = snapshot.Read(Named(site, "nytt"));
        Assert.True(read.FullRead);
        Assert.Contains(read.Input.Documents, d => d.RelativePath == "nytt/sida.md");
    }

    private static ChangeSet Named(TempSite site, params string[] paths)
    {
        var changes = new ChangeSet();
        foreach (var path in paths) changes.InputPaths.Add(Path.Combine(site.Input, path));
        return changes;
    }

    [Fact]
    public void A_changed_file_is_read_again_even_when_no_event_named_it()
    {
        using var site = TempSite.CopyOf("valid");
        var snapshot = new InputSnapshot(site.Input);
        snapshot.Read(ChangeSet.Everything());
        site.Write("sidor/kontakt.md", "---\ntyp: sida\nid: kontakt\ntitel: Kontakt\n---\nRing oss, gärna på förmiddagen.\n");
        File.SetLastWriteTimeUtc(Path.Combine(site.Input, "sidor/kontakt.md"), DateTime.UtcNow.AddMinutes(1));

        var read = snapshot.Read(new ChangeSet());
        Assert.False(read.FullRead);
        Assert.Contains("förmiddagen", read.Input.Documents.Single(d => d.RelativePath == "sidor/kontakt.md").Text);
    }

    [Fact]
    public void A_file_that_is_no_longer_valid_utf8_gets_the_build_s_own_finding()
    {
        using var site = TempSite.CopyOf("valid");
        var snapshot = new InputSnapshot(site.Input);
        snapshot.Read(ChangeSet.Everything());
        site.WriteBytes("sidor/om.md", [.. "---\ntyp: sida\nid: om\ntitel: K"u8, 0xF6, .. "k\n---\n"u8]);

        var read = snapshot.Read(Named(site, "sidor/om.md"));
        Assert.True(read.FullRead);
        Assert.Contains(read.Diagnostics, d => d.Code == "input-encoding" && d.Location.File == "sidor/om.md");
    }

    [Fact]
    public void The_folder_writes_only_what_differs_and_can_put_back_what_it_replaced()
    {
        using var site = new TempSite();
        var folder = new PreviewFolder(Path.Combine(site.Root, "f"));
        Assert.Equal(2, folder.Write([MadeFile.Of("a/index.html", "ett"u8.ToArray()), MadeFile.Of("b.css", "två"u8.ToArray())]).Count);
        Assert.Empty(folder.Write([MadeFile.Of("a/index.html", "ett"u8.ToArray())]));

        var undo = folder.Write([MadeFile.Of("a/index.html", "tre"u8.ToArray()), MadeFile.Of("c.txt", "ny"u8.ToArray())], keepBefore: true);
        Assert.Equal(2, undo.Count);
        folder.Restore(undo);
        Assert.Equal("ett", File.ReadAllText(Path.Combine(folder.Root, "a/index.html")));
        Assert.False(File.Exists(Path.Combine(folder.Root, "c.txt")));

        Assert.Equal(["b.css"], folder.RemoveAllBut(new HashSet<string> { "a/index.html" }));
        Assert.Equal([".forhandsgranskning.las"], Directory.GetFiles(folder.Root, ".*", SearchOption.AllDirectories).Select(Path.GetFileName));
        folder.Dispose();
    }

    [Fact]
    public void A_second_preview_cannot_take_over_a_folder_in_use()
    {
        using var site = new TempSite();
        using var first = new PreviewFolder(Path.Combine(site.Root, "f"));
        File.WriteAllText(Path.Combine(first.Root, "index.html"), "första");

        Assert.Throws<FolderInUseException>(() => new PreviewFolder(first.Root));
        Assert.True(File.Exists(Path.Combine(first.Root, "index.html")));
    }

    [Fact]
    public void A_port_outside_the_range_is_a_usage_error()
    {
        var (code, _, errors) = CommandLine.Run("preview", "--port", "70000");
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("--port", errors);
    }

    [Fact]
    public void A_port_in_use_is_reported_in_swedish_without_a_stack_trace()
    {
        using var site = TempSite.CopyOf("valid");
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var (code, _, errors) = CommandLine.Run("preview", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--input", site.Input, "--theme", Repository.Theme);
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains($"porten {port} används redan", errors);
    }
}
