using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Domain;
using Sodertorn.Site.Linking;

namespace Sodertorn.Site.Validation;

/// <summary>
/// A site with content needs its start page: every page's header and breadcrumb link to "/", so without it each
/// generated page would report the same broken link. One error says what is really missing.
/// </summary>
public sealed class StartPageRule : IValidationRule
{
    public const string File = "sidor/start.md";

    public void Check(ValidationContext context)
    {
        if (!context.Site.All.Any() || context.Site.Find<Page>(UrlScheme.StartPageId) is not null) return;
        context.Diagnostics.Error("start-missing", new SourceLocation(File), "webbplatsen har ingen startsida",
            $"skapa {File} med front matter 'typ: sida', 'id: {UrlScheme.StartPageId}' och 'titel: Södertörnskommunerna', och en kort text om samverkan");
    }
}
