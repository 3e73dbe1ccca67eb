using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Sodertorn.Site.Content;
using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Markdown.Xref;

namespace Sodertorn.Site.Domain.Reading;

/// <summary>Model stage: turns one parsed document into its domain entity, or null when it cannot.</summary>
/// <param name="pool">Where the build's documents share their ids and link targets; without one, the reader keeps its own for
/// the documents it reads (scaffolding, tests).</param>
public sealed class EntityReader(DiagnosticBag diagnostics, TextPool? pool = null)
{
    private readonly TextPool pool = pool ?? new TextPool();

    private static readonly HashSet<TargetKind> GoalOnly = [TargetKind.Goal];
    private static readonly HashSet<TargetKind> PlanOnly = [TargetKind.Plan];
    private static readonly HashSet<TargetKind> NetworkOrOrgan = [TargetKind.Network, TargetKind.Organ];

    // An activity may also be run by one municipality: its roll-up and feed then count it (Rendering, Feeds).
    private static readonly HashSet<TargetKind> Runner = [TargetKind.Network, TargetKind.Organ, TargetKind.Municipality];
    private static readonly HashSet<TargetKind> DecisionOnly = [TargetKind.Decision];

    public Entity? Read(ParsedDocument doc)
    {
        var meta = doc.Meta;
        var id = meta.Id("id", required: true, example: Identifier.Suggest(Path.GetFileNameWithoutExtension(doc.File.RelativePath)));
        var title = meta.String("titel", required: doc.Kind != "protokoll", example: "Sidans rubrik");
        var draft = meta.Flag("utkast");
        var summary = meta.String("sammanfattning");
        var (links, linkLocations) = LinksIn(doc);

        // A document with errors still enters the model under its id (the build fails on the errors
        // anyway), so that references to it are not reported a second time as pointing at nothing.
        var name = title ?? id ?? "";
        Entity entity = doc.Kind switch
        {
            "protokoll" => new MinutesReader(diagnostics, pool).Read(doc, id ?? "", links),
            "verksamhetsplan" => new PlanReader(diagnostics).Read(doc, id ?? "", name, links),
            "aktivitet" => ReadActivity(doc, id ?? "", name, links),
            "mål" => ReadGoal(doc, id ?? "", name, links),
            "nätverk" => ReadNetwork(doc, id ?? "", name, links),
            "organ" => new Organ { Id = id ?? "", Title = name, ShortName = meta.String("kortnamn"), Source = meta.Location, Body = doc.BodyText, References = links },
            "kommun" => ReadMunicipality(doc, id ?? "", name, links),
            _ => new Page { Id = id ?? "", Title = name, Source = meta.Location, Body = doc.BodyText, References = links },
        };
        meta.ReportUnknownKeys($"ett dokument av typen '{doc.Kind}'");
        // Drafts too: a draft is published by deleting one line, and its placeholders must not go with it.
        PlaceholderCheck.Check(doc, diagnostics);
        HeadingMarks.Report(doc, diagnostics);
        LinksAndImages.Report(doc, diagnostics);
        if (doc.Kind != "protokoll") PageContainers.Report(doc, diagnostics);
        return id is null ? null : entity with
        {
            Draft = draft, Summary = summary, LinkLocations = linkLocations, BodyHtml = doc.BodyHtml,
            References = PlaceholderCheck.WithoutPlaceholderIds(entity.References),
        };
    }

    /// <summary>
    /// The xref links in a Markdown text field of front matter (a comment, a footnote), reported at the
    /// field's line: such text is rendered as Markdown, so its links must resolve like the body's.
    /// </summary>
    public static IEnumerable<Reference> LinksInText(string? text, SourceLocation field, string name)
    {
        if (string.IsNullOrEmpty(text) || !text.Contains(XrefExtension.Scheme, StringComparison.Ordinal)) yield break;
        var document = Markdig.Markdown.Parse(text, Markdown.MarkdownPipelineFactory.ForParsing);
        foreach (var link in document.Descendants<LinkInline>())
            if (XrefExtension.IdOf(link.Url) is { } id)
                yield return new Reference(id, field, name);
    }

    /// <summary>
    /// Every <c>[text](xref:ID)</c> in the body as a reference, and where each link URL is first written (for the
    /// link check's messages); in one walk of the syntax tree.
    /// </summary>
    private (List<Reference> References, Dictionary<string, SourceLocation> Locations) LinksIn(ParsedDocument doc)
    {
        var references = new List<Reference>();
        var locations = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var link in doc.Body.Descendants<LinkInline>())
        {
            if (link.Url is not { Length: > 0 } written) continue;
            var url = pool.Share(written);
            var location = doc.LocationOf(link);
            locations.TryAdd(url, location);
            if (XrefExtension.IdOf(url) is { } id) references.Add(new Reference(pool.Share(id), location, "länk"));
        }
        return (references, locations);
    }

    private Activity ReadActivity(ParsedDocument doc, string id, string title, List<Reference> refs)
    {
        var meta = doc.Meta;
        var plan = meta.Id("plan", required: true, example: "vp-2024");
        var goal = meta.Id("mål", required: true, example: "omstallning");
        var responsible = meta.Id("ansvar", example: "klimatnatverket");
        var status = new ActivityStatusReader(diagnostics).Read(meta);
        var order = meta.Integer("ordning", example: "1", range: NumberRanges.Position);
        var decisions = meta.IdList("beslut", "[lg-2024-02-16/vp-2024-antas]");
        if (plan is not null) refs.Add(new Reference(plan, meta.LocationOf("plan"), "plan", PlanOnly));
        if (goal is not null) refs.Add(new Reference(goal, meta.LocationOf("mål"), "mål", GoalOnly));
        if (responsible is not null) refs.Add(new Reference(responsible, meta.LocationOf("ansvar"), "ansvar", Runner));
        refs.AddRange(decisions.Select(d => new Reference(d.Id, d.Location, "beslut", DecisionOnly)));
        return new Activity
        {
            Id = id, Title = title, Source = meta.Location, Body = doc.BodyText, References = refs,
            Plan = plan ?? "", Goal = goal ?? "", Responsible = responsible, StatusHistory = status, Order = (int?)order,
            Decisions = decisions.Select(d => d.Id).ToList(),
        };
    }

    private Goal ReadGoal(ParsedDocument doc, string id, string title, List<Reference> refs)
    {
        var meta = doc.Meta;
        var level = meta.String("nivå", required: true, example: "delmål");
        var parent = meta.Id("förälder", example: "omstallning");
        var network = meta.Id("nätverk", example: "klimatnatverket");
        var introducedIn = meta.Id("infört_i", example: "vp-2024");
        if (level is not null && !Goal.Levels.Contains(level))
        {
            diagnostics.Error("level-unknown", meta.LocationOf("nivå"), $"okänd målnivå '{level}'",
                Suggestions.DidYouMean(level, Goal.Levels) ?? $"skriv en av: {string.Join(", ", Goal.Levels)}");
            level = null;
        }
        if (level is not null and not "vision" && parent is null)
            diagnostics.Error("goal-parent-missing", meta.Location, $"målet '{id}' saknar 'förälder'",
                "lägg till 'förälder: <id för målet ovanför>', t.ex. 'förälder: omstallning'");
        if (parent is not null) refs.Add(new Reference(parent, meta.LocationOf("förälder"), "förälder", GoalOnly));
        if (network is not null) refs.Add(new Reference(network, meta.LocationOf("nätverk"), "nätverk", NetworkOrOrgan));
        if (introducedIn is not null) refs.Add(new Reference(introducedIn, meta.LocationOf("infört_i"), "infört_i"));
        return new Goal
        {
            Id = id, Title = title, Source = meta.Location, Body = doc.BodyText, References = refs,
            Level = level ?? "", ShortName = meta.String("kortnamn"), Parent = parent, Network = network, IntroducedIn = introducedIn,
        };
    }

    private Network ReadNetwork(ParsedDocument doc, string id, string title, List<Reference> refs)
    {
        var meta = doc.Meta;
        var goals = meta.IdList("mål", "[omstallning]");
        refs.AddRange(goals.Select(g => new Reference(g.Id, g.Location, "mål", GoalOnly)));
        var active = !meta.Has("aktivt") || meta.Flag("aktivt");
        return new Network
        {
            Id = id, Title = title, Source = meta.Location, Body = doc.BodyText, References = refs,
            ShortName = meta.String("kortnamn"), Goals = goals.Select(g => g.Id).ToList(), Active = active,
        };
    }

    private Municipality ReadMunicipality(ParsedDocument doc, string id, string title, List<Reference> refs)
    {
        var meta = doc.Meta;
        return new Municipality
        {
            Id = id, Title = title, Source = meta.Location, Body = doc.BodyText, References = refs,
            Name = meta.String("namn", required: true, example: "Botkyrka") ?? title,
            Inhabitants = meta.Integer("invånare", example: "95000", range: NumberRanges.Population),
            InhabitantsDate = meta.Date("invånare_datum", example: "2023-12-31"),
        };
    }
}
