using Sodertorn.Site.Content;

namespace Sodertorn.Site.Tests.Content;

/// <summary>
/// The scanner for personnummer and samordningsnummer. Every number below that must not be found has a correct
/// check digit unless the case is about the check digit, so that it is the date, the shape or the context that
/// keeps it out, not chance.
/// </summary>
public sealed class PersonalIdentityNumbersTests
{
    [Theory]
    [InlineData("Tolvan Tolvansson 121212-1212 deltog.", "121212-1212")]
    [InlineData("född 19121212-1212", "19121212-1212")]
    [InlineData("1212121212", "1212121212")]
    [InlineData("personnr:191212121212.", "191212121212")]
    [InlineData("hundraåring 121212+1212", "121212+1212")]
    [InlineData("nummer 460101+2349 och", "460101+2349")]
    [InlineData("skanning 121212–1212", "121212–1212")] // OCR writes an en dash
    [InlineData("- namn: Anna\n  not: 990101-9878", "990101-9878")]
    [InlineData("skottdag 000229-1235", "000229-1235")]
    [InlineData("skottdag 20000229-1235", "20000229-1235")]
    public void A_personnummer_in_each_form_is_found_where_it_stands(string text, string number)
    {
        var found = Assert.Single(PersonalIdentityNumbers.Find(text));
        Assert.Equal((text.IndexOf(number, StringComparison.Ordinal), number.Length), (found.Index, found.Length));
        Assert.False(found.Coordination);
    }

    [Theory]
    [InlineData("701063-1237")]
    [InlineData("7010631237")]
    [InlineData("19701063-1237")]
    public void A_samordningsnummer_has_sixty_added_to_the_day_and_is_found_as_one(string text)
    {
        Assert.True(Assert.Single(PersonalIdentityNumbers.Find(text)).Coordination);
    }

    [Theory]
    [InlineData("121212-1213")] // wrong check digit
    [InlineData("1212121213")] // ten digits, wrong check digit
    [InlineData("19121212-1213")]
    [InlineData("811312-1233")] // month 13
    [InlineData("810132-1233")] // day 32
    [InlineData("810192-1230")] // samordningsnummer for day 32
    [InlineData("190229-1234")] // 29 February in a year that is no leap year
    [InlineData("19000229-1235")] // 1900 was no leap year
    [InlineData("212000-0142")] // Huddinge kommun's organisationsnummer: month 20
    [InlineData("Mötet 2023-02-10 kl. 09:00–11:30, nästa 2023-03-16 13.00-15.00.")]
    [InlineData("Dnr KS 2023/0123, SSK-2019-0012 och KS-2023-000123")]
    [InlineData("Ring 070-123 45 67 eller 08-123 456 78, från utlandet +46 70 123 45 67.")]
    [InlineData("tel. 0701234569")] // ten digits after a phone word
    [InlineData("Mobil: 0701234569")]
    [InlineData("Ring Anna på 0701234569")]
    [InlineData("telefonnummer 0701234569")]
    [InlineData("+46701234569")]
    [InlineData("01212121212")] // eleven digits: no number is part of a longer one
    [InlineData("1212121212121")]
    [InlineData("121212-12120")]
    [InlineData("2121212-1212")]
    [InlineData("20230210")]
    [InlineData("budget 2083296 kr, 520824 invånare")]
    public void Dates_diarienummer_phone_numbers_and_numbers_with_a_wrong_check_digit_are_not_found(string text)
    {
        Assert.Empty(PersonalIdentityNumbers.Find(text));
        Assert.False(PersonalIdentityNumbers.Any(text));
    }

    [Theory]
    [InlineData("Anna 0701234569")] // indistinguishable from a number of someone born 1907 or 2007: the guide asks for spaces
    [InlineData("Ändring: Anna 0701234569")] // "ring" inside another word is no phone word
    [InlineData("Mobilitet, Anna 0701234569")]
    [InlineData("hotellet 0701234569")]
    public void Ten_digits_in_a_row_without_a_phone_word_before_them_are_taken_for_a_personnummer(string text)
    {
        Assert.Single(PersonalIdentityNumbers.Find(text));
    }

    [Fact]
    public void The_masked_form_keeps_year_and_month_and_hides_day_and_last_four()
    {
        var found = PersonalIdentityNumbers.Find("a 19121212-1212 b 1212121212 c 121212+1212").Select(f => f.Masked);
        Assert.Equal(["191212**-****", "1212******", "1212**+****"], found);
    }

    [Fact]
    public void Every_number_of_a_text_is_found_in_order()
    {
        var text = "121212-1212\n2023-02-10\n701063-1237, 460101+2349";
        Assert.Equal([0, 23, 36], PersonalIdentityNumbers.Find(text).Select(f => f.Index));
    }
}
