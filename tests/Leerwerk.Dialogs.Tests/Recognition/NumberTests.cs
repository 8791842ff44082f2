using Leerwerk.Dialogs.Recognition;

namespace Leerwerk.Dialogs.Tests.Recognition;

public class NumberTests
{
    private readonly AnswerRecognizer _recognizer = new();

    [Theory]
    [InlineData("12", "12")]
    [InlineData(" 12 ", "12")]
    [InlineData("twee", "2")]
    [InlineData("Twaalf", "12")]
    [InlineData("drieëntwintig", "23")]
    [InlineData("drieentwintig", "23")]
    [InlineData("vijf en twintig", "25")]
    [InlineData("1.500", "1500")]
    [InlineData("1,5", "1.5")]
    [InlineData("1.5", "1.5")]
    [InlineData("een half", "0.5")]
    [InlineData("anderhalf", "1.5")]
    [InlineData("vijftienhonderd", "1500")]
    [InlineData("ik heb er drie", "3")]
    [InlineData("2 kinderen", "2")]
    [InlineData("geen", "0")]
    [InlineData("nul", "0")]
    [InlineData("0", "0")]
    [InlineData("-3", "-3")]
    [InlineData("2k", "2000")]
    [InlineData("12.345.678", "12345678")]
    [InlineData("1,500.50", "1500.5")]
    [InlineData("twelve", "12")]
    [InlineData("two and a half", "2.5")]
    public void Number_Recognised_ReturnsValue(string text, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), _recognizer.Number(text));

    [Theory]
    [InlineData("")]
    [InlineData("geen idee")]
    [InlineData("een paar")]
    [InlineData("veel")]
    [InlineData("2 of 3")]
    [InlineData("tussen 10 en 20")]
    [InlineData("12abc")]
    [InlineData("fiets")]
    [InlineData("ja")]
    [InlineData("99999999999999999999999999999999999")]
    public void Number_NotOneNumber_ReturnsNull(string text) => Assert.Null(_recognizer.Number(text));

    [Fact]
    public void Number_CommaThousandsAsInEnglish_ReadsDutchDecimalComma()
    {
        // "1,500" is 1.5 in Dutch; we read Dutch first. Who means fifteen hundred writes 1500 or 1.500.
        Assert.Equal(1.5m, _recognizer.Number("1,500"));
    }
}
