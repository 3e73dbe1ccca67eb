using System.Globalization;
using Markdig.Renderers.Html;
using Sodertorn.Site.Content;
using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Markdown.Decisions;

namespace Sodertorn.Site.Domain.Reading;

/// <summary>
/// The follow-up attributes of one decision or assignment: its deadline (<c>senast="2023-04-28"</c>, only with an owner) and
/// the earlier assignments it reports back on, completes or withdraws. Each named assignment is a reference like any other
/// (ref-unknown, ref-kind in the link stage); that it names an assignment, not just any decision, and that the assignment
/// was given earlier, the validate stage checks once every meeting is known (Validation/FollowUpRules).
/// </summary>
public sealed class FollowUpAttributes(DiagnosticBag diagnostics)
{
    private static readonly HashSet<TargetKind> AssignmentOrDecision = [TargetKind.Assignment, TargetKind.Decision];

    /// <param name="meeting">The day of the meeting that gave the assignment: a deadline before it is a wrong date.</param>
    public DateOnly? Deadline(HtmlAttributes attributes, string? owner, string id, SourceLocation at, DateOnly? meeting = null)
    {
        var text = HtmlDecisionRenderer.Attribute(attributes, DecisionExtension.DeadlineAttribute);
        if (text is null) return null;
        if (owner is null)
        {
            diagnostics.Error("deadline-without-owner", at, $"beslutet '{id}' har senast=\"{text}\" men ingen ansvarig, så det ger inget uppdrag att göra klart",
                $"skriv vem som ska göra det, t.ex. ansvarig=\"Anna Andersson\" senast=\"{text}\", eller ta bort senast=\"…\"");
            return null;
        }
        var fault = DateText.Read(text, out var date);
        if (fault == DateFault.None && date < meeting)
        {
            diagnostics.Error("deadline-before-meeting", at, $"senast=\"{text}\" är före mötet ({meeting:yyyy-MM-dd}) där uppdraget gavs",
                $"kontrollera årtal och månad; ett uppdrag från mötet kan vara klart tidigast samma dag, t.ex. senast=\"{meeting.Value.AddMonths(1):yyyy-MM-dd}\"");
            return null;
        }
        if (fault == DateFault.None) return date;
        if (fault == DateFault.OutsideYears)
            diagnostics.Error("date-impossible", at, $"senast=\"{text}\": {SiteYears.Problem(date.Year)}", "kontrollera årtalet, t.ex. senast=\"2024-04-30\"");
        else if (fault == DateFault.NotInCalendar)
            diagnostics.Error("date-impossible", at, $"datumet senast=\"{text}\" finns inte i kalendern", "kontrollera månad och dag, t.ex. senast=\"2024-04-30\"");
        else
            diagnostics.Error("date-format", at, $"senast=\"{text}\" är inte ett datum i formen ÅÅÅÅ-MM-DD", "skriv t.ex. senast=\"2024-04-30\"");
        return null;
    }

    /// <summary>The follow-ups the block's attributes name, each also added to <paramref name="refs"/> to be resolved.</summary>
    public IReadOnlyList<FollowUp> Targets(HtmlAttributes attributes, Func<string, SourceLocation> at, List<Reference> refs)
    {
        var result = new List<FollowUp>();
        foreach (var (name, kind) in FollowUp.Attributes)
        {
            if (HtmlDecisionRenderer.Attribute(attributes, name) is not { } value) continue;
            var location = at(name);
            foreach (var target in value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!Identifier.IsReference(target))
                {
                    diagnostics.Error("id-syntax", location, $"'{target}' i {name} är inte id för ett uppdrag",
                        $"skriv mötets id, snedstreck och uppdragets id, t.ex. {name}=\"lg-2023-02-10/programinnehall\"");
                    continue;
                }
                refs.Add(new Reference(target, location, name, AssignmentOrDecision));
                result.Add(new FollowUp(kind, target, location));
            }
        }
        return result;
    }
}
