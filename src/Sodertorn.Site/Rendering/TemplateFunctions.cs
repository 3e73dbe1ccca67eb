using System.Globalization;
using Scriban.Runtime;
using Sodertorn.Site.Domain;
using Sodertorn.Site.Linking;

namespace Sodertorn.Site.Rendering;

/// <summary>The few functions layouts call: addresses and titles by identifier, Swedish dates, amounts.</summary>
public static class TemplateFunctions
{
    public static ScriptObject Create(IdentifierIndex index, IReadOnlyDictionary<string, string> assets, string siteName, Markdig.MarkdownPipeline markdown, string baseUrl = "")
    {
        var functions = new ScriptObject();
        // Text fields of front matter (comments, footnotes) are Markdown too, with xref links.
        Add(functions, "markdown", new Func<string?, string>(text => string.IsNullOrWhiteSpace(text) ? "" : Markdown.PlainParagraph.ToHtml(text, markdown)));
        Add(functions, "url_of", new Func<string?, string?>(id => id is null ? null : index.Find(id)?.Url));
        Add(functions, "title_of", new Func<string?, string?>(id => id is null ? null : index.Find(id)?.Title ?? id));
        Add(functions, "date", new Func<DateOnly?, string>(d => d is { } v ? SwedishDates.Long(v) : ""));
        Add(functions, "weekday_date", new Func<DateOnly?, string>(d => d is { } v ? SwedishDates.WithWeekday(v) : ""));
        Add(functions, "iso_date", new Func<DateOnly?, string>(d => d is { } v ? StockholmTime.IsoDate(v) : ""));
        Add(functions, "time_range", new Func<TimeOnly?, TimeOnly?, string>((s, e) => SwedishDates.TimeRange(s, e) ?? ""));
        Add(functions, "money", new Func<long, string>(Money));
        Add(functions, "number", new Func<long, string>(Number));
        // Links are the most frequent markup on every page; written here rather than as an included
        // template, which Scriban would evaluate in a new scope each time.
        Add(functions, "link", new Func<object?, string>(Link));
        Add(functions, "link_to", new Func<string?, string>(id => id is null ? "" : Link(index.Find(id) is { } e ? new LinkView(e.Title, e.Url) : new LinkView(id, null))));
        Add(functions, "asset", new Func<string, string>(name => assets.TryGetValue(name, out var url) ? url : throw new InvalidOperationException($"theme/assets/{name} saknas")));
        Add(functions, "site_name", new Func<string>(() => siteName));
        // A calendar to subscribe to: the same file at webcal://, which calendar programs open as a subscription.
        Add(functions, "webcal", new Func<string, string>(path => Webcal(baseUrl, path)));
        // The calendar file of a meeting a plan announces (Calendars/IcsGenerator).
        Add(functions, "planned_calendar", new Func<string, DateOnly, string>((organ, date) => UrlScheme.MeetingCalendar(UrlScheme.PlannedMeetingKey(organ, date))));
        return functions;
    }

    // Scriban's Import(name, delegate) finds the delegate's shape by reflection, which the trimmer cannot follow into a tool
    // compiled ahead of time, and its delegate functions call through reflection: TemplateFunction is told the shape by
    // the compiler and calls directly.
    private static void Add<T1, TResult>(ScriptObject functions, string name, Func<T1, TResult> function) =>
        functions.Import(name, function);

    private static void Add<T1, T2, TResult>(ScriptObject functions, string name, Func<T1, T2, TResult> function) =>
        functions.Import(name, function);

    private static void Add<TResult>(ScriptObject functions, string name, Func<TResult> function) =>
        functions.Import(name, function);

    /// <summary>A link, or the title as plain marked text when the target is not published here.</summary>
    public static string Link(object? value)
    {
        var (title, url) = value switch
        {
            LinkView view => (view.Title, view.Url),
            null => ("", null),
            _ => (value.ToString() ?? "", null),
        };
        var text = System.Net.WebUtility.HtmlEncode(title);
        return url is null
            ? Markdown.Xref.UnpublishedReference.Start + text + Markdown.Xref.UnpublishedReference.End
            : $"<a href=\"{System.Net.WebUtility.HtmlEncode(url)}\">{text}</a>";
    }

    /// <summary>"2 083 296 kr" with non-breaking spaces, as Swedish typography groups thousands.</summary>
    public static string Money(long amount) => Number(amount) + "\u00a0kr";

    /// <summary>"520 824": thousands grouped with non-breaking spaces.</summary>
    public static string Number(long value) =>
        value.ToString("#,0", CultureInfo.InvariantCulture).Replace(",", "\u00a0");

    /// <summary>"webcal://host/path" for a root-relative path, from the site's address (its scheme replaced).</summary>
    public static string Webcal(string baseUrl, string path)
    {
        var site = baseUrl.TrimEnd('/');
        var scheme = site.IndexOf("://", StringComparison.Ordinal);
        return "webcal://" + (scheme >= 0 ? site[(scheme + 3)..] : site) + path;
    }
}
