using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Sodertorn.Site.Markdown.Xref;

namespace Sodertorn.Site.Markdown.Decisions;

/// <summary>
/// A decision is set apart with its label, a permanent anchor and a visible "link to this decision";
/// its attributes become readable lines ("Ansvarig", "Avser") instead of invalid HTML attributes.
/// </summary>
public sealed class HtmlDecisionRenderer(IXrefResolver? resolver) : HtmlCustomContainerRenderer
{
    protected override void Write(HtmlRenderer renderer, CustomContainer container)
    {
        if (EditorialNote.Is(container))
        {
            EditorialNote.Write(renderer, container);
            return;
        }
        if (!DecisionExtension.IsDecisionOrAssignment(container))
        {
            base.Write(renderer, container);
            return;
        }

        var isDecision = container.Info == DecisionExtension.DecisionKind;
        var attributes = container.TryGetAttributes();
        var id = attributes?.Id;
        var label = isDecision ? "Beslut" : "Uppdrag";

        renderer.EnsureLine();
        renderer.Write("<div class=\"").Write(isDecision ? "beslut" : "uppdrag").Write('"');
        if (id is not null) renderer.Write(" id=\"").WriteEscape(id).Write('"');
        renderer.WriteLine(">");
        renderer.Write("<p class=\"etikett\"><strong>").Write(label).Write("</strong>");
        if (id is not null)
            renderer.Write(" <a class=\"permalank\" href=\"#").WriteEscape(id).Write("\">Länk till ")
                .Write(isDecision ? "beslutet" : "uppdraget").Write("</a>");
        renderer.WriteLine("</p>");
        renderer.WriteChildren(container);

        var owner = Attribute(attributes, DecisionExtension.OwnerAttribute);
        if (owner is not null)
            renderer.Write("<p class=\"ansvarig\">Ansvarig: ").WriteEscape(owner).WriteLine("</p>");
        // As written (ÅÅÅÅ-MM-DD, the Swedish standard form): this folder may not depend on Domain's date words, and a
        // malformed date is an error of the minutes reader, so the page is never published with it.
        var deadline = Attribute(attributes, DecisionExtension.DeadlineAttribute);
        if (deadline is not null && owner is not null)
            renderer.Write("<p class=\"senast\">Senast: <time datetime=\"").WriteEscape(deadline).Write("\">").WriteEscape(deadline).WriteLine("</time></p>");
        foreach (var (name, followUpLabel) in DecisionExtension.FollowUpAttributes)
            if (Attribute(attributes, name) is { } targets) WriteIds(renderer, "uppfoljning", followUpLabel, targets);
        var actsOn = Attribute(attributes, DecisionExtension.ActsOnAttribute);
        if (actsOn is not null) WriteIds(renderer, "avser", "Avser", actsOn);
        renderer.WriteLine("</div>");
    }

    /// <summary>A line of links to what the attribute names, titled from the index: "Avser: Verksamhetsplan 2024".</summary>
    private void WriteIds(HtmlRenderer renderer, string cssClass, string label, string actsOn)
    {
        renderer.Write("<p class=\"").Write(cssClass).Write("\">").Write(label).Write(": ");
        var first = true;
        foreach (var id in actsOn.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!first) renderer.Write(", ");
            first = false;
            if (XrefPlaceholders.IsDeferred(resolver))
            {
                XrefPlaceholders.WriteOpen(renderer, id, null);
                XrefPlaceholders.WriteTitle(renderer, id);
                XrefPlaceholders.WriteClose(renderer, id);
                continue;
            }
            var target = resolver?.Resolve(id);
            if (target?.Url is { } url)
                renderer.Write("<a href=\"").WriteEscapeUrl(url).Write("\">").WriteEscape(target.Title).Write("</a>");
            else
                renderer.Write(Xref.UnpublishedReference.Start).WriteEscape(target?.Title ?? id).Write(Xref.UnpublishedReference.End);
        }
        renderer.WriteLine("</p>");
    }

    public static string? Attribute(HtmlAttributes? attributes, string name) =>
        attributes?.Properties?.FirstOrDefault(p => p.Key == name).Value?.Trim() is { Length: > 0 } v ? v : null;
}
