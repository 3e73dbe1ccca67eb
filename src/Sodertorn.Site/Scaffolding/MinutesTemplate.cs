using System.Text;
using Sodertorn.Site.Domain;

namespace Sodertorn.Site.Scaffolding;

/// <summary>
/// New minutes for one meeting: the facts the site already knows filled in (time and place from the plan's
/// calendar, members from the organ's last minutes, the next meeting), everything else as visible "Skriv …"
/// placeholders that build as they are, so the author can preview the file from the first save.
/// </summary>
public static class MinutesTemplate
{
    public const string PlaceholderItemId = "skriv-eget-id";
    public const string ExampleDecisionId = "exempel";

    public static (string Text, IReadOnlyList<string> Notes) Create(SiteFacts facts, string organ, DateOnly date)
    {
        var notes = new List<string>();
        var id = MeetingId(facts, organ, date);
        var meeting = facts.CalendarEntry(organ, date);
        var last = facts.LatestMinutes(organ, date);
        var next = facts.NextCalendarEntry(organ, date);

        var front = new FrontMatterWriter()
            .Comment("Skapad med 'new protokoll'. Byt ut allt som börjar med \"Skriv\" och ta bort det som inte behövs.")
            .Comment("Så skriver du minnesanteckningar: docs/skrivguide.md, avsnitt 3.")
            .Field("typ", "protokoll")
            .Field("id", id)
            .Field("organ", organ)
            .Date("datum", date);
        if (meeting is not null)
        {
            if (meeting.Note is { } note) front.Comment($"Kalendariet: {note}");
            front.Time("start", meeting.Start).Time("slut", meeting.End);
            if (meeting.Start is null) front.Comment("start: \"09:00\"");
            if (meeting.End is null) front.Comment("slut: \"11:30\"");
            if (meeting.Place is { } place) front.Field("plats", place);
            else front.Comment("plats: Skriv platsen");
            notes.Add($"Tid och plats är hämtade från kalendariet ({SwedishDates.Long(meeting.Date)}).");
        }
        else
        {
            front.Comment("start: \"09:00\"").Comment("slut: \"11:30\"").Comment("plats: Skriv platsen");
            notes.Add($"Mötet {SwedishDates.Long(date)} finns inte i något kalendarium: skriv tid och plats själv (raderna som börjar med #).");
        }
        front.Comment("mötesform: fysiskt   (skriv fysiskt, digitalt eller hybrid och ta bort #)");

        if (last is { Participants.Count: > 0 })
        {
            // Those absent last time are members too; the author moves whoever is missing now to frånvarande.
            var members = last.Participants.Concat(last.Absentees).DistinctBy(p => p.Name)
                .Select(p => p with { Note = null }).ToList();
            front.Comment($"Deltagarna är ledamöterna från förra mötet ({last.Id}). Flytta den som inte var med till frånvarande.")
                .People("deltagare", members);
            notes.Add($"Deltagarna är hämtade från {last.Id}.");
        }
        else
        {
            front.Comment("Skriv deltagarna, en grupp per person, med kommun: <kommunens id> eller organisation: <text>.")
                .People("deltagare", [new Participant("Skriv namnet", null, "Skriv kommun eller organisation", null)]);
        }
        front.People("frånvarande", []).People("övriga", [])
            .Field("sekreterare", last?.Secretary ?? "Skriv namnet på den som förde anteckningarna")
            .List("justerare", ["Skriv justerarens namn"]);
        if (next is not null)
            front.Next(new NextMeeting(next.Date, next.Start, next.End, next.Place, null));
        else
            front.Comment("nästa_möte: skriv datum, start, slut och plats indragna under raden 'nästa_möte:'");

        return (front.End() + Body(facts, organ, date, next), notes);
    }

    public static string MeetingId(SiteFacts facts, string organ, DateOnly date) =>
        $"{facts.MeetingIdPrefix(organ)}-{date:yyyy-MM-dd}";

    private static string Body(SiteFacts facts, string organ, DateOnly date, CalendarEntry? next)
    {
        var actsOn = ActsOnExample(facts, date);
        var body = new StringBuilder();
        body.Append("\n## 1. Val av justerare {#val-av-justerare}\n\n")
            .Append("Skriv vem som valdes till justerare.\n\n")
            .Append($"## 2. Skriv punktens rubrik {{#{PlaceholderItemId}}}\n\n")
            .Append("Skriv vad som sades under punkten. Ge punkten ett eget id som beskriver den, i stället för ")
            .Append(PlaceholderItemId).Append(".\n\n")
            .Append("<!-- Ett exempel på ett beslut. Skriv beslutet och ge det ett eget id. I avser=\"…\" står id för det ")
            .Append("beslutet gäller (en plan, en aktivitet, ett mål); ta bort avser om beslutet inte gäller något sådant. ")
            .Append("Ta bort hela blocket, till och med raden :::, om punkten inte har något beslut. -->\n")
            .Append($"::: beslut {{#{ExampleDecisionId}{(actsOn is null ? "" : $" avser=\"{actsOn}\"")}}}\n")
            .Append("Skriv beslutet här, utan ordet \"Beslut:\".\n")
            .Append(":::\n\n")
            .Append("## 3. Övriga frågor {#ovriga-fragor}\n\n")
            .Append("Skriv övriga frågor, eller \"Inga övriga frågor.\"\n\n")
            .Append("## 4. Nästa möte {#nasta-mote}\n\n");
        if (next is null)
            body.Append("Skriv när och var nästa möte är.\n");
        else
        {
            var organName = facts.Organ(organ)?.Title ?? organ;
            var time = SwedishDates.TimeRange(next.Start, next.End) is { } range ? " " + range : "";
            var place = next.Place is { } p ? $", {p}" : "";
            body.Append($"{organName} träffas nästa gång {SwedishDates.WithWeekday(next.Date)}{time}{place}.\n");
        }
        return body.ToString();
    }

    /// <summary>An id the example decision can act on that exists: an activity of the year's plan, else the plan.</summary>
    private static string? ActsOnExample(SiteFacts facts, DateOnly date)
    {
        var plans = facts.PlansNewestFirst.Where(p => !p.Draft).ToList();
        var plan = plans.FirstOrDefault(p => p.Year == date.Year) ?? plans.FirstOrDefault();
        if (plan is null) return null;
        return facts.ExampleActivity(plan.Id)?.Id ?? plan.Id;
    }
}
