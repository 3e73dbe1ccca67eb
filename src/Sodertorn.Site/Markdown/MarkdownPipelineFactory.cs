using Markdig;
using Sodertorn.Site.Markdown.Decisions;
using Sodertorn.Site.Markdown.Xref;

namespace Sodertorn.Site.Markdown;

/// <summary>
/// The one Markdig pipeline of the site. Parsing needs no context; rendering needs the identifier index
/// for xref links, so the render pipeline is built once per build, after linking, and never changed.
/// </summary>
public static class MarkdownPipelineFactory
{
    public static MarkdownPipeline ForParsing { get; } = Create(null);

    /// <summary>Renders a body where it is parsed, before linking: xref links become placeholders (Xref/XrefPlaceholders).</summary>
    public static MarkdownPipeline ForRenderingAhead { get; } = Create(XrefPlaceholders.Deferred);

    public static MarkdownPipeline Create(IXrefResolver? resolver)
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
            .UseAutoLinks()
            .UseCustomContainers()
            .UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough);
        builder.Extensions.AddIfNotAlready(new DecisionExtension(resolver));
        builder.Extensions.AddIfNotAlready(new AuthorComments());
        builder.Extensions.AddIfNotAlready(new Tables.TableLabels());
        builder.Extensions.AddIfNotAlready(new XrefAutolinks());
        if (resolver is not null) builder.Extensions.AddIfNotAlready(new XrefExtension(resolver));
        // Generic attributes must come last: they attach {#id key=value} to what the other parsers produced.
        return builder.UseGenericAttributes().Build();
    }
}
