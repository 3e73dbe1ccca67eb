using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Sodertorn.Site.Cms;
using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Domain;
using Sodertorn.Site.Linking;
using Sodertorn.Site.Tests.Support;

namespace Sodertorn.Site.Tests.Cms;

/// <summary>
/// /admin/ids.json, what the editor's id picker offers ("Länk till id"): every id a link may point to, with its title and
/// whether it is published, in the order of the ids, drafts left out.
/// </summary>
public sealed class CmsGeneratorTests
{
    private sealed record Offered(string Id, string Titel, bool Publicerad);

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    [Fact]
    public void The_real_site_offers_every_id_of_its_documents_and_parts_with_its_title()
    {
        var written = SharedSites.Real.Read("admin/ids.json");
        var offered = JsonSerializer.Deserialize<List<Offered>>(written, Json)!;

        var index = SharedSites.RealLinked.Index;
        var expected = index.Ids.Select(id => index.Find(id)!).Where(e => !e.Draft)
            .OrderBy(e => e.Id, StringComparer.Ordinal).Select(e => new Offered(e.Id, e.Title, e.Published)).ToList();
        Assert.Equal(expected, offered);
        // A minutes' decision is offered with the title a link to it shows, and a document declared unpublished as such.
        Assert.Contains(offered, o => o.Id.Contains('/', StringComparison.Ordinal) && o.Titel.StartsWith("Beslut, ", StringComparison.Ordinal));
        Assert.Contains(offered, o => !o.Publicerad);
        // Swedish letters as themselves, as the picker shows them; one line, ended.
        Assert.Contains("Södertörn", written, StringComparison.Ordinal);
        Assert.EndsWith("]\n", written, StringComparison.Ordinal);
    }

    [Fact]
    public void A_site_of_thousands_of_ids_is_written_whole_in_order_without_its_drafts()
    {
        // Far more than the writer holds before it writes to the file: the file must still be one array, in order.
        var entries = Enumerable.Range(0, 5000).Select(n => new IndexEntry(
            $"lg-{n:D5}", TargetKind.Meeting, $"Ledningsgruppen nr {n} – \"möte\" & <dagordning>",
            n % 7 == 0 ? null : $"/protokoll/lg-{n:D5}/", new SourceLocation($"protokoll/lg-{n:D5}.md"), Draft: n % 11 == 0)).ToList();
        var index = new IdentifierIndex(entries.OrderByDescending(e => e.Id, StringComparer.Ordinal).ToDictionary(e => e.Id));

        using var file = new MemoryStream();
        CmsGenerator.WriteIds(index, file);

        var expected = entries.Where(e => !e.Draft).Select(e => new Offered(e.Id, e.Title, e.Published)).ToList();
        Assert.Equal(JsonSerializer.Serialize(expected, Json) + "\n", Encoding.UTF8.GetString(file.ToArray()));
    }
}
