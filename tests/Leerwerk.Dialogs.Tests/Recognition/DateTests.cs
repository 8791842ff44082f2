using Leerwerk.Dialogs.Recognition;

namespace Leerwerk.Dialogs.Tests.Recognition;

public class DateTests
{
    // Wednesday 11 March 2026.
    private static readonly DateOnly Today = new(2026, 3, 11);
    private readonly AnswerRecognizer _recognizer = new();

    [Theory]
    [InlineData("15-01-2027", "2027-01-15")]
    [InlineData("15-1-27", "2027-01-15")]
    [InlineData("15.01.2027", "2027-01-15")]
    [InlineData("2027-01-15", "2027-01-15")]
    [InlineData("15 januari 2027", "2027-01-15")]
    [InlineData("1-4-2026", "2026-04-01")]
    [InlineData("15-1", "2027-01-15")]
    [InlineData("15/1", "2027-01-15")]
    [InlineData("15 januari", "2027-01-15")]
    [InlineData("15 jan", "2027-01-15")]
    [InlineData("1 april", "2026-04-01")]
    [InlineData("1e april", "2026-04-01")]
    [InlineData("11-3", "2026-03-11")]
    [InlineData("vandaag", "2026-03-11")]
    [InlineData("gisteren", "2026-03-10")]
    [InlineData("morgen", "2026-03-12")]
    [InlineData("overmorgen", "2026-03-13")]
    [InlineData("maandag", "2026-03-16")]
    [InlineData("Maandag", "2026-03-16")]
    [InlineData("ma", "2026-03-16")]
    [InlineData("vrijdag", "2026-03-13")]
    [InlineData("woensdag", "2026-03-18")]
    [InlineData("deze vrijdag", "2026-03-13")]
    [InlineData("aanstaande vrijdag", "2026-03-13")]
    [InlineData("volgende week dinsdag", "2026-03-17")]
    [InlineData("volgende week maandag", "2026-03-16")]
    [InlineData("dinsdag over een week", "2026-03-17")]
    [InlineData("over twee weken", "2026-03-25")]
    [InlineData("over 3 dagen", "2026-03-14")]
    [InlineData("over een maand", "2026-04-11")]
    [InlineData("eind maart", "2026-03-31")]
    [InlineData("eind van maart", "2026-03-31")]
    [InlineData("eind februari", "2027-02-28")]
    [InlineData("begin april", "2026-04-01")]
    [InlineData("half april", "2026-04-15")]
    [InlineData("medio april", "2026-04-15")]
    [InlineData("eind volgende maand", "2026-04-30")]
    [InlineData("eind 2026", "2026-12-31")]
    [InlineData("begin volgend jaar", "2027-01-01")]
    [InlineData("volgende maand", "2026-04-01")]
    [InlineData("de 15e", "2026-03-15")]
    [InlineData("morgen om 10 uur", "2026-03-12")]
    [InlineData("tomorrow", "2026-03-12")]
    [InlineData("next tuesday", "2026-03-17")]
    [InlineData("monday", "2026-03-16")]
    [InlineData("15 January", "2027-01-15")]
    [InlineData("end of april", "2026-04-30")]
    [InlineData("in 3 days", "2026-03-14")]
    public void Date_Recognised_ReturnsForwardDate(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), _recognizer.Date(text, Today));

    [Theory]
    [InlineData("")]
    [InlineData("ooit")]
    [InlineData("weet ik niet")]
    [InlineData("ja")]
    [InlineData("2")]
    [InlineData("31-2")]
    [InlineData("32-1")]
    [InlineData("maandag of dinsdag")]
    [InlineData("2 weken")]
    [InlineData("fiets")]
    public void Date_NoDate_ReturnsNull(string text) => Assert.Null(_recognizer.Date(text, Today));

    [Fact]
    public void Date_LeapDayWithoutYear_TakesNextLeapYear() =>
        Assert.Equal(new DateOnly(2028, 2, 29), _recognizer.Date("29-2", Today));

    [Fact]
    public void Date_TodayNearEndOfCalendar_ReturnsNullOrDateWithoutThrowing()
    {
        var exception = Record.Exception(() => _recognizer.Date("maandag", DateOnly.MaxValue));
        Assert.Null(exception);
    }
}
