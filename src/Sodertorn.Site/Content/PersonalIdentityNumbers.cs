using System.Buffers;

namespace Sodertorn.Site.Content;

/// <summary>A Swedish personal identity or coordination number found in a text: where, and masked for messages.</summary>
/// <param name="Index">Offset of its first digit in the text.</param>
/// <param name="Coordination">A samordningsnummer (day of birth + 60) rather than a personnummer.</param>
/// <param name="Masked">The number with the day and the last four digits hidden ("8001**-****"): never the whole number.</param>
public sealed record PersonalIdentityNumber(int Index, int Length, bool Coordination, string Masked);

/// <summary>
/// Finds personnummer and samordningsnummer — YYMMDD-NNNN, YYYYMMDD-NNNN, with '+' (born over a hundred years
/// ago) or without separator — whose date exists and whose last digit is the Luhn check digit of the ten before.
/// A digit run counts only as a whole: dates (2023-02-10), diarienummer (KS 2023/0123, SSK-2019-0012),
/// organisation numbers (month 20 or more), times and phone numbers written with spaces or a dash after the
/// area code are not of these shapes; ten digits in a row after a phone word ("tel", "mobil", "+46") are a
/// phone number. No regular expression: one vectorised search for digits, then only runs of the right lengths
/// are looked at, so the scan costs little beside reading the file.
/// </summary>
public static class PersonalIdentityNumbers
{
    // OCR and word processors turn '-' into other dashes; the number is the same.
    private static readonly SearchValues<char> Separators = SearchValues.Create("-+\u2010\u2011\u2013\u2212");

    // Whole words only: "ändring", "hotell" and "mobilitet" hold some of these letters and say nothing of phones.
    private static readonly HashSet<string> PhoneWords = new(
        ["tel", "tfn", "telefon", "telefonnummer", "telefonnr", "mobil", "mobilnummer", "mobilnr", "mobiltelefon", "sms", "fax", "ring", "växel", "växeln"],
        StringComparer.OrdinalIgnoreCase);

    public static IEnumerable<PersonalIdentityNumber> Find(string text)
    {
        var at = 0;
        while (Next(text, ref at) is { } found) yield return found;
    }

    public static bool Any(string text)
    {
        var at = 0;
        return Next(text, ref at) is not null;
    }

    private static PersonalIdentityNumber? Next(string text, ref int at)
    {
        var span = text.AsSpan();
        Span<char> digits = stackalloc char[12];
        while (at < span.Length)
        {
            var offset = span[at..].IndexOfAnyInRange('0', '9');
            if (offset < 0) break;
            var start = at + offset;
            // Most runs are short (dates, times, sums): a plain loop measures them faster than a vectorised search.
            var end = start + 1;
            while (end < span.Length && char.IsAsciiDigit(span[end])) end++;
            var length = end - start;
            at = end;
            if (length is 10 or 12)
            {
                if (Check(span.Slice(start, length)) is { } coordination && !AfterPhoneWord(span, start))
                    return Found(span, start, length, length - 4, coordination);
            }
            else if (length is 6 or 8 && at + 5 <= span.Length && Separators.Contains(span[at])
                     && span.Slice(at + 1, 4).IndexOfAnyExceptInRange('0', '9') < 0 && (at + 5 == span.Length || !char.IsAsciiDigit(span[at + 5])))
            {
                span.Slice(start, length).CopyTo(digits);
                span.Slice(at + 1, 4).CopyTo(digits[length..]);
                if (Check(digits[..(length + 4)]) is { } coordination)
                {
                    var found = Found(span, start, length + 5, length, coordination);
                    at += 5;
                    return found;
                }
            }
        }
        return null;
    }

    /// <summary>
    /// For 10 or 12 digits (the date and the four last, without the separator written between them): null unless they
    /// make a real number, else whether it is a coordination number.
    /// </summary>
    private static bool? Check(ReadOnlySpan<char> digits)
    {
        var ten = digits[^10..];
        var month = Number(ten.Slice(2, 2));
        var day = Number(ten.Slice(4, 2));
        int daysInMonth;
        if (digits.Length == 12)
        {
            var year = Number(digits[..4]);
            if (year is < 1800 or > 2099 || month is < 1 or > 12) return null;
            daysInMonth = DateTime.DaysInMonth(year, month);
        }
        else
        {
            if (month is < 1 or > 12) return null;
            // The century is unknown: 29 February counts in any year divisible by four.
            daysInMonth = month == 2 ? (Number(ten[..2]) % 4 == 0 ? 29 : 28) : DateTime.DaysInMonth(2001, month);
        }
        var coordination = day > 60;
        var dayOfBirth = coordination ? day - 60 : day;
        if (dayOfBirth < 1 || dayOfBirth > daysInMonth) return null;
        return Luhn(ten) ? coordination : null;
    }

    private static int Number(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var digit in digits) value = value * 10 + (digit - '0');
        return value;
    }

    /// <summary>The Luhn check over ten digits: doubling every other digit from the first, the sum ends in 0.</summary>
    private static bool Luhn(ReadOnlySpan<char> ten)
    {
        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            var value = (ten[i] - '0') * (i % 2 == 0 ? 2 : 1);
            sum += value > 9 ? value - 9 : value;
        }
        return sum % 10 == 0;
    }

    /// <summary>A number written after a phone word on the same line, within a few words: "tel. 0701234567", "+46 …".</summary>
    private static bool AfterPhoneWord(ReadOnlySpan<char> text, int start)
    {
        var before = text[Math.Max(0, start - 24)..start];
        if (before.LastIndexOf('\n') is var newline and >= 0) before = before[(newline + 1)..];
        if (before.Contains("+46", StringComparison.Ordinal)) return true;
        var lookup = PhoneWords.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < before.Length;)
        {
            if (!char.IsLetter(before[i])) { i++; continue; }
            var end = i;
            while (end < before.Length && char.IsLetter(before[end])) end++;
            // A word cut by the window's start is not a word.
            if ((i > 0 || start - before.Length == 0 || !char.IsLetter(text[start - before.Length - 1])) && lookup.Contains(before[i..end])) return true;
            i = end;
        }
        return false;
    }

    private static PersonalIdentityNumber Found(ReadOnlySpan<char> text, int start, int length, int dateLength, bool coordination)
    {
        // Year and month stay, to tell two numbers on one line apart; the day and the last four never reach a message.
        var written = text.Slice(start, length);
        var masked = new char[length];
        for (var i = 0; i < length; i++)
            masked[i] = i < dateLength - 2 || !char.IsAsciiDigit(written[i]) ? written[i] : '*';
        return new PersonalIdentityNumber(start, length, coordination, new string(masked));
    }
}
