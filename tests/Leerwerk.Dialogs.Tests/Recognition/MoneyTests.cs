using System.Globalization;
using Leerwerk.Dialogs.Recognition;

namespace Leerwerk.Dialogs.Tests.Recognition;

public class MoneyTests
{
    private readonly AnswerRecognizer _recognizer = new();

    [Theory]
    [InlineData("€ 1.500", "1500")]
    [InlineData("1500 euro", "1500")]
    [InlineData("€1.500,50", "1500.50")]
    [InlineData("vijftienhonderd euro", "1500")]
    [InlineData("€ 1.500,-", "1500")]
    [InlineData("1.500,-", "1500")]
    [InlineData("EUR 1500", "1500")]
    [InlineData("1500 eur", "1500")]
    [InlineData("1.500 euro's", "1500")]
    [InlineData("€ 12,50", "12.50")]
    [InlineData("€ 12.50", "12.50")]
    [InlineData("12.50 euro", "12.50")]
    [InlineData("euro 50", "50")]
    [InlineData("15 euro 50", "15.50")]
    [InlineData("ik verdien 1500 euro netto", "1500")]
    [InlineData("€ 1.500,- per maand", "1500")]
    [InlineData("1500", "1500")]
    [InlineData("twaalfhonderd", "1200")]
    [InlineData("15 duizend euro", "15000")]
    [InlineData("2k", "2000")]
    [InlineData("2k euro", "2000")]
    [InlineData("1,5k", "1500")]
    [InlineData("2 ton", "200000")]
    [InlineData("anderhalve ton", "150000")]
    [InlineData("geen", "0")]
    public void Money_Euro_ReturnsAmount(string text, string expected) =>
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), _recognizer.Money(text));

    [Theory]
    [InlineData("")]
    [InlineData("1500 dollar")]
    [InlineData("£ 20")]
    [InlineData("tussen 1000 en 1500 euro")]
    [InlineData("veel geld")]
    [InlineData("euro")]
    [InlineData("€")]
    [InlineData("ja")]
    public void Money_NoSingleEuroAmount_ReturnsNull(string text) => Assert.Null(_recognizer.Money(text));
}
