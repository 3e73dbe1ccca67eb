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
        functions.Import("markdown", new Func<string?, string>(text => string.IsNullOrWhiteSpace(text) ? "" : Markdown.PlainParagraph.ToHtml(text, markdown)));
        functions.Import("url_of", new Func<string?, string?>(id => id is null ? null : index.Find(id)?.Url));
        functions.Import("title_of", new Func<string?, string?>(id => id is null ? null : index.Find(id)?.Title ?? id));
        functions.Import("date", new Func<DateOnly?, string>(d => d is { } v ? SwedishDates.Long(v) : ""));
        functions.Import("weekday_date", new Func<DateOnly?, string>(d => d is { } v ? SwedishDates.WithWeekday(v) : ""));
        functions.Import("iso_date", new Func<DateOnly?, string>(d => d is { } v ? StockholmTime.IsoDate(v) : ""));
        functions.Import("time_range", new Func<TimeOnly?, TimeOnly?, string>((s, e) => SwedishDates.TimeRange(s, e) ?? ""));
        functions.Import("money", new Func<long, string>(Money));
        functions.Import("number", new Func<long, string>(Number));
        // Links are the most frequent markup on every page; written here rather than as an included
        // template, which Scriban would evaluate in a new scope each time.
        functions.Import("link", new Func<object?, string>(Link));
        functions.Import("link_to", new Func<string?, string>(id => id is null ? "" : Link(index.Find(id) is { } e ? new LinkView(e.Title, e.Url) : new LinkView(id, null))));
        functions.Import("asset", new Func<string, string>(name => assets.TryGetValue(name, out var url) ? url : throw new InvalidOperationException($"theme/assets/{name} saknas")));
        functions.Import("site_name", new Func<string>(() => siteName));
        // Shadows Scriban's builtin include, which copies each partial through a string of its own.
        functions["include"] = InPlaceInclude.Instance;
        // A calendar to subscribe to: the same file at webcal://, which calendar programs open as a subscription.
        functions.Import("webcal", new Func<string, string>(path => Webcal(baseUrl, path)));
        // The calendar file of a meeting a plan announces (Calendars/IcsGenerator).
        functions.Import("planned_calendar", new Func<string, DateOnly, string>((organ, date) => UrlScheme.MeetingCalendar(UrlScheme.PlannedMeetingKey(organ, date))));
        return functions;
    }

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
