using Sodertorn.Site.Domain;

namespace Sodertorn.Site.Authoring.Import;

/// <summary>One piece of the minutes' body, in the order it is written.</summary>
public abstract record BodyBlock;

/// <summary>An agenda item's heading: "## 6. Verksamhetsplan och budget {#verksamhetsplan-och-budget}".</summary>
public sealed record ItemBlock(string? Number, string Title, string Id) : BodyBlock;

/// <summary>A paragraph; its lines stay lines (Word's line breaks).</summary>
public sealed record TextBlock(string Text, bool Bold = false) : BodyBlock;

/// <summary>A bullet (no number) or numbered list item, at a nesting level from 0.</summary>
public sealed record ListItemBlock(string Text, int Level, int? Number) : BodyBlock;

/// <summary>One decision; a list under it in Word stays a list inside it.</summary>
public sealed record DecisionBlock(string Id, string Text, string? Owner, IReadOnlyList<ListItemBlock> Details) : BodyBlock;

/// <summary>What the body of the minutes holds besides its blocks: the signatures and the next meeting.</summary>
public sealed record MinutesBody(
    IReadOnlyList<BodyBlock> Blocks,
    string? Secretary,
    IReadOnlyList<string> Adjusters,
    NextMeeting? Next,
    IReadOnlyList<ImportWarning> Warnings);
