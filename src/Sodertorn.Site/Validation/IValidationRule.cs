using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Linking;

namespace Sodertorn.Site.Validation;

/// <summary>What rules may know besides the site: the date the build treats as today.</summary>
public sealed record ValidationContext(LinkedSite Site, DateOnly Today, DiagnosticBag Diagnostics);

/// <summary>One rule over the linked site. Rules only report; they never change the site.</summary>
public interface IValidationRule
{
    void Check(ValidationContext context);
}

/// <summary>Validate stage: runs every rule over the linked site.</summary>
public sealed class Validator(IReadOnlyList<IValidationRule> rules)
{
    public static Validator Default { get; } = new([new StartPageRule(), new GoalTreeRules(), new CalendarRules(), new CrossLinkRules(), new FollowUpRules(), new MinutesDateRule()]);

    public void Validate(ValidationContext context)
    {
        foreach (var rule in rules) rule.Check(context);
    }
}
