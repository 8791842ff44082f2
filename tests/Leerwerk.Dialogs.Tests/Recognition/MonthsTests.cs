using System.Globalization;
using Leerwerk.Dialogs.Recognition;

namespace Leerwerk.Dialogs.Tests.Recognition;

public class MonthsTests
{
    private readonly AnswerRecognizer _recognizer = new();

    [Theory]
    [InlineData("drie maanden", "3")]
    [InlineData("3", "3")]
    [InlineData("3 maanden", "3")]
    [InlineData("3 mnd", "3")]
    [InlineData("3 m", "3")]
    [InlineData("3m", "3")]
    [InlineData("een maand", "1")]
    [InlineData("1,5 jaar", "18")]
    [InlineData("anderhalf jaar", "18")]
    [InlineData("een half jaar", "6")]
    [InlineData("half jaar", "6")]
    [InlineData("twee jaar", "24")]
    [InlineData("een jaar", "12")]
    [InlineData("6 weken", "1.5")]
    [InlineData("zes weken", "1.5")]
    [InlineData("5 weken", "1.3")]
    [InlineData("45 dagen", "1.5")]
    [InlineData("drie maanden en twee weken", "3.5")]
    [InlineData("anderhalve maand", "1.5")]
    [InlineData("2,5", "2.5")]
    [InlineData("geen", "0")]
    [InlineData("3 months", "3")]
    [InlineData("1.5 years", "18")]
    [InlineData("six weeks", "1.5")]
    [InlineData("2 yrs", "24")]
    public void Months_Duration_ReturnsMonths(string text, string expected) =>
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), _recognizer.Months(text));

    [Theory]
    [InlineData("")]
    [InlineData("lang")]
    [InlineData("jaar")]
    [InlineData("3 uur")]
    [InlineData("10 minuten")]
    [InlineData("een paar maanden")]
    [InlineData("2 of 3 maanden")]
    [InlineData("ja")]
    public void Months_NoDuration_ReturnsNull(string text) => Assert.Null(_recognizer.Months(text));
}
