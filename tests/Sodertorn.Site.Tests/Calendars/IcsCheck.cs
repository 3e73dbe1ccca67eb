using System.Globalization;
using System.Text;

namespace Sodertorn.Site.Tests.Calendars;

/// <summary>One content line of an iCalendar file after unfolding: "DTSTART;TZID=Europe/Stockholm:20240216T090000".</summary>
public sealed record IcsLine(string Name, string Parameters, string Value);

/// <summary>
/// A minimal reading of RFC 5545 written here, independent of Ical.Net, so that the generator is not
/// only checked by the library that wrote the file: line ends, line length in octets, folding, the nesting
/// of BEGIN/END, and the time zone rules of the VTIMEZONE.
/// </summary>
public static class IcsCheck
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Every rule the file breaks; empty when it keeps them all.</summary>
    public static IReadOnlyList<string> Problems(byte[] bytes)
    {
        var problems = new List<string>();
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) problems.Add("starts with a byte order mark");
        string text;
        try
        {
            // A fold inside a multi-byte character would leave invalid UTF-8 here.
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            return [$"not UTF-8: {e.Message}"];
        }
        if (!text.EndsWith("\r\n", StringComparison.Ordinal)) problems.Add("does not end with CRLF");
        var physical = text.Split("\r\n");
        for (var i = 0; i < physical.Length - 1; i++)
        {
            var line = physical[i];
            if (line.Contains('\n') || line.Contains('\r')) problems.Add($"line {i + 1}: a line end that is not CRLF");
            var octets = Encoding.UTF8.GetByteCount(line);
            if (octets > 75) problems.Add($"line {i + 1}: {octets} octets, more than 75");
            if (line.Length == 0) problems.Add($"line {i + 1}: empty");
        }

        var lines = Unfold(text);
        var open = new Stack<string>();
        foreach (var line in lines)
        {
            if (line.Name == "BEGIN") open.Push(line.Value);
            else if (line.Name == "END" && (open.Count == 0 || open.Pop() != line.Value)) problems.Add($"END:{line.Value} does not close what is open");
        }
        if (open.Count > 0) problems.Add($"not closed: {string.Join(", ", open)}");
        if (lines.Count == 0 || lines[0] is not { Name: "BEGIN", Value: "VCALENDAR" }) problems.Add("does not begin with BEGIN:VCALENDAR");
        if (lines.Count == 0 || lines[^1] is not { Name: "END", Value: "VCALENDAR" }) problems.Add("does not end with END:VCALENDAR");
        if (!lines.Any(l => l is { Name: "VERSION", Value: "2.0" })) problems.Add("no VERSION:2.0");
        if (!lines.Any(l => l.Name == "PRODID")) problems.Add("no PRODID");
        foreach (var evt in Components(lines, "VEVENT"))
            foreach (var required in new[] { "UID", "DTSTAMP", "DTSTART" })
                if (evt.Count(l => l.Name == required) != 1) problems.Add($"a VEVENT without exactly one {required}");
        return problems;
    }

    public static IReadOnlyList<IcsLine> Unfold(string text)
    {
        var logical = new List<StringBuilder>();
        foreach (var line in text.Split("\r\n"))
        {
            if (line.Length == 0) continue;
            if (line[0] is ' ' or '\t' && logical.Count > 0) logical[^1].Append(line, 1, line.Length - 1);
            else logical.Add(new StringBuilder(line));
        }
        return logical.Select(b => Parse(b.ToString())).ToList();
    }

    /// <summary>The content lines of every component with this name (nested components excluded).</summary>
    public static IReadOnlyList<IReadOnlyList<IcsLine>> Components(IReadOnlyList<IcsLine> lines, string name)
    {
        var result = new List<IReadOnlyList<IcsLine>>();
        List<IcsLine>? current = null;
        var depth = 0;
        foreach (var line in lines)
        {
            if (line is { Name: "BEGIN" } && line.Value == name && current is null) { current = []; depth = 0; continue; }
            if (current is null) continue;
            if (line.Name == "BEGIN") depth++;
            else if (line.Name == "END" && depth > 0) depth--;
            else if (line.Name == "END" && line.Value == name) { result.Add(current); current = null; }
            else if (depth == 0) current.Add(line);
        }
        return result;
    }

    public static string? Get(IReadOnlyList<IcsLine> component, string name) => component.FirstOrDefault(l => l.Name == name)?.Value;

    /// <summary>The text of a TEXT value with RFC 5545's escapes undone.</summary>
    public static string Text(string value) =>
        value.Replace("\\n", "\n", StringComparison.Ordinal).Replace("\\N", "\n", StringComparison.Ordinal)
            .Replace("\\,", ",", StringComparison.Ordinal).Replace("\\;", ";", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);

    /// <summary>
    /// A local time in the file's VTIMEZONE as UTC, computed from the VTIMEZONE's own observances (yearly rules
    /// "last Sunday of month" or single onsets), so that a wrong VTIMEZONE shows even where programs use the TZID.
    /// </summary>
    public static DateTime ToUtc(IReadOnlyList<IcsLine> lines, DateTime local)
    {
        var onsets = new List<(DateTime Onset, TimeSpan Offset)>();
        foreach (var kind in new[] { "STANDARD", "DAYLIGHT" })
            foreach (var observance in Components(lines, kind))
            {
                var start = Local(Get(observance, "DTSTART")!);
                var offset = Offset(Get(observance, "TZOFFSETTO")!);
                var rule = Get(observance, "RRULE");
                if (rule is null)
                {
                    onsets.Add((start, offset));
                    continue;
                }
                Assert.Contains("FREQ=YEARLY", rule);
                Assert.Contains("BYDAY=-1SU", rule);
                for (var year = start.Year; year <= local.Year; year++)
                {
                    var onset = LastSunday(year, start.Month).Add(start.TimeOfDay);
                    if (onset >= start) onsets.Add((onset, offset));
                }
            }
        var inForce = onsets.Where(o => o.Onset <= local).OrderBy(o => o.Onset).ToList();
        Assert.True(inForce.Count > 0, $"no observance of the VTIMEZONE is in force at {local:s}");
        return DateTime.SpecifyKind(local - inForce[^1].Offset, DateTimeKind.Utc);
    }

    public static DateTime Local(string value) =>
        DateTime.ParseExact(value, "yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);

    private static DateTime LastSunday(int year, int month)
    {
        var day = new DateTime(year, month, DateTime.DaysInMonth(year, month));
        return day.AddDays(-(int)day.DayOfWeek);
    }

    private static TimeSpan Offset(string value)
    {
        var sign = value[0] == '-' ? -1 : 1;
        return sign * new TimeSpan(int.Parse(value[1..3], CultureInfo.InvariantCulture), int.Parse(value[3..5], CultureInfo.InvariantCulture), 0);
    }

    private static IcsLine Parse(string line)
    {
        // The name ends at the first ';' or ':'; parameters end at the first ':' outside quotes.
        var quoted = false;
        var colon = -1;
        for (var i = 0; i < line.Length && colon < 0; i++)
        {
            if (line[i] == '"') quoted = !quoted;
            else if (line[i] == ':' && !quoted) colon = i;
        }
        if (colon < 0) return new IcsLine(line, "", "");
        var head = line[..colon];
        var semicolon = head.IndexOf(';');
        return semicolon < 0
            ? new IcsLine(head, "", line[(colon + 1)..])
            : new IcsLine(head[..semicolon], head[(semicolon + 1)..], line[(colon + 1)..]);
    }
}
