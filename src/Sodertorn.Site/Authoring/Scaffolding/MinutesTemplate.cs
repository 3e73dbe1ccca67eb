using System.Text;
using Sodertorn.Site.Domain;

namespace Sodertorn.Site.Authoring.Scaffolding;

/// <summary>
/// New minutes for one meeting: the facts the site already knows filled in (time and place from the plan's
/// calendar, members from the organ's last minutes, the next meeting from the calendar of the meeting's own year),
/// everything else as visible placeholders (<see cref="Placeholders"/>). The file parses from the first save, and
/// the build refuses it (placeholder-left, with each line) until every placeholder is replaced, so nothing unfinished
/// is published.
/// </summary>
public static class MinutesTemplate
{

    public static (string Text, IReadOnlyList<string> Notes) Create(SiteFacts facts, string organ, DateOnly date)
    {
        var notes = new List<string>();
        var id = MeetingId(facts, organ, date);
        var meeting = facts.CalendarEntry(organ, date);
        var last = facts.LatestMinutes(organ, date);
        var next = facts.NextCalendarEntry(organ, date);

        var front = new FrontMatterWriter()
            .Comment("Skapad med 'new protokoll'. Byt ut allt som börjar med \"Skriv\" eller \"skriv-\" och ta bort det som inte behövs;")
            .Comment("bygget stoppar (felet placeholder-left) tills det är gjort.")
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
                .People("deltagare", [new Participant(Placeholders.ParticipantName, null, Placeholders.ParticipantOrganisation, null)]);
        }
        front.People("frånvarande", []).People("övriga", [])
            .Field("sekreterare", last?.Secretary ?? Placeholders.Secretary)
            .List("justerare", [Placeholders.Adjuster]);
        if (next is not null)
        {
            front.Next(new NextMeeting(next.Date, next.Start, next.End, next.Place, null));
            notes.Add($"Nästa möte är hämtat från kalendariet för {date.Year} ({SwedishDates.Long(next.Date)}).");
        }
        else
        {
            front.Comment("nästa_möte: skriv datum, start, slut och plats indragna under raden 'nästa_möte:'");
            notes.Add($"Kalendariet för {date.Year} har inget senare möte: skriv nästa möte själv (raden nästa_möte som börjar med #).");
        }

        return (front.End() + Body(facts, organ, date, next), notes);
    }

    public static string MeetingId(SiteFacts facts, string organ, DateOnly date) =>
        $"{facts.MeetingIdPrefix(organ)}-{date:yyyy-MM-dd}";

    private static string Body(SiteFacts facts, string organ, DateOnly date, CalendarEntry? next)
    {
        var example = ActsOnExample(facts, date);
        var body = new StringBuilder();
        body.Append("\n## 1. Val av justerare {#val-av-justerare}\n\n")
            .Append(Placeholders.AdjusterChoice).Append("\n\n")
            .Append($"## 2. {Placeholders.ItemTitle} {{#{Placeholders.ItemId}}}\n\n")
            .Append("<!-- Ge punkten ett eget id som beskriver den, sist på rubrikraden, t.ex. {#budget-2025}. -->\n")
            .Append(Placeholders.ItemText).Append("\n\n")
            // The example decision acts on a placeholder, never on a real id: left as it is, it must not link to real
            // content. A real id the author could write is named only in the comment.
            .Append("<!-- Ett exempel på ett beslut. Skriv beslutet och ge det ett eget id. I avser=\"…\" står id för det ")
            .Append("beslutet gäller (en plan, en aktivitet, ett mål")
            .Append(example is null ? "" : $", t.ex. avser=\"{example}\"")
            .Append("); ta bort avser om beslutet inte gäller något sådant. ")
            .Append("Ta bort hela blocket, till och med raden :::, om punkten inte har något beslut. -->\n")
            .Append($"::: beslut {{#{Placeholders.DecisionId} avser=\"{Placeholders.ActsOn}\"}}\n")
            .Append(Placeholders.DecisionText).Append('\n')
            .Append(":::\n\n")
            .Append("## 3. Övriga frågor {#ovriga-fragor}\n\n")
            .Append(Placeholders.OtherQuestions).Append("\n\n")
            .Append("## 4. Nästa möte {#nasta-mote}\n\n");
        if (next is null)
            body.Append(Placeholders.NextMeeting).Append('\n');
        else
        {
            var organName = facts.Organ(organ)?.Title ?? organ;
            var time = SwedishDates.TimeRange(next.Start, next.End) is { } range ? " " + range : "";
            var place = next.Place is { } p ? $", {p}" : "";
            body.Append($"{organName} träffas nästa gång {SwedishDates.WithWeekday(next.Date)}{time}{place}.\n");
        }
        return body.ToString();
    }

    /// <summary>An id the author could write in avser: an activity of the year's plan, else the plan (for the comment only).</summary>
    private static string? ActsOnExample(SiteFacts facts, DateOnly date)
    {
        var plans = facts.PlansNewestFirst.Where(p => !p.Draft).ToList();
        var plan = plans.FirstOrDefault(p => p.Year == date.Year) ?? plans.FirstOrDefault();
        if (plan is null) return null;
        return facts.ExampleActivity(plan.Id)?.Id ?? plan.Id;
    }
}
