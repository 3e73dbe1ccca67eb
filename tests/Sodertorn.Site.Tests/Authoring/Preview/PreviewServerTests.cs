using System.Net;
using Sodertorn.Site.Authoring.Preview;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Authoring.Preview;

public sealed class PreviewServerTests
{
    private const string MeetingPage = "/protokoll/lg-2030-03-01/";
    private const string MeetingFile = "protokoll/lg-2030-03-01.md";

    [Fact]
    public async Task Serves_the_site_with_the_script_added_to_html_only()
    {
        await using var preview = await RunningPreview.StartAsync();

        var home = await preview.GetAsync("/");
        Assert.EndsWith(PreviewPaths.ScriptTag + "</body>", home.TrimEnd().Replace("\n</html>", "", StringComparison.Ordinal));
        Assert.Single(AllIndexesOf(home, PreviewPaths.ScriptTag));
        Assert.Contains(PreviewPaths.ScriptTag, await preview.GetAsync(MeetingPage));

        var css = home.Split('"').First(s => s.StartsWith("/assets/", StringComparison.Ordinal) && s.EndsWith(".css", StringComparison.Ordinal));
        Assert.DoesNotContain("__forhandsgranskning", await preview.GetAsync(css));

        using var script = await preview.Client.GetAsync(PreviewPaths.Script);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.Contains("EventSource", await script.Content.ReadAsStringAsync());

        using var missing = await preview.Client.GetAsync("/finns-inte/");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains(PreviewPaths.ScriptTag, await missing.Content.ReadAsStringAsync());
        // A file's address with a slash after it is a page that does not exist either (it was a server error).
        foreach (var fileAsFolder in new[] { "/index.html/", MeetingPage + "index.html/", css + "/" })
        {
            using var response = await preview.Client.GetAsync(fileAsFolder);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
        Assert.StartsWith("http://127.0.0.1:", preview.Host.Url);
    }

    [Fact]
    public async Task Saving_a_file_sends_a_reload_event_for_its_page_and_serves_the_new_text()
    {
        await using var preview = await RunningPreview.StartAsync();
        await using var events = await preview.EventsAsync();

        Edit(preview.Site, MeetingFile, "Anna Exempel hälsar välkommen.", "Anna Exempel hälsar alla varmt välkomna.");

        var build = await events.NextAsync("bygge", b => b.Changed(MeetingPage));
        Assert.True(build.Succeeded());
        Assert.Contains("hälsar alla varmt välkomna", await preview.GetAsync(MeetingPage));
        var complete = await events.NextAsync("bygge", b => b.Complete());
        Assert.True(complete.Succeeded());
    }

    [Fact]
    public async Task An_edit_reaches_pages_made_from_other_files_in_the_complete_pass()
    {
        await using var preview = await RunningPreview.StartAsync();
        await using var events = await preview.EventsAsync();

        // A meeting's title is derived from its organ's: renaming the organ changes the meeting's page.
        Edit(preview.Site, "organisation/ledningsgruppen.md", "titel: Ledningsgruppen", "titel: Styrgruppen");

        var complete = await events.NextAsync("bygge", b => b.Complete() && b.Succeeded());
        Assert.True(complete.Changed(MeetingPage));
        Assert.Contains("Styrgruppen 1 mars 2030", await preview.GetAsync(MeetingPage));
    }

    [Fact]
    public async Task A_broken_file_keeps_the_last_good_site_and_reports_file_and_line_until_fixed()
    {
        await using var preview = await RunningPreview.StartAsync();
        await using var events = await preview.EventsAsync();
        var good = await preview.GetAsync("/om/");

        var original = File.ReadAllText(Path.Combine(preview.Site.Input, "sidor/om.md"));
        preview.Site.Write("sidor/om.md", original.Replace("titel: Om samverkan", "titel: Om: samverkan: här", StringComparison.Ordinal)
            .Replace("Text.", "Ny text som inte ska synas.", StringComparison.Ordinal));

        var failed = await events.NextAsync("bygge", b => !b.Succeeded());
        Assert.True(failed.Complete());
        var status = await preview.StatusAsync();
        Assert.False(status.GetProperty("lyckades").GetBoolean());
        var error = Assert.Single(status.GetProperty("fel").EnumerateArray());
        Assert.Equal("sidor/om.md", error.GetProperty("fil").GetString());
        Assert.Equal(4, error.GetProperty("rad").GetInt32());
        Assert.StartsWith("YAML-fel", error.GetProperty("meddelande").GetString());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("forslag").GetString()));
        Assert.Equal(good, await preview.GetAsync("/om/"));
        Assert.Contains("sidor/om.md:4:", preview.Errors);

        preview.Site.Write("sidor/om.md", original);
        await events.NextAsync("bygge", b => b.Succeeded() && b.Complete());
        status = await preview.StatusAsync();
        Assert.True(status.GetProperty("lyckades").GetBoolean());
        Assert.Empty(status.GetProperty("fel").EnumerateArray());
    }

    [Fact]
    public async Task A_broken_link_found_only_by_the_complete_pass_undoes_the_early_write()
    {
        await using var preview = await RunningPreview.StartAsync();
        await using var events = await preview.EventsAsync();
        var good = await preview.GetAsync("/om/");

        // A link to an anchor that no page has: found by the link check over the finished pages.
        Edit(preview.Site, "sidor/om.md", "Text.", "Se [kontakt](/kontakt/#finns-inte).");

        await events.NextAsync("bygge", b => !b.Succeeded());
        var error = Assert.Single((await preview.StatusAsync()).GetProperty("fel").EnumerateArray());
        Assert.Equal("anchor-broken", error.GetProperty("kod").GetString());
        Assert.Equal("sidor/om.md", error.GetProperty("fil").GetString());
        Assert.Equal(good, await preview.GetAsync("/om/"));
    }

    [Fact]
    public async Task An_early_page_is_put_back_when_the_complete_pass_finds_an_error_it_causes_elsewhere()
    {
        await using var preview = await RunningPreview.StartAsync();
        await using var events = await preview.EventsAsync();
        preview.Site.Write("sidor/kontakt.md", File.ReadAllText(Path.Combine(preview.Site.Input, "sidor/kontakt.md")) + "\nSe [syftet](/om/#paragraf-1).\n");
        Assert.True((await events.NextAsync("bygge", b => b.Complete())).Succeeded());
        var good = await preview.GetAsync("/om/");

        // The page's own links hold, so it is written early; but the contact page links to the anchor it loses.
        Edit(preview.Site, "sidor/om.md", "{#paragraf-1}", "{#syfte}");
        Assert.True((await events.NextAsync("bygge", b => b.Changed("/om/"))).Succeeded());
        var failed = await events.NextAsync("bygge", b => b.Complete());
        Assert.False(failed.Succeeded());
        Assert.True(failed.Changed("/om/"));
        Assert.Equal("anchor-broken", Assert.Single((await preview.StatusAsync()).GetProperty("fel").EnumerateArray()).GetProperty("kod").GetString());
        Assert.Equal(good, await preview.GetAsync("/om/"));
    }

    [Fact]
    public async Task Only_files_whose_bytes_changed_are_written_again()
    {
        await using var preview = await RunningPreview.StartAsync();
        await using var events = await preview.EventsAsync();
        var contact = Path.Combine(preview.Host.Folder, "kontakt", "index.html");
        var meeting = Path.Combine(preview.Host.Folder, "protokoll", "lg-2030-03-01", "index.html");
        var before = File.GetLastWriteTimeUtc(contact);
        var meetingBefore = File.GetLastWriteTimeUtc(meeting);
        await Task.Delay(20); // file times must be able to differ

        Edit(preview.Site, MeetingFile, "Anna Exempel hälsar välkommen.", "Anna Exempel öppnar mötet.");
        await events.NextAsync("bygge", b => b.Complete() && b.Succeeded());

        Assert.Equal(before, File.GetLastWriteTimeUtc(contact));
        Assert.NotEqual(meetingBefore, File.GetLastWriteTimeUtc(meeting));
    }

    [Fact]
    public async Task A_new_file_gets_its_page_and_a_deleted_file_loses_it()
    {
        await using var preview = await RunningPreview.StartAsync();
        await using var events = await preview.EventsAsync();

        preview.Site.Write("sidor/ny.md", "---\ntyp: sida\nid: ny-sida\ntitel: En ny sida\n---\nHej.\n");
        // A new page is written early too (before the lists that name it): a tab on its address reloads at once.
        Assert.True((await events.NextAsync("bygge", b => b.Changed("/ny-sida/"))).Succeeded());
        Assert.Contains("En ny sida", await preview.GetAsync("/ny-sida/"));
        await events.NextAsync("bygge", b => b.Complete());

        File.Delete(Path.Combine(preview.Site.Input, "sidor/ny.md"));
        await events.NextAsync("bygge", b => b.Changed("/ny-sida/") && b.Complete());
        using var gone = await preview.Client.GetAsync("/ny-sida/");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task A_theme_change_rebuilds_every_page()
    {
        using var theme = new TempSite();
        TempSite.CopyDirectory(Repository.Theme, theme.Root + "/theme");
        await using var preview = await RunningPreview.StartAsync(theme: theme.Root + "/theme");
        await using var events = await preview.EventsAsync();

        var layout = Path.Combine(theme.Root, "theme", "layouts", "base.sbn");
        File.WriteAllText(layout, File.ReadAllText(layout).Replace("</body>", "<p id=\"temamarkering\"></p></body>", StringComparison.Ordinal));

        var build = await events.NextAsync("bygge", b => b.Complete() && b.Changed("/om/"));
        Assert.True(build.Changed(MeetingPage));
        Assert.Contains("temamarkering", await preview.GetAsync("/om/"));
    }

    [Fact]
    public async Task The_search_index_is_built_when_the_search_page_first_asks_for_it()
    {
        await using var preview = await RunningPreview.StartAsync();
        Assert.False(Directory.Exists(Path.Combine(preview.Host.Folder, "pagefind")));

        using var response = await preview.Client.GetAsync("/pagefind/pagefind.js");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(PreviewPaths.ScriptTag, await response.Content.ReadAsStringAsync());
    }

    private static void Edit(TempSite site, string file, string from, string to)
    {
        var path = Path.Combine(site.Input, file);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        site.Write(file, text.Replace(from, to, StringComparison.Ordinal));
    }

    private static List<int> AllIndexesOf(string text, string value)
    {
        var found = new List<int>();
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal)) found.Add(i);
        return found;
    }
}
