using Sodertorn.Site.Domain;

namespace Sodertorn.Site.Validation;

/// <summary>
/// Minutes are written after their meeting: minutes dated after today are unfinished (prepared before the meeting) or
/// carry a wrong year (2062 for 2026), which would put them first in the archive and in the feeds. Drafts are exempt,
/// so that minutes can be prepared under 'utkast: true'. Today is the build's (--today; Stockholm's date otherwise).
/// </summary>
public sealed class MinutesDateRule : IValidationRule
{
    public const string Code = "minutes-future";

    public void Check(ValidationContext context)
    {
        foreach (var meeting in context.Site.Meetings.Where(m => !m.Draft && m.Date > context.Today))
            context.Diagnostics.Error(Code, meeting.DateSource,
                $"mötet {meeting.Date:yyyy-MM-dd} har inte hållits än: i dag är det {context.Today:yyyy-MM-dd}",
                "kontrollera datumet, särskilt årtalet; förbereder du minnesanteckningarna före mötet, skriv 'utkast: true' tills de är justerade");
    }
}
