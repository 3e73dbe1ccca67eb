using Sodertorn.Site.Domain;

namespace Sodertorn.Site.Authoring.Scaffolding;

/// <summary>
/// New plan activities and pages: the required fields filled in, the rest as placeholders (<see cref="Placeholders"/>)
/// that the build refuses until they are replaced.
/// </summary>
public static class DocumentTemplates
{
    public static string Activity(SiteFacts facts, string id, string planId, string? title, string? goal)
    {
        var likely = goal is null ? facts.LikelyGoal(planId) : null;
        var goalId = goal ?? likely?.Id;
        var front = new FrontMatterWriter()
            .Comment("Skapad med 'new aktivitet'. Byt ut allt som börjar med \"Skriv\" eller \"skriv-\" och ta bort det som inte behövs;")
            .Comment("bygget stoppar (felet placeholder-left) tills det är gjort.")
            .Comment("Så skriver du aktiviteter: docs/skrivguide.md, avsnitt 4.")
            .Field("typ", "aktivitet")
            .Field("id", id)
            .Field("titel", title ?? Placeholders.ActivityTitle)
            .Field("plan", planId);
        if (likely is not null) front.Comment($"Målet är ett förslag ({likely.Title}); skriv id för det mål aktiviteten bidrar till (se input/mal/).");
        front.Field("mål", goalId ?? Placeholders.GoalId);
        var network = (goalId is null ? null : facts.ById(goalId) as Domain.Goal)?.Network;
        if (network is not null) front.Field("ansvar", network);
        else front.Comment("ansvar: skriv id för nätverket eller organet som ansvarar, t.ex. kansliet");
        // No status: a new activity's status is not known until it is followed up, and none may be invented.
        front.Comment("status: när aktiviteten följs upp, en post per rapport med datum, t.ex. '  - datum: 2024-03-15' och '    status: pågår'")
            .Comment("ordning: 1   (aktivitetens plats i planens lista)");
        return front.End() + "\n" + Placeholders.ActivityComment + "\n";
    }

    public static string Page(string id, string? title) =>
        new FrontMatterWriter()
            .Comment("Skapad med 'new sida'. Byt ut allt som börjar med \"Skriv\"; bygget stoppar (felet placeholder-left) tills det är gjort.")
            .Comment("Så skriver du sidor: docs/skrivguide.md, avsnitt 5.")
            .Field("typ", "sida")
            .Field("id", id)
            .Field("titel", title ?? Placeholders.PageTitle)
            .End() + "\n" + Placeholders.PageText + "\n";
}
