using System.Text.RegularExpressions;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Sodertorn.Site.Content;
using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Markdown;
using Sodertorn.Site.Markdown.Decisions;

namespace Sodertorn.Site.Domain.Reading;

/// <summary>
/// Reads minutes: the meeting's facts from front matter, and from the body the agenda items (one '##'
/// heading each) with the decisions and assignments marked inside them.
/// </summary>
/// <param name="pool">Where the minutes share their ids, owners and targets with the other documents read (EntityReader's).</param>
public sealed partial class MinutesReader(DiagnosticBag diagnostics, TextPool pool)
{
    private static readonly HashSet<TargetKind> OrganOnly = [TargetKind.Organ];
    private static readonly HashSet<TargetKind> MunicipalityOnly = [TargetKind.Municipality];
    /// <summary>The values of mötesform; the CMS offers exactly these (Cms/CmsFields).</summary>
    public static readonly IReadOnlyList<string> Forms = ["fysiskt", "digitalt", "hybrid"];

    [GeneratedRegex(@"^(?:§\s*)?(?<number>\d+(?:\.\d+)*)[.)]?\s+(?<title>.+)$")]
    private static partial Regex NumberedHeading();

    public Meeting Read(ParsedDocument doc, string id, List<Reference> refs)
    {
        var meta = doc.Meta;
        var organ = meta.Id("organ", required: true, example: "ledningsgruppen");
        var date = meta.Date("datum", required: true);
        var form = ReadForm(meta);
        // A person is in one of the lists, once: in two, the page and the municipality's attendance would contradict each other.
        var listed = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var participants = ReadPeople(meta, "deltagare", refs, listed);
        var absentees = ReadPeople(meta, "frånvarande", refs, listed);
        var guests = ReadPeople(meta, "övriga", refs, listed);
        var nextMeta = meta.Mapping("nästa_möte", "{datum: 2024-04-19, plats: Huddinge kommunhus}");
        var next = nextMeta is null ? null : ReadNext(nextMeta);
        var (start, end) = (meta.Time("start"), meta.Time("slut"));
        // Facts that contradict each other, reported at the line to change (the fields' own lines are known only here).
        if (start is { } s && end is { } e && e <= s)
            diagnostics.Error("time-order", meta.LocationOf("slut"), $"mötet slutar ({e:HH\\:mm}) innan det börjar ({s:HH\\:mm})",
                "kontrollera 'start' och 'slut'");
        if (next?.Date is { } nextDate && date is { } day && nextDate <= day)
            diagnostics.Error("date-order", nextMeta!.LocationOf("datum"), $"nästa möte ({nextDate:yyyy-MM-dd}) är inte efter detta möte ({day:yyyy-MM-dd})",
                "kontrollera datumet under 'nästa_möte'");
        if (organ is not null) refs.Add(new Reference(organ, meta.LocationOf("organ"), "organ", OrganOnly));

        var adjusters = meta.StringList("justerare");
        var secretary = meta.String("sekreterare");
        CheckSigners(meta, [.. participants, .. guests], adjusters, secretary);
        var items = ReadAgenda(doc, id, date, refs);
        StrayDecisionMarks.Report(doc, diagnostics);
        return new Meeting
        {
            Id = id,
            Title = meta.String("titel") ?? "",
            Source = meta.Location,
            // Only the rendered body is kept (Entity.BodyHtml); without it, the Markdown is rendered when the page is.
            Body = doc.BodyHtml is null ? doc.BodyText : "",
            References = refs,
            Organ = organ ?? "",
            Date = date ?? default,
            DateSource = meta.LocationOf("datum"),
            Start = start,
            End = end,
            Place = meta.String("plats"),
            Form = form,
            Participants = participants,
            Absentees = absentees,
            Guests = guests,
            Secretary = secretary,
            Adjusters = adjusters,
            Next = next,
            AgendaItems = items,
        };
    }

    private MeetingForm? ReadForm(FrontMatter meta)
    {
        var text = meta.String("mötesform");
        switch (text)
        {
            case null: return null;
            case "fysiskt": return MeetingForm.InPerson;
            case "digitalt": return MeetingForm.Digital;
            case "hybrid": return MeetingForm.Hybrid;
        }
        diagnostics.Error("form-unknown", meta.LocationOf("mötesform"), $"okänd mötesform '{text}'",
            Suggestions.DidYouMean(text, Forms) ?? "skriv fysiskt, digitalt eller hybrid");
        return null;
    }

    private List<Participant> ReadPeople(FrontMatter meta, string key, List<Reference> refs, Dictionary<string, string> listed)
    {
        var result = new List<Participant>();
        foreach (var person in meta.MappingList(key, "[{namn: Anna Andersson, kommun: huddinge}]"))
        {
            var name = person.String("namn", required: true, example: "Anna Andersson");
            var municipality = person.Id("kommun", example: "huddinge");
            var organisation = person.String("organisation");
            var note = person.String("not");
            person.ReportUnknownKeys($"en person i '{key}'");
            if (municipality is not null)
                refs.Add(new Reference(municipality, person.LocationOf("kommun"), "kommun", MunicipalityOnly));
            if (name is not null && !listed.TryAdd(name, key))
                diagnostics.Error("person-twice", person.LocationOf("namn"),
                    listed[name] == key ? $"{name} står två gånger under '{key}'" : $"{name} står både under '{listed[name]}' och under '{key}'",
                    listed[name] == key ? "ta bort den ena raden" : $"ta bort personen ur den ena listan; deltog personen i en del av mötet, skriv det i 'not' under '{listed[name]}', t.ex. not: till kl 10");
            else if (name is not null) result.Add(new Participant(name, municipality, organisation, note));
        }
        return result;
    }

    /// <summary>
    /// Who adjusted the minutes attended the meeting, so a name not among those present is a typo ('Anna Exempell') or
    /// a name left from other minutes. The secretary may be someone not listed; only a near miss of a name that is
    /// listed is reported. Minutes without a list of those present have nothing to compare with.
    /// </summary>
    private void CheckSigners(FrontMatter meta, IReadOnlyList<Participant> present, IReadOnlyList<string> adjusters, string? secretary)
    {
        var names = present.Select(p => p.Name).ToList();
        // Unfinished lists are the placeholder check's to report.
        if (names.Count == 0 || names.Any(Placeholders.In)) return;
        bool Listed(string name) => names.Contains(name, StringComparer.OrdinalIgnoreCase);
        foreach (var adjuster in adjusters.Where(a => !Listed(a) && !Placeholders.In(a)))
            diagnostics.Error("signer-not-present", meta.LocationOf("justerare"), $"justeraren {adjuster} står inte bland mötets deltagare",
                Suggestions.DidYouMean(adjuster, names) is { } near ? $"{near} Justeraren ska stå under 'deltagare' eller 'övriga', stavad likadant"
                    : $"lägg till {adjuster} under 'deltagare', eller rätta namnet under 'justerare'");
        if (secretary is not null && !Listed(secretary) && !Placeholders.In(secretary) && Suggestions.DidYouMean(secretary, names) is { } close)
            diagnostics.Error("signer-not-present", meta.LocationOf("sekreterare"), $"sekreteraren {secretary} står inte bland mötets deltagare, men ett namn där liknar",
                $"{close} Skriv namnet likadant på båda ställena");
    }

    private static NextMeeting ReadNext(FrontMatter next)
    {
        var result = new NextMeeting(next.Date("datum"), next.Time("start"), next.Time("slut"), next.String("plats"), next.String("text"));
        next.ReportUnknownKeys("'nästa_möte'");
        return result;
    }

    private List<AgendaItem> ReadAgenda(ParsedDocument doc, string meetingId, DateOnly? meetingDate, List<Reference> refs)
    {
        var items = new List<AgendaItem>();
        var localIds = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        AgendaItemBuilder? current = null;

        foreach (var block in doc.Body)
        {
            if (block is HeadingBlock { Level: 2 } heading)
            {
                if (current is not null) items.Add(current.Build());
                current = StartItem(doc, heading, localIds);
                continue;
            }
            var containers = block is CustomContainer self ? [self, .. self.Descendants<CustomContainer>()] : block.Descendants<CustomContainer>();
            foreach (var container in containers)
            {
                // Markdig lets the inner ':::' close the outer container, so a forgotten ':::' shows up as
                // one decision nested in another — which would otherwise silently swallow the second.
                if (container.Parent is CustomContainer outer && DecisionExtension.IsDecisionOrAssignment(outer))
                {
                    diagnostics.Error("container-nested", doc.LocationOf(container),
                        $"':::{container.Info}' står inuti ':::{outer.Info}' från rad {doc.LocationOf(outer).Line}",
                        "stäng det första beslutet eller uppdraget med en rad ':::' innan nästa börjar");
                    continue;
                }
                ReadContainer(doc, container, current, meetingDate, localIds, refs);
            }
        }
        if (current is not null) items.Add(current.Build());
        return items;
    }

    private AgendaItemBuilder StartItem(ParsedDocument doc, HeadingBlock heading, Dictionary<string, SourceLocation> localIds)
    {
        var text = InlineText.Of(heading.Inline);
        var match = NumberedHeading().Match(text);
        var number = match.Success ? pool.Share(match.Groups["number"].ValueSpan) : null;
        var title = match.Success ? match.Groups["title"].Value.Trim() : text;
        var location = doc.LocationOf(heading);
        var id = ExplicitId(doc, heading) is { } written ? pool.Share(written) : null;
        if (id is null)
            diagnostics.Error("agenda-id-missing", location, $"dagordningspunkten '{text}' saknar id",
                $"skriv ett id sist på rubrikraden: ## {text} {{#{Identifier.Suggest(title)}}}");
        else
            Register(id, location, localIds);
        return new AgendaItemBuilder(id ?? Identifier.Suggest(title), number, title, location);
    }

    private void ReadContainer(ParsedDocument doc, CustomContainer container, AgendaItemBuilder? item, DateOnly? meetingDate,
        Dictionary<string, SourceLocation> localIds, List<Reference> refs)
    {
        var location = doc.LocationOf(container);
        if (container.ClosingFencedCharCount == 0)
            diagnostics.Error("container-unclosed", location, $"':::{container.Info}' på rad {location.Line} stängs aldrig, så resten av protokollet hamnar inuti den",
                "skriv en rad med bara ':::' direkt efter beslutets eller uppdragets text");
        if (container.Descendants<HeadingBlock>().FirstOrDefault(h => h.Level == 2) is { } inner)
            diagnostics.Error("container-heading", doc.LocationOf(inner), "en dagordningspunkt ('##') står inuti ett beslut eller uppdrag",
                "stäng beslutet med ':::' före rubriken");
        // The site's own note (Markdown/EditorialNote) is neither a decision nor an assignment.
        if (EditorialNote.Is(container)) return;
        if (!DecisionExtension.IsDecisionOrAssignment(container))
        {
            diagnostics.Error("container-unknown", location, $"okänd behållare ':::{container.Info}'",
                Suggestions.DidYouMean(container.Info ?? "", [DecisionExtension.DecisionKind, DecisionExtension.AssignmentKind])
                ?? "skriv '::: beslut {#id}' eller '::: uppdrag {#id ansvarig=\"Namn\"}'");
            return;
        }

        var isDecision = container.Info == DecisionExtension.DecisionKind;
        var attributes = container.TryGetAttributes();
        var text = ContainerText.Inner(doc.BodyText, container);
        var id = attributes?.Id is { } written ? pool.Share(written) : null;
        if (id is null && OpeningLine(doc, container).Contains("{#", StringComparison.Ordinal))
        {
            diagnostics.Error("id-syntax", location, "ett id måste vara minst två tecken långt",
                $"skriv t.ex. '::: {container.Info} {{#{Identifier.Suggest(FirstWords(text))}}}'");
            return;
        }
        if (id is null)
        {
            diagnostics.Error("decision-id-missing", location, $"{(isDecision ? "beslutet" : "uppdraget")} saknar id",
                $"skriv t.ex. '::: {container.Info} {{#{Identifier.Suggest(FirstWords(text))}}}'");
            return;
        }
        if (!Identifier.IsValid(id))
        {
            diagnostics.Error("id-syntax", location, $"'{id}' är inte ett giltigt id",
                $"skriv '{{#{Identifier.Suggest(id)}}}'");
            return;
        }
        Register(id, location, localIds);
        CheckAttributes(attributes!, container.Info!, location);
        ContainerContent.Report(doc, container, id, OpeningLine(doc, container), diagnostics);

        if (item is null)
        {
            diagnostics.Error("decision-outside-item", location,
                $"{(isDecision ? "beslutet" : "uppdraget")} '{id}' står före första dagordningspunkten",
                "flytta det in under den '##'-rubrik (dagordningspunkt) där det fattades");
            return;
        }

        var owner = HtmlDecisionRenderer.Attribute(attributes, DecisionExtension.OwnerAttribute) is { } o ? pool.Share(o) : null;
        var actsOn = HtmlDecisionRenderer.Attribute(attributes, DecisionExtension.ActsOnAttribute)?
            .Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(pool.Share).ToArray() ?? [];
        var line = OpeningLine(doc, container);
        foreach (var target in actsOn)
            refs.Add(new Reference(target, AttributeLocation(line, location, DecisionExtension.ActsOnAttribute), DecisionExtension.ActsOnAttribute));
        var followUps = new FollowUpAttributes(diagnostics);
        var deadline = followUps.Deadline(attributes!, owner, id, AttributeLocation(line, location, DecisionExtension.DeadlineAttribute), meetingDate);
        var follows = followUps.Targets(attributes!, name => AttributeLocation(line, location, name), refs);

        if (isDecision)
            item.Decisions.Add(new Decision(id, text, owner, actsOn, location) { Deadline = deadline, FollowUps = follows });
        else if (owner is null)
            diagnostics.Error("assignment-owner-missing", location, $"uppdraget '{id}' saknar ansvarig",
                $"skriv '::: uppdrag {{#{id} ansvarig=\"Namn\"}}'");
        else
            item.Assignments.Add(new Assignment(id, text, owner, location) { Deadline = deadline, FollowUps = follows });
    }

    /// <summary>
    /// Where an attribute is written: findings about it are reported there, not at the start of the line, which may hold
    /// an id, an owner and more.
    /// </summary>
    private static SourceLocation AttributeLocation(string openingLine, SourceLocation block, string attribute)
    {
        var at = openingLine.IndexOf(attribute + "=", StringComparison.Ordinal);
        return at < 0 ? block : block with { Column = block.Column + at };
    }

    private void CheckAttributes(HtmlAttributes attributes, string kind, SourceLocation location)
    {
        var allowed = DecisionExtension.AllowedAttributes;
        foreach (var property in attributes.Properties ?? [])
        {
            if (allowed.Contains(property.Key)) continue;
            diagnostics.Error("attribute-unknown", location, $"okänt attribut '{property.Key}'",
                Suggestions.DidYouMean(property.Key, allowed)
                ?? "tillåtna attribut är avser=\"id …\", ansvarig=\"Namn\", senast=\"ÅÅÅÅ-MM-DD\", återrapporterar=\"id …\", slutför=\"id …\" och återkallar=\"id …\"");
        }
        // Markdig itself gives the container its name as a class; any other class was written by the author.
        if (attributes.Classes?.FirstOrDefault(c => c != kind) is { } extra)
            diagnostics.Error("attribute-unknown", location, $"okänd klass '.{extra}' på beslutet",
                "ta bort klassen; beslut och uppdrag får bara id och attribut som avser, ansvarig och senast");
    }

    private void Register(string id, SourceLocation location, Dictionary<string, SourceLocation> localIds)
    {
        if (localIds.TryGetValue(id, out var first))
            diagnostics.Error("id-duplicate", location, $"id '{id}' används redan på rad {first.Line} i samma protokoll",
                $"ge den här punkten ett eget id, t.ex. '{id}-2'");
        else
            localIds[id] = location;
    }

    private static string? ExplicitId(ParsedDocument doc, HeadingBlock heading) =>
        // Markdig's auto identifiers also fill Id; only an id the author wrote survives re-ordering and rewording.
        OpeningLine(doc, heading).Contains("{#", StringComparison.Ordinal) ? heading.TryGetAttributes()?.Id : null;

    private static string OpeningLine(ParsedDocument doc, Block block)
    {
        var lineEnd = doc.BodyText.IndexOf('\n', block.Span.Start);
        return doc.BodyText[block.Span.Start..(lineEnd < 0 ? doc.BodyText.Length : lineEnd)];
    }

    private static string FirstWords(string text) =>
        string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(3));

    private sealed class AgendaItemBuilder(string id, string? number, string title, SourceLocation location)
    {
        public List<Decision> Decisions { get; } = [];
        public List<Assignment> Assignments { get; } = [];
        public AgendaItem Build() => new(id, number, title, location, Decisions, Assignments);
    }
}
