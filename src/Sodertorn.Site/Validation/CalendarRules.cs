using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Linking;

namespace Sodertorn.Site.Validation;

/// <summary>
/// Facts that contradict each other across a document: a plan's calendar with a meeting outside the plan's year, reported
/// at the calendar entry. (A meeting ending before it starts, or a next meeting before this one: MinutesReader, at the field.)
/// </summary>
public sealed class CalendarRules : IValidationRule
{
    public void Check(ValidationContext context)
    {
        var (site, diagnostics) = (context.Site, context.Diagnostics);
        foreach (var plan in site.Plans.Where(p => p.Year > 0))
        {
            foreach (var entry in plan.Calendar.Where(c => c.Date.Year != plan.Year))
                diagnostics.Warning("calendar-year", entry.Source,
                    $"kalendariet i {plan.Title} har ett möte {entry.Date:yyyy-MM-dd}, utanför året {plan.Year}",
                    "kontrollera årtalet i datumet");
        }
    }
}
