using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Sodertorn.Site.Markdown.Xref;

namespace Sodertorn.Site.Markdown.Decisions;

/// <summary>
/// Decisions and assignments written inside the agenda item where they were taken:
/// <c>::: beslut {#id avser="…" ansvarig="…"}</c> and <c>::: uppdrag {#id ansvarig="…"}</c>.
/// Markdig's custom containers parse them; this extension gives them their meaning and markup.
/// </summary>
public sealed class DecisionExtension(IXrefResolver? resolver = null) : IMarkdownExtension
{
    public const string DecisionKind = "beslut";
    public const string AssignmentKind = "uppdrag";
    public const string ActsOnAttribute = "avser";
    public const string OwnerAttribute = "ansvarig";

    public static bool IsDecisionOrAssignment(CustomContainer container) =>
        container.Info is DecisionKind or AssignmentKind;

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
            html.ObjectRenderers.Replace<HtmlCustomContainerRenderer>(new HtmlDecisionRenderer(resolver));
    }
}
