using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Linking;

namespace Sodertorn.Site.Validation;

/// <summary>One rule over the linked site. Rules only report; they never change the site.</summary>
public interface IValidationRule
{
    void Check(LinkedSite site, DiagnosticBag diagnostics);
}

/// <summary>Validate stage: runs every rule over the linked site.</summary>
public sealed class Validator(IReadOnlyList<IValidationRule> rules)
{
    public static Validator Default { get; } = new([new GoalTreeRules(), new CalendarRules()]);

    public void Validate(LinkedSite site, DiagnosticBag diagnostics)
    {
        foreach (var rule in rules) rule.Check(site, diagnostics);
    }
}
