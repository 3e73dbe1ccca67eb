using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Syntax;
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
        pipeline.DocumentProcessed -= SoftenLineBreaks;
        pipeline.DocumentProcessed += SoftenLineBreaks;
    }

    /// <summary>
    /// A line break inside a decision or assignment is a space on the page, as everywhere else its text is shown
    /// (Domain/Reading/ContainerText): wrapped lines from Word or OCR often end in two spaces, a hard break.
    /// </summary>
    private static void SoftenLineBreaks(MarkdownDocument document)
    {
        foreach (var container in document.Descendants<CustomContainer>())
        {
            if (!IsDecisionOrAssignment(container)) continue;
            foreach (var lineBreak in container.Descendants<Markdig.Syntax.Inlines.LineBreakInline>())
                lineBreak.IsHard = false;
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
            html.ObjectRenderers.Replace<HtmlCustomContainerRenderer>(new HtmlDecisionRenderer(resolver));
    }
}
