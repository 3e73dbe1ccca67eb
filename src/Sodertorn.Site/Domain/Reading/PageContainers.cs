using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using Sodertorn.Site.Content;
using Sodertorn.Site.Diagnostics;
using Sodertorn.Site.Markdown;
using Sodertorn.Site.Markdown.Decisions;

namespace Sodertorn.Site.Domain.Reading;

/// <summary>
/// The ':::' blocks of every document but minutes (MinutesReader has its own): only the site's note, '::: anm', means
/// something there. A '::: beslut' on a plan or a page was drawn as a decision that no register, feed or follow-up knew
/// of, and an unknown block ('::: info') was an unstyled box; both published without a word.
/// </summary>
public static class PageContainers
{
    public const string DecisionCode = "decision-outside-minutes";

    public static void Report(ParsedDocument doc, DiagnosticBag diagnostics)
    {
        foreach (var container in doc.Body.Descendants<CustomContainer>())
        {
            var location = doc.LocationOf(container);
            if (container.ClosingFencedCharCount == 0)
                diagnostics.Error("container-unclosed", location,
                    $"':::{container.Info}' på rad {location.Line} stängs aldrig, så resten av texten hamnar inuti den",
                    "skriv en rad med bara ':::' direkt efter blockets text");
            if (EditorialNote.Is(container)) continue;
            if (DecisionExtension.IsDecisionOrAssignment(container))
                diagnostics.Error(DecisionCode, location,
                    $"'::: {container.Info}' i ett dokument av typen '{doc.Kind}' blir inget {container.Info}: beslut och uppdrag skrivs i minnesanteckningarna från mötet där de fattades",
                    "skriv det i minnesanteckningarna och länka till det härifrån med [text](xref:mötets-id/beslutets-id), eller ta bort raderna ':::' så att texten blir vanlig text");
            else
                diagnostics.Error("container-unknown", location, $"okänd behållare ':::{container.Info}'",
                    Suggestions.DidYouMean(container.Info ?? "", [EditorialNote.Kind])
                    ?? "skriv '::: anm' för webbplatsens egen anmärkning, eller ta bort raderna ':::' så att texten blir vanlig text");
        }
    }
}
