using Markdig;
using Sodertorn.Site.Markdown;
using Sodertorn.Site.Markdown.Xref;
using Sodertorn.Site.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Sodertorn.Site.Content;

/// <summary>Parse stage: splits front matter from body, parses the YAML and the Markdown, checks the kind.</summary>
/// <param name="pool">Where the build's documents share their short YAML values; without one, nothing is shared.</param>
public sealed class DocumentParser(MarkdownPipeline markdown, DiagnosticBag diagnostics, TextPool? pool = null)
{
    public static readonly IReadOnlyList<string> Kinds =
        ["protokoll", "verksamhetsplan", "aktivitet", "mål", "nätverk", "organ", "kommun", "sida"];

    private const string Example = "en rad '---', sedan fälten på egna rader (t.ex. 'typ: sida', 'id: min-sida', 'titel: Min sida') och sist en rad '---'";

    public ParsedDocument? Parse(SourceFile file)
    {
        var split = FrontMatterSplitter.Split(file.Text);
        var start = new SourceLocation(file.RelativePath, 1, 1);
        if (split.Yaml is null)
        {
            diagnostics.Error("frontmatter-missing", start, "filen börjar inte med front matter mellan två rader '---'",
                $"börja filen med {Example}");
            return null;
        }
        if (split.Unterminated)
        {
            diagnostics.Error("frontmatter-unterminated", start, "front matter har ingen avslutande rad '---'",
                "skriv en rad med bara '---' efter sista fältet");
            return null;
        }

        var mapping = ParseYaml(file, split.Yaml, split.YamlFirstLine);
        if (mapping is null) return null;

        var meta = new FrontMatter(mapping, file.RelativePath, split.YamlFirstLine - 1, diagnostics);
        var kind = meta.String("typ", required: true, example: "sida");
        if (kind is null) return null;
        if (!Kinds.Contains(kind))
        {
            diagnostics.Error("kind-unknown", meta.LocationOf("typ"), $"okänd dokumenttyp '{kind}'",
                Suggestions.DidYouMean(kind, Kinds) ?? $"tillåtna typer är: {string.Join(", ", Kinds)}");
            return null;
        }

        Markdig.Syntax.MarkdownDocument body;
        CompressedUtf8? html;
        try
        {
            body = Markdig.Markdown.Parse(split.Body, markdown);
            // Rendered here, from the tree just parsed, so that no body is parsed a second time for its page.
            html = XrefPlaceholders.CanDefer(split.Body) ? RenderAhead(body) : null;
        }
        catch (ArgumentException e) when (MarkdownNesting.IsDepthLimit(e))
        {
            diagnostics.Add(MarkdownNesting.TooDeep(new SourceLocation(file.RelativePath, split.BodyFirstLine + MarkdownNesting.DeepestLine(split.Body) - 1)));
            return null;
        }
        if (split.Body.Contains('<'))
        {
            var firstLine = split.BodyFirstLine;
            Markdown.RawHtml.RawHtmlRules.Check(body, node => new SourceLocation(file.RelativePath, firstLine + node.Line, node.Column + 1), diagnostics);
        }
        return new ParsedDocument(file, kind, meta, body, split.Body, split.BodyFirstLine, html);
    }

    /// <summary>The body's HTML as UTF-8, xref links as placeholders (Markdown/Xref/XrefPlaceholders) to fill in when pages render.</summary>
    private static CompressedUtf8 RenderAhead(Markdig.Syntax.MarkdownDocument body) =>
        CompressedUtf8.From(Markdig.Markdown.ToHtml(body, MarkdownPipelineFactory.ForRenderingAhead));

    /// <summary>Parses a YAML text whose root must be a mapping; reports syntax errors with their file line.</summary>
    public YamlMappingNode? ParseYaml(SourceFile file, string yaml, int firstLine) =>
        ParseYamlRoot(file, yaml, firstLine) switch
        {
            YamlMappingNode m => m,
            null => null,
            var other => NotAMapping(file, other, firstLine),
        };

    public YamlNode? ParseYamlRoot(SourceFile file, string yaml, int firstLine)
    {
        IParser scanned = new Parser(new StringReader(yaml));
        var values = new YamlValueGuard(pool is null ? scanned : new SharedScalars(scanned, pool), escapesOnly: ControlCharacters.FirstIn(yaml) is null);
        var events = new DepthLimitedParser(values);
        try
        {
            var stream = new YamlStream();
            stream.Load(events);
            if (stream.Documents.Count == 0)
            {
                diagnostics.Error("yaml-empty", new SourceLocation(file.RelativePath, firstLine), "front matter är tom",
                    $"skriv {Example}");
                return null;
            }
            return stream.Documents[0].RootNode;
        }
        catch (YamlException e) when (events.TooDeep)
        {
            diagnostics.Error("yaml-syntax", new SourceLocation(file.RelativePath, (int)e.Start.Line + firstLine - 1, (int)e.Start.Column),
                $"YAML-fel: listor eller fält inuti varandra i mer än {DepthLimitedParser.MaxDepth} nivåer",
                "skriv fälten med högst ett par nivåers indrag; en text som börjar med '[' eller '{' behöver citattecken, t.ex. titel: \"[Utkast] Möte\"");
            return null;
        }
        catch (YamlException e) when (values.Refused is { } refused)
        {
            var at = new SourceLocation(file.RelativePath, (int)e.Start.Line + firstLine - 1, (int)e.Start.Column);
            if (refused == YamlRefusal.ControlCharacter)
            {
                diagnostics.Error(ControlCharacters.Code, at,
                    $"värdet skriver ett osynligt tecken (U+{(int)values.Character:X4}) med en '\\'-sekvens inom citattecken, och det kan inte publiceras",
                    "ta bort sekvensen som börjar med '\\' ur värdet (t.ex. \\a, \\e, \\x07 eller \\u0007)");
                return null;
            }
            var (mark, what, example) = refused == YamlRefusal.Anchor
                ? ('&', "ett YAML-ankare", "titel: \"& Co i Södertörn\"")
                : ('!', "en YAML-tagg", "titel: \"!! Viktigt\"");
            diagnostics.Error("yaml-syntax", at,
                $"YAML-fel: ett värde som börjar med '{mark}' läses som {what}, och ordet efter '{mark}' skulle försvinna ur texten",
                $"sätt hela värdet inom citattecken, så står det kvar som du skrev det, t.ex. {example}");
            return null;
        }
        catch (YamlException e)
        {
            // Where YamlDotNet noticed the error is not always where it is: a tab, or a value that starts with '*' or '&'
            // (emphasis, as the writing guide teaches it for the body: "*Kort* om sidan"), are looked for in the text.
            var explained = Explain(e);
            var (explanation, at) = YamlErrorPlace.Find(yaml, (int)e.Start.Line, explained) is { } place
                ? (place.Explanation, (place.Line, place.Column))
                : (explained, ((int)e.Start.Line, (int)e.Start.Column));
            diagnostics.Error("yaml-syntax", new SourceLocation(file.RelativePath, at.Item1 + firstLine - 1, at.Item2),
                $"YAML-fel: {explanation}", YamlAdvice);
            return null;
        }
        catch (ArgumentException) when (KeyWithoutValue(yaml) is var (line, column))
        {
            // Found by fuzzing (docs/fuzzing.md): a tab before a line's ':' ("\t: x"), or a control character such as NUL in
            // it, reaches YamlDotNet's loader as a key without a value, and the loader throws this rather than a YamlException.
            diagnostics.Error("yaml-syntax", new SourceLocation(file.RelativePath, line + firstLine - 1, column),
                "YAML-fel: raden går inte att läsa som 'namn: värde' (fältnamnet saknas före ':', eller ett tabbtecken eller osynligt tecken står i raden)",
                "skriv fältet som 'namn: värde' med namnet först på raden, indrag med mellanslag (inte tabb); skriv om raden om den är inklistrad");
            return null;
        }
        catch (ArgumentException) when (InvalidTag(yaml) is var (line, column))
        {
            // Found by fuzzing: YamlDotNet reads '!' at the start of a value as a tag, and throws this rather than a
            // YamlException when the tag cannot be a URI ('titel: !!] …'), as text meant as emphasis can be.
            diagnostics.Error("yaml-syntax", new SourceLocation(file.RelativePath, line + firstLine - 1, column),
                "YAML-fel: ett värde som börjar med '!' läses som en YAML-tagg, och den här går inte att läsa",
                "sätt värdet inom citattecken, t.ex. titel: \"!! Viktigt\"");
            return null;
        }
        // Last: the specific cases above name the problem better.
        catch (Exception e) when (FileGuard.IsRecoverable(e))
        {
            // YamlDotNet's scanner throws other exceptions on some broken input (an unclosed flow sequence "[öppen" throws
            // InvalidOperationException), without a position: the brackets are looked for here to name the line.
            if (YamlBrackets.FirstUnclosed(yaml) is var (line, column))
                diagnostics.Error("yaml-syntax", new SourceLocation(file.RelativePath, line + firstLine - 1, column),
                    "YAML-fel: en lista eller ett uppslag som börjar med '[' eller '{' stängs aldrig",
                    "stäng med ']' eller '}' på samma rad, eller sätt värdet inom citattecken om hakparentesen är en del av texten (t.ex. titel: \"[utkast] Möte\")");
            else
                diagnostics.Error("yaml-syntax", new SourceLocation(file.RelativePath, firstLine), "YAML-fel: front matter kunde inte läsas", YamlAdvice);
            return null;
        }
    }

    /// <summary>Where the first tag is that YamlDotNet cannot name (line and column, 1-based), or null. Only on the error path.</summary>
    private static (int Line, int Column)? InvalidTag(string yaml)
    {
        var scanner = new Scanner(new StringReader(yaml));
        try
        {
            while (scanner.MoveNext())
            {
                if (scanner.Current is not YamlDotNet.Core.Tokens.Tag tag) continue;
                // As YamlDotNet's parser resolves a tag: '!!' is the standard prefix, '!' a local tag, none a verbatim tag;
                // a named handle's prefix comes from a %TAG line, and any URI prefix stands in for it here.
                var name = tag.Handle switch { "!!" => "tag:yaml.org,2002:", "!" => "!", "" => "", _ => "tag:example.org,2000:" } + tag.Suffix;
                try { _ = new TagName(name); }
                catch (ArgumentException) { return ((int)tag.Start.Line, (int)tag.Start.Column); }
            }
        }
        catch (YamlException)
        {
            // The scanner stopped at this input for another reason; that one is not reported here.
        }
        return null;
    }

    /// <summary>
    /// Where YamlDotNet's parser gives a mapping a key and then no value (line and column of that key, 1-based), or null.
    /// Only on the error path: the events are read a second time.
    /// </summary>
    private static (int Line, int Column)? KeyWithoutValue(string yaml)
    {
        var parser = new YamlDotNet.Core.Parser(new StringReader(yaml));
        var children = new Stack<int>();
        YamlDotNet.Core.Events.ParsingEvent? previous = null;
        try
        {
            while (parser.MoveNext() && parser.Current is { } current)
            {
                if (current is YamlDotNet.Core.Events.MappingEnd && children.TryPop(out var count) && count % 2 == 1 && previous is not null)
                    return ((int)previous.Start.Line, (int)previous.Start.Column);
                if (children.Count > 0 && current is YamlDotNet.Core.Events.NodeEvent or YamlDotNet.Core.Events.AnchorAlias) children.Push(children.Pop() + 1);
                if (current is YamlDotNet.Core.Events.MappingStart) children.Push(0);
                else if (current is YamlDotNet.Core.Events.SequenceStart) children.Push(0);
                else if (current is YamlDotNet.Core.Events.SequenceEnd) children.TryPop(out _);
                previous = current;
            }
        }
        catch (Exception e) when (e is YamlException or ArgumentException)
        {
            // The parser stopped at this input for another reason (a tag, below); that one is not reported here.
        }
        return null;
    }

    private const string YamlAdvice =
        "kontrollera indrag (mellanslag, inte tabb), kolon efter varje fältnamn och citattecken runt text som innehåller ':' eller '#'";

    private YamlMappingNode? NotAMapping(SourceFile file, YamlNode node, int firstLine)
    {
        diagnostics.Error("yaml-shape", new SourceLocation(file.RelativePath, (int)node.Start.Line + firstLine - 1),
            "front matter ska vara fält i formen 'namn: värde'", $"skriv {Example}");
        return null;
    }

    private static string Explain(YamlException e)
    {
        var message = (e.InnerException?.Message ?? e.Message).Trim();
        if (message.Contains("Duplicate key", StringComparison.OrdinalIgnoreCase)) return "samma fält står två gånger";
        if (message.Contains("mapping values are not allowed", StringComparison.OrdinalIgnoreCase)) return "ett ':' på fel ställe (text med kolon behöver citattecken)";
        if (message.Contains("tab", StringComparison.OrdinalIgnoreCase)) return YamlErrorPlace.TabExplanation;
        if (message.Contains("quoted scalar", StringComparison.OrdinalIgnoreCase)) return "ett citattecken stängs aldrig";
        if (message.Contains("invalid mapping", StringComparison.OrdinalIgnoreCase))
            return "ett ':' inne i ett värde (skriv värdet inom citattecken, t.ex. titel: \"Möte: kl 10\")";
        if (message.Contains("did not find expected key", StringComparison.OrdinalIgnoreCase)) return "en rad har fel indrag eller saknar 'namn:'";
        if (message.Contains("block entry", StringComparison.OrdinalIgnoreCase)) return "en listrad ('- …') har fel indrag";
        if (message.Contains("cannot start any token", StringComparison.OrdinalIgnoreCase))
            return "ett värde börjar med ett tecken som YAML inte tillåter först, till exempel @ eller ` (sätt värdet inom citattecken)";
        if (message.Contains("flow sequence", StringComparison.OrdinalIgnoreCase) || message.Contains("flow mapping", StringComparison.OrdinalIgnoreCase))
            return "en lista inom [ ] eller en grupp inom { } har fel form (skilj posterna med komma och stäng med ] eller }, eller sätt texten inom citattecken)";
        if (message.Contains("expected node content", StringComparison.OrdinalIgnoreCase))
            return "ett värde saknas, eller börjar med ett tecken som YAML läser särskilt (t.ex. '-' inne i en lista inom [ ]); sätt texten inom citattecken";
        if (message.Contains("alias", StringComparison.OrdinalIgnoreCase) || message.Contains("anchor", StringComparison.OrdinalIgnoreCase))
            return YamlErrorPlace.AliasExplanation;
        return $"YAML kunde inte läsas ({message})";
    }
}
