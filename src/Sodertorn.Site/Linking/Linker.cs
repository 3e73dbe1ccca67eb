using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Domain;
using Sodertorn.Site.Domain.Reading;

namespace Sodertorn.Site.Linking;

/// <summary>
/// Link stage: gives every entity and part its permanent address, finds identifiers defined twice, and
/// resolves every reference — an error with "did you mean" when it names nothing, a named warning when it
/// names a document that exists but is not published here.
/// </summary>
/// <param name="reserved">Addresses the build writes itself (Pipeline/SiteRoutes): an entity may not take one.</param>
/// <param name="unreadable">Ids written in files that could not be read, to the file: a reference to one points there.</param>
public sealed class Linker(DiagnosticBag diagnostics, ReservedIds reserved, IReadOnlyDictionary<string, string>? unreadable = null)
{
    public LinkedSite Link(IReadOnlyList<Entity> entities, IReadOnlyList<UnpublishedDocument> unpublished)
    {
        var organTitles = entities.OfType<Organ>().GroupBy(o => o.Id).ToDictionary(g => g.Key, g => g.First().Title);
        var named = entities.Select(e => e is Meeting m && m.Title.Length == 0 ? m with { Title = MeetingTitle(m, organTitles) } : e).ToList();

        var entries = new Dictionary<string, IndexEntry>(StringComparer.Ordinal);
        var accepted = new List<Entity>();
        foreach (var entity in named.OrderBy(e => e.Source.File, StringComparer.Ordinal))
        {
            // The first file (by path) keeps a duplicated id; the others are reported and left out.
            if (entries.ContainsKey(entity.Id))
            {
                Add(entries, new IndexEntry(entity.Id, entity.Kind, entity.Title, null, entity.Source));
                continue;
            }
            accepted.Add(entity);
            if (entity.Kind == TargetKind.Page && reserved.PageIds.Contains(entity.Id))
                diagnostics.Error("id-reserved", entity.Source, $"id '{entity.Id}' är reserverat: webbplatsen skriver själv /{entity.Id}/",
                    $"välj ett annat id, t.ex. '{entity.Id}-info'");
            if (entity.Kind == TargetKind.Organ && reserved.OrganIds.Contains(entity.Id))
                diagnostics.Error("id-reserved", entity.Source, $"id '{entity.Id}' är reserverat: /flode/{entity.Id}.xml är ett av webbplatsens gemensamma flöden",
                    $"välj ett annat id för organet, t.ex. '{entity.Id}-organ'");
            // A draft is known by id only, so neither its title nor its parts' titles reach any output.
            var url = entity.Draft ? null : UrlScheme.For(entity);
            Add(entries, new IndexEntry(entity.Id, entity.Kind, entity.Draft ? entity.Id : entity.Title, url, entity.Source, entity.Draft));
            // A part id repeated inside one document was already reported by its reader, with both lines.
            foreach (var part in PartsOf(entity).DistinctBy(p => p.LocalId))
            {
                var partId = entity.Id + "/" + part.LocalId;
                Add(entries, new IndexEntry(partId, part.Kind, entity.Draft ? partId : part.Title, url is null ? null : url + "#" + part.LocalId, part.Source, entity.Draft));
            }
        }
        foreach (var doc in unpublished)
            Add(entries, new IndexEntry(doc.Id, null, doc.Title, null, doc.Source));

        var index = new IdentifierIndex(entries);
        var advice = UnknownReferenceAdvice.For(accepted);
        foreach (var entity in accepted)
            foreach (var reference in entity.References)
                Check(reference, index, advice);

        var published = accepted.Where(e => !e.Draft).ToList();
        var meetings = published.OfType<Meeting>().OrderBy(m => m.Date).ThenBy(m => m.Id, StringComparer.Ordinal).ToList();
        var activities = published.OfType<Activity>()
            .OrderBy(a => a.Plan, StringComparer.Ordinal).ThenBy(a => a.Order ?? int.MaxValue).ThenBy(a => a.Source.File, StringComparer.Ordinal)
            .ToList();
        var municipalities = Sorted(published.OfType<Municipality>());
        var goals = published.OfType<Goal>().OrderBy(g => Goal.Levels.ToList().IndexOf(g.Level)).ThenBy(g => g.Source.File, StringComparer.Ordinal).ToList();
        return new LinkedSite(
            meetings,
            published.OfType<Plan>().OrderBy(p => p.Year).ToList(),
            activities,
            goals,
            Sorted(published.OfType<Network>()),
            Sorted(published.OfType<Organ>()),
            municipalities,
            Sorted(published.OfType<Page>()),
            unpublished,
            index,
            SiteGraph.Build(meetings, activities, goals, municipalities));
    }

    public static string MeetingTitle(Meeting meeting, IReadOnlyDictionary<string, string> organTitles) =>
        $"{(organTitles.TryGetValue(meeting.Organ, out var organ) ? organ : meeting.Organ)} {SwedishDates.Long(meeting.Date)}";

    private static List<T> Sorted<T>(IEnumerable<T> items) where T : Entity => items.OrderBy(e => e.Id, StringComparer.Ordinal).ToList();

    private static IEnumerable<Part> PartsOf(Entity entity) => entity switch
    {
        Meeting m => m.AgendaItems.SelectMany(item =>
            new[] { new Part(item.LocalId, ItemTitle(m, item), TargetKind.AgendaItem, item.Source) }
                .Concat(item.Decisions.Select(d => new Part(d.LocalId, $"Beslut, {m.Title} punkt {item.NumberOrTitle}", TargetKind.Decision, d.Source)))
                .Concat(item.Assignments.Select(a => new Part(a.LocalId, $"Uppdrag, {m.Title} punkt {item.NumberOrTitle}", TargetKind.Assignment, a.Source)))),
        Plan p => p.KansliAssignments.Select(k => new Part(k.LocalId, k.Title, TargetKind.KansliAssignment, p.Source))
            .Concat(p.CommunicationActivities.Select(c => new Part(c.LocalId, $"{p.Title}, bilaga 1 punkt {c.Number}", TargetKind.CommunicationActivity, p.Source))),
        _ => [],
    };

    private static string ItemTitle(Meeting meeting, AgendaItem item) =>
        $"{item.Label} ({meeting.Title})";

    private void Add(Dictionary<string, IndexEntry> entries, IndexEntry entry)
    {
        if (entries.TryGetValue(entry.Id, out var first))
        {
            if (entry.Source.File == UnpublishedReader.FileName && first.Source.File == UnpublishedReader.FileName)
                diagnostics.Error("id-duplicate", entry.Source, $"'{entry.Id}' står redan i {UnpublishedReader.FileName} ({first.Source})",
                    "ta bort den ena posten");
            else if (entry.Source.File == UnpublishedReader.FileName)
                diagnostics.Error("id-duplicate", entry.Source, $"'{entry.Id}' står som opublicerat, men dokumentet publiceras nu ({first.Source})",
                    $"ta bort posten '{entry.Id}' ur {UnpublishedReader.FileName}");
            else
                diagnostics.Error("id-duplicate", entry.Source, $"id '{entry.Id}' finns redan i {first.Source}",
                    "varje id får bara finnas en gång; byt id i en av filerna");
            return;
        }
        entries[entry.Id] = entry;
    }

    private void Check(Reference reference, IdentifierIndex index, UnknownReferenceAdvice advice)
    {
        var entry = index.Find(reference.TargetId);
        if (entry is null && unreadable is not null && unreadable.TryGetValue(reference.TargetId, out var file))
        {
            // One mistake in a plan's front matter would otherwise make every reference to it an error of its own, each
            // offering a similar id: say where the id is and that the mistake there is what to fix.
            diagnostics.Error("ref-unknown", reference.Location, $"'{reference.TargetId}' i {reference.Field} är id:t i {file}, som inte kunde läsas",
                $"rätta felet i {file} först; då finns '{reference.TargetId}' igen", reference.TargetId);
            return;
        }
        if (entry is null && !Content.Identifier.IsReference(reference.TargetId))
        {
            // Only a link's xref: can name something that is not an id at all (fields are read as ids): say what is wrong with it.
            var (message, suggestion) = MalformedTarget(reference.TargetId);
            diagnostics.Error("id-syntax", reference.Location, message, suggestion, reference.TargetId);
            return;
        }
        if (entry is null)
        {
            var candidates = reference.Expected is null
                ? index.Ids
                : index.Ids.Where(id => index.Find(id)!.Kind is { } k && reference.Expected.Contains(k));
            diagnostics.Error("ref-unknown", reference.Location, $"'{reference.TargetId}' i {reference.Field} pekar inte på något som finns",
                advice.Suggestion(reference.TargetId, candidates, id => $"'{id}' ({index.Find(id)!.Title})"),
                reference.TargetId);
            return;
        }
        if (entry.Kind is { } kind && reference.Expected is not null && !reference.Expected.Contains(kind))
        {
            diagnostics.Error("ref-kind", reference.Location,
                $"'{reference.TargetId}' i {reference.Field} är {KindName(kind)}, men här ska stå {Suggestions.Or(reference.Expected.Select(KindName))}",
                "kontrollera att rätt id står i rätt fält", reference.TargetId);
            return;
        }
        if (entry.Draft)
            diagnostics.Warning("ref-draft", reference.Location,
                $"'{reference.TargetId}' är ett utkast (utkast: true) och publiceras inte; texten visas utan länk",
                "ta bort 'utkast: true' när dokumentet ska publiceras, eller ta bort hänvisningen", reference.TargetId);
        else if (!entry.Published)
            diagnostics.Warning("ref-unpublished", reference.Location,
                $"'{reference.TargetId}' ({entry.Title}) publiceras inte här; texten visas utan länk",
                "inget att göra om dokumentet medvetet saknas; publicera det annars så blir det en länk", reference.TargetId);
    }

    private static (string Message, string Suggestion) MalformedTarget(string target)
    {
        if (target.Length == 0) return ("länken har inget id efter 'xref:'", "skriv id:t direkt efter xref:, t.ex. [planen](xref:vp-2024)");
        var parts = target.Split('/', '#').Where(p => p.Length > 0).Take(2).Select(Content.Identifier.Suggest);
        var instead = "xref:" + string.Join('/', parts);
        return target.IndexOf('#') > 0
            ? ($"'xref:{target}': en del av ett dokument skrivs efter ett snedstreck, inte efter '#'", $"skriv {instead}")
            : ($"'xref:{target}' är inget id: ett id har bara små bokstäver a–z, siffror och bindestreck, och en del av ett dokument skrivs 'dokument/del'",
                $"skriv t.ex. {instead}");
    }

    public static string KindName(TargetKind kind) => kind switch
    {
        TargetKind.Meeting => "ett protokoll",
        TargetKind.Plan => "en verksamhetsplan",
        TargetKind.Activity => "en aktivitet",
        TargetKind.Goal => "ett mål",
        TargetKind.Network => "ett nätverk",
        TargetKind.Organ => "ett organ",
        TargetKind.Municipality => "en kommun",
        TargetKind.Page => "en sida",
        TargetKind.AgendaItem => "en dagordningspunkt",
        TargetKind.Decision => "ett beslut",
        TargetKind.Assignment => "ett uppdrag",
        TargetKind.KansliAssignment => "ett av kansliets uppdrag",
        _ => "en kommunikationsaktivitet",
    };
}
