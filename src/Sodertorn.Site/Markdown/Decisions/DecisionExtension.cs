using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Syntax;
using Sodertorn.Site.Markdown.Xref;

namespace Sodertorn.Site.Markdown.Decisions;

/// <summary>
/// Decisions and assignments written inside the agenda item where they were taken:
/// <c>::: beslut {#id avser="…" ansvarig="…" senast="ÅÅÅÅ-MM-DD"}</c> and <c>::: uppdrag {#id ansvarig="…"}</c>, either of
/// which may follow up earlier assignments (<c>återrapporterar="…"</c>, <c>slutför="…"</c>, <c>återkallar="…"</c>).
/// Markdig's custom containers parse them; this extension gives them their meaning and markup.
/// </summary>
public sealed class DecisionExtension(IXrefResolver? resolver = null) : IMarkdownExtension
{
    public const string DecisionKind = "beslut";
    public const string AssignmentKind = "uppdrag";
    public const string ActsOnAttribute = "avser";
    public const string OwnerAttribute = "ansvarig";
    public const string DeadlineAttribute = "senast";

    /// <summary>The follow-up attributes (Domain/FollowUp has their meaning) and the words their lines begin with on the page.</summary>
    public static readonly IReadOnlyList<(string Attribute, string Label)> FollowUpAttributes =
        [("återrapporterar", "Återrapporterar"), ("slutför", "Slutför"), ("återkallar", "Återkallar")];

    /// <summary>Every attribute a decision or assignment may have besides its id.</summary>
    public static readonly IReadOnlyList<string> AllowedAttributes =
        [ActsOnAttribute, OwnerAttribute, DeadlineAttribute, .. FollowUpAttributes.Select(f => f.Attribute)];

    public static bool IsDecisionOrAssignment(CustomContainer container) =>
        container.Info is DecisionKind or AssignmentKind;

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= SoftenLineBreaks;
        pipeline.DocumentProcessed += SoftenLineBreaks;
        pipeline.DocumentProcessed -= ReadSwedishAttributes;
        pipeline.DocumentProcessed += ReadSwedishAttributes;
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

    private static void ReadSwedishAttributes(MarkdownDocument document)
    {
        foreach (var container in document.Descendants<CustomContainer>())
            if (IsDecisionOrAssignment(container)) BlockAttributes.ReadUnread(container);
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
            html.ObjectRenderers.Replace<HtmlCustomContainerRenderer>(new HtmlDecisionRenderer(resolver));
    }
}
