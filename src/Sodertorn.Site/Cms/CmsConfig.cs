using Sodertorn.Site.Domain;
using Sodertorn.Site.Linking;

namespace Sodertorn.Site.Cms;

/// <summary>Where the CMS saves in production: the GitHub repository and branch, and the OAuth service that signs people in.</summary>
/// <param name="BaseUrl">The OAuth service (Netlify's, for a site on Netlify with GitHub set as OAuth provider).</param>
public sealed record CmsBackend(string Repo, string Branch, string BaseUrl)
{
    /// <summary>Cms/backend.yml: the one place to change these (docs/cms.md).</summary>
    public const string File = "backend.yml";

    public static CmsBackend Read(string folder)
    {
        var path = Path.Combine(folder, File);
        var yaml = new YamlDotNet.RepresentationModel.YamlStream();
        using (var reader = new StreamReader(path)) yaml.Load(reader);
        var root = yaml.Documents.FirstOrDefault()?.RootNode as YamlDotNet.RepresentationModel.YamlMappingNode;
        string Value(string key) =>
            root?.Children.TryGetValue(new YamlDotNet.RepresentationModel.YamlScalarNode(key), out var node) == true
            && node is YamlDotNet.RepresentationModel.YamlScalarNode { Value: { Length: > 0 } value }
                ? value : throw new InvalidOperationException($"{path}: '{key}' saknas");
        return new CmsBackend(Value("repo"), Value("branch"), Value("base_url"));
    }
}

/// <summary>
/// config.yml for Decap CMS, made by every build from the site itself: one collection per kind of document in the
/// folders input/ uses (minutes in one per organ that meets, activities in one per yearly plan), fields from
/// <see cref="CmsFields"/>, and the backends: GitHub with the editorial workflow in production, decap-server on this
/// machine (`preview --cms`). Drift between it and the build is what the tests look for (tests/…/Cms/).
/// </summary>
public static class CmsConfig
{
    /// <summary>Where the local backend answers: the preview forwards this path to decap-server (Authoring/Preview).</summary>
    public const string LocalBackendPath = "/admin/api/v1";

    public static string Text(LinkedSite site, CmsBackend backend) => YamlText.Write(Root(site, backend));

    public static YamlMap Root(LinkedSite site, CmsBackend backend) => new()
    {
        {
            "backend", new YamlMap
            {
                { "name", "github" }, { "repo", backend.Repo }, { "branch", backend.Branch }, { "base_url", backend.BaseUrl },
                // Swedish commit messages, as the kansli reads them in the pull request of each change.
                {
                    "commit_messages", new YamlMap
                    {
                        { "create", "Skapa {{collection}} ”{{slug}}”" }, { "update", "Ändra {{collection}} ”{{slug}}”" },
                        { "delete", "Ta bort {{collection}} ”{{slug}}”" }, { "uploadMedia", "Ladda upp ”{{path}}”" },
                        { "deleteMedia", "Ta bort ”{{path}}”" },
                    }
                },
            }
        },
        // Each entry is a pull request; Netlify builds a deploy preview of it, with its link report, before it is published.
        { "publish_mode", "editorial_workflow" },
        // Used only when the CMS is opened on this machine (localhost or 127.0.0.1) and decap-server answers there; cms.js
        // gives the address, LocalBackendPath on the page's own origin (Decap wants it in full).
        { "local_backend", true },
        { "locale", "sv" },
        // "Visa förhandsvisning" in the editor opens the entry's page in its pull request's Netlify deploy preview.
        { "show_preview_links", true },
        { "media_folder", "input/filer" },
        { "public_folder", "/filer" },
        { "slug", new YamlMap { { "encoding", "ascii" }, { "clean_accents", true }, { "sanitize_replacement", "-" } } },
        { "collections", Collections(site).Cast<object>().ToList() },
    };

    public static IEnumerable<YamlMap> Collections(LinkedSite site)
    {
        foreach (var organ in MeetingOrgans(site))
        {
            var prefix = MinutesPrefix(site, organ);
            yield return Folder($"protokoll-{organ.Id}", $"Minnesanteckningar – {organ.Title}", "Nya minnesanteckningar", $"input/protokoll/{organ.Id}",
                "{{fields.datum}}", CmsFields.Minutes(organ.Id, $"{prefix}-2024-02-16"),
                $"Minnesanteckningar från {organ.Title}s möten, en fil per möte.", "{{datum}} {{titel}}", TargetKind.Meeting, sortBy: "datum");
        }
        yield return CmsFields.With(
            Folder("planer", "Verksamhetsplaner", "Verksamhetsplan", "input/planer", "verksamhetsplan", CmsPlanFields.Plan(),
                "Verksamhetsplan och budget, en per år.", "{{titel}}", TargetKind.Plan),
            "path", "{{fields.år}}/verksamhetsplan");
        foreach (var plan in site.Plans.OrderByDescending(p => p.Year))
        {
            yield return Folder($"aktiviteter-{plan.Year}", $"Aktiviteter {plan.Year}", "Aktivitet", $"input/planer/{plan.Year}/aktiviteter",
                "{{fields.id}}", CmsFields.Activity(plan.Id, $"{plan.Id}-rufs-yttrande"),
                $"Aktiviteterna i {plan.Title}, en fil per aktivitet.", "{{ordning}}. {{titel}}", TargetKind.Activity, sortBy: "ordning");
        }
        yield return Folder(CmsFields.Goals, "Mål (SUP 2040)", "Mål", "input/mal", "{{fields.id}}", CmsFields.Goal(), "Målen i Södertörns utvecklingsprogram.", "{{titel}}", TargetKind.Goal);
        yield return Folder(CmsFields.Networks, "Nätverk", "Nätverk", "input/natverk", "{{fields.id}}", CmsFields.Network(), "Nätverken och vilka mål de ansvarar för.", "{{titel}}", TargetKind.Network);
        yield return Folder(CmsFields.Organs, "Organ", "Organ", "input/organisation", "{{fields.id}}", CmsFields.Organ(), "Samarbetskommittén, ledningsgruppen och kansliet.", "{{titel}}", TargetKind.Organ);
        yield return Folder(CmsFields.Municipalities, "Kommuner", "Kommun", "input/kommuner", "{{fields.id}}", CmsFields.Municipality(), "De åtta kommunerna.", "{{titel}}", TargetKind.Municipality);
        yield return Folder("sidor", "Sidor", "Sida", "input/sidor", "{{fields.id}}", CmsFields.Page(), "Övriga sidor: om samarbetet, kontakt …", "{{titel}}", TargetKind.Page);
    }

    /// <summary>Organs with minutes or with meetings in a plan's calendar; all organs on a site that has neither yet.</summary>
    public static IReadOnlyList<Organ> MeetingOrgans(LinkedSite site)
    {
        var meeting = site.Meetings.Select(m => m.Organ).Concat(site.Plans.SelectMany(p => p.Calendar.Select(c => c.Organ))).ToHashSet(StringComparer.Ordinal);
        var organs = site.Organs.Where(o => meeting.Contains(o.Id)).ToList();
        return (organs.Count > 0 ? organs : site.Organs.ToList()).OrderBy(o => o.Title, StringComparer.Ordinal).ToList();
    }

    /// <summary>The id prefix the organ's minutes use ("lg" in lg-2023-02-10), or its short name in lower case.</summary>
    private static string MinutesPrefix(LinkedSite site, Organ organ) =>
        site.Meetings.Where(m => m.Organ == organ.Id).Select(m => m.Id[..Math.Max(0, m.Id.Length - "-2024-02-16".Length)]).FirstOrDefault(p => p.Length > 0)
        ?? (organ.ShortName ?? organ.Id).ToLowerInvariant();

    private static YamlMap Folder(string name, string label, string singular, string folder, string slug, IEnumerable<YamlMap> fields,
        string description, string summary, TargetKind kind, string? sortBy = null)
    {
        var type = fields.First()["default"] as string ?? "";
        var collection = new YamlMap
        {
            { "name", name }, { "label", label }, { "label_singular", singular }, { "description", description },
            { "folder", folder }, { "create", true }, { "slug", slug }, { "identifier_field", "id" },
            { "extension", "md" }, { "format", "sodertorn" }, { "summary", summary },
            // The folder may hold other kinds (input/planer holds plans and their activities' folders).
            { "filter", new YamlMap { { "field", "typ" }, { "value", type } } },
            // Where the entry's page is in a deploy preview: its permanent address (Linking/UrlScheme), without the first '/'.
            { "preview_path", UrlScheme.For(kind, "{{fields.id}}").TrimStart('/') },
            { "fields", fields.Cast<object>().ToList() },
        };
        if (sortBy is not null) collection.Add("sortable_fields", new object[] { sortBy, "titel" });
        return collection;
    }
}
