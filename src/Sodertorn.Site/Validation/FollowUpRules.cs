using Sodertorn.Site.Domain;
using Sodertorn.Site.Linking;

namespace Sodertorn.Site.Validation;

/// <summary>
/// Follow-up of assignments: a follow-up that names no assignment, one not yet given or one already closed is an error
/// where it is written; an open assignment past its deadline is a note for the link report. (A status dated after today
/// is not flagged, as minutes dated after it are not: content may be written ahead, and fixtures are.)
/// </summary>
public sealed class FollowUpRules : IValidationRule
{
    public void Check(ValidationContext context)
    {
        var (site, diagnostics) = (context.Site, context.Diagnostics);
        foreach (var rejected in site.Graph.Assignments.Rejected) Report(rejected, context);

        foreach (var assignment in site.Graph.Assignments.All.Where(a => a.IsOverdue(context.Today)))
        {
            var deadline = SwedishDates.Long(assignment.Deadline!.Value);
            var said = assignment.History.Count == 0
                ? "och inga publicerade minnesanteckningar följer upp det"
                : "och det är återrapporterat men varken slutfört eller återkallat";
            diagnostics.Info("assignment-overdue", assignment.Given.Block.Source,
                $"uppdraget '{assignment.Id}' ({assignment.Owner}) skulle vara klart senast {deadline}, {said}",
                $"skriv slutför=\"{assignment.Id}\" (eller återkallar=\"{assignment.Id}\") på beslutet i de minnesanteckningar där uppdraget följdes upp; följdes det upp på ett möte vars minnesanteckningar inte publiceras här, kvittera noteringen i input/data/kvitterade.yml",
                assignment.Id);
        }
    }

    private static void Report(RejectedFollowUp rejected, ValidationContext context)
    {
        var (followUp, by, target) = (rejected.FollowUp, rejected.By, rejected.Target);
        var word = followUp.Attribute;
        switch (rejected.Problem)
        {
            case FollowUpProblem.NotAnAssignment:
                context.Diagnostics.Error("ref-kind", followUp.Source,
                    $"'{target.Id}' i {word} är ett beslut utan ansvarig, inte ett uppdrag, så det finns inget att följa upp",
                    $"skriv id för ett uppdrag (::: uppdrag) eller ett beslut med ansvarig=\"…\"; gav beslutet ett uppdrag, skriv ansvarig=\"Namn\" på beslutet i {target.Meeting.Source.File}",
                    target.Id);
                break;
            case FollowUpProblem.NotEarlier:
                context.Diagnostics.Error("followup-order", followUp.Source,
                    target.Meeting.Id == by.Meeting.Id
                        ? $"'{target.Id}' i {word} ges på samma möte; ett uppdrag följs upp på ett senare möte"
                        : $"'{target.Id}' i {word} ges på ett senare möte ({SwedishDates.Long(target.Meeting.Date)}) än detta ({SwedishDates.Long(by.Meeting.Date)})",
                    $"kontrollera id:t; skriv {word}=\"…\" i minnesanteckningarna från mötet där uppdraget följdes upp",
                    target.Id);
                break;
            default:
                var closure = rejected.Closure!;
                var how = FollowUpWords.Word(closure.Kind);
                context.Diagnostics.Error("assignment-closed", followUp.Source,
                    $"uppdraget '{target.Id}' är redan {how} av '{closure.By.Id}' ({SwedishDates.Long(closure.Date)})",
                    $"ta bort {word}=\"{target.Id}\", eller ta bort {FollowUp.AttributeOf(closure.Kind)}=\"{target.Id}\" i {closure.By.Meeting.Source.File} om det var fel",
                    target.Id);
                break;
        }
    }
}
