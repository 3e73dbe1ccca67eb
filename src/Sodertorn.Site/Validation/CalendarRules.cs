using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Linking;

namespace Sodertorn.Site.Validation;

/// <summary>Facts that contradict themselves: a meeting ending before it starts, a plan's calendar outside its year.</summary>
public sealed class CalendarRules : IValidationRule
{
    public void Check(ValidationContext context)
    {
        var (site, diagnostics) = (context.Site, context.Diagnostics);
        foreach (var meeting in site.Meetings)
        {
            if (meeting.Start is { } s && meeting.End is { } e && e <= s)
                diagnostics.Error("time-order", meeting.Source, $"mötet slutar ({e:HH\\:mm}) innan det börjar ({s:HH\\:mm})",
                    "kontrollera 'start' och 'slut'");
            if (meeting.Next?.Date is { } next && next <= meeting.Date)
                diagnostics.Error("date-order", meeting.Source, $"nästa möte ({next:yyyy-MM-dd}) är inte efter detta möte ({meeting.Date:yyyy-MM-dd})",
                    "kontrollera datumet under 'nästa_möte'");
        }
        foreach (var plan in site.Plans.Where(p => p.Year > 0))
        {
            foreach (var entry in plan.Calendar.Where(c => c.Date.Year != plan.Year))
                diagnostics.Warning("calendar-year", plan.Source,
                    $"kalendariet i {plan.Title} har ett möte {entry.Date:yyyy-MM-dd}, utanför året {plan.Year}",
                    "kontrollera årtalet i datumet");
        }
    }
}
