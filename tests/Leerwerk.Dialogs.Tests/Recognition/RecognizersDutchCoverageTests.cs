using Leerwerk.Dialogs.Recognition;

namespace Leerwerk.Dialogs.Tests.Recognition;

/// <summary>
/// What Microsoft.Recognizers.Text 1.8.13 does and does not read in Dutch (Culture.Dutch, "nl-nl"), as
/// observed. Each gap here is covered by our own rules; when a new version closes one, its test fails and
/// the own rule can go.
/// </summary>
public class RecognizersDutchCoverageTests
{
    private static readonly DateTime Wednesday11March2026 = new(2026, 3, 11, 0, 0, 0, DateTimeKind.Unspecified);

    [Theory]
    [InlineData("twee", "2")]
    [InlineData("drieëntwintig", "23")]
    [InlineData("tweeentwintig", "22")]
    [InlineData("1.500", "1500")]
    [InlineData("1,5", "1,5")]
    [InlineData("een half", "0,5")]
    [InlineData("anderhalf", "1,5")]
    [InlineData("vijftienhonderd", "1500")]
    [InlineData("2k", "2000")]
    public void Recognizers_DutchNumber_Supported(string text, string value) =>
        Assert.Equal([value], Values(RecognizerModels.DutchNumber(text)));

    [Theory]
    [InlineData("1.5", "1 5")]                 // a decimal point: two numbers
    [InlineData("vijf en twintig", "5 20")]    // the split spelling: two numbers
    [InlineData("een paar", "1")]              // the article read as one
    [InlineData("geen", "")]                   // no zero
    [InlineData("twelve", "")]                 // English words are not in the Dutch model
    public void Recognizers_DutchNumber_Misreads(string text, string values) =>
        Assert.Equal(values.Split(' ', StringSplitOptions.RemoveEmptyEntries), Values(RecognizerModels.DutchNumber(text)));

    [Fact]
    public void Recognizers_DutchNumber_WritesValuesWithDecimalComma() =>
        Assert.Equal(["0,5"], Values(RecognizerModels.DutchNumber("een half")));

    [Theory]
    [InlineData("tweede", "2")]
    [InlineData("2e", "2")]
    [InlineData("2de", "2")]
    public void Recognizers_DutchOrdinal_Supported(string text, string value) =>
        Assert.Equal([value], Values(RecognizerModels.DutchOrdinal(text)));

    [Theory]
    [InlineData("€ 1.500", "1500")]
    [InlineData("1500 euro", "1500")]
    [InlineData("€1.500,50", "1500,5")]
    [InlineData("vijftienhonderd euro", "1500")]
    [InlineData("15 euro 50", "15,5")]
    [InlineData("2k euro", "2000")]
    [InlineData("EUR 1500", "1500")]
    public void Recognizers_DutchCurrency_Supported(string text, string value) =>
        Assert.Equal([value], Values(RecognizerModels.DutchCurrency(text)));

    [Theory]
    [InlineData("1.500,-", "")]        // the form notation ",-": nothing
    [InlineData("2k", "")]              // no unit, no currency
    [InlineData("2 ton", "")]           // "ton" (100.000) is unknown
    [InlineData("12,50", "")]           // a bare amount is no currency
    [InlineData("€ 12.50", "12")]      // decimal point: the cents are lost
    [InlineData("12.50 euro", "50")]   // decimal point: the euros are lost
    public void Recognizers_DutchCurrency_NotSupported(string text, string values) =>
        Assert.Equal(values.Split(' ', StringSplitOptions.RemoveEmptyEntries), Values(RecognizerModels.DutchCurrency(text)));

    [Fact]
    public void Recognizers_DutchCurrency_AmountAfterEuroWordHasNoValue() =>
        Assert.Equal([null], RecognizerModels.DutchCurrency("euro 50").Select(r => r.Number));

    [Theory]
    [InlineData("vandaag", "2026-03-11")]
    [InlineData("morgen", "2026-03-12")]
    [InlineData("gisteren", "2026-03-10")]
    [InlineData("15-01-2027", "2027-01-15")]
    [InlineData("volgende week dinsdag", "2026-03-17")]
    [InlineData("over twee weken", "2026-03-25")]
    [InlineData("afgelopen maandag", "2026-03-09")]
    public void Recognizers_DutchDate_Supported(string text, string value) =>
        Assert.Equal([value], DateValues(RecognizerModels.DutchDateTime(text, Wednesday11March2026), "value"));

    [Fact]
    public void Recognizers_DutchDateWithoutYear_GivesPastAndFutureReading() =>
        Assert.Equal(["2026-01-15", "2027-01-15"], DateValues(RecognizerModels.DutchDateTime("15 januari", Wednesday11March2026), "value"));

    [Fact]
    public void Recognizers_DutchWeekdayOnThatDay_CountsTodayAsFuture()
    {
        // On Wednesday "woensdag" reads as last week's or today: we read it a week away (AnswerRecognizer.Date).
        Assert.Equal(["2026-03-04", "2026-03-11"], DateValues(RecognizerModels.DutchDateTime("woensdag", Wednesday11March2026), "value"));
    }

    [Fact]
    public void Recognizers_DutchEndOfMonth_IsTheSecondHalfAsRange()
    {
        // "eind maart" is 16 March up to (not including) 1 April; we take the last day.
        var results = RecognizerModels.DutchDateTime("eind maart", Wednesday11March2026);
        Assert.Equal(["2025-04-01", "2026-04-01"], DateValues(results, "end"));
    }

    [Theory]
    [InlineData("de 15e")]         // a day of the month alone
    [InlineData("15e")]
    [InlineData("next tuesday")]   // English, read by the English model instead
    [InlineData("tomorrow")]
    public void Recognizers_DutchDate_NotSupported(string text) =>
        Assert.Empty(RecognizerModels.DutchDateTime(text, Wednesday11March2026));

    [Fact]
    public void Recognizers_DutchMedio_ReadsOnlyTheMonth() =>
        Assert.Equal(["mei"], RecognizerModels.DutchDateTime("medio mei", Wednesday11March2026).Select(r => r.Text));

    [Fact]
    public void Recognizers_DutchImpossibleDate_IsNotResolved() =>
        Assert.Equal(["not resolved"], DateValues(RecognizerModels.DutchDateTime("31-2", Wednesday11March2026), "value"));

    [Theory]
    [InlineData("drie maanden", "P3M")]
    [InlineData("1,5 jaar", "P1.5Y")]
    [InlineData("een half jaar", "P0.5Y")]
    [InlineData("6 weken", "P6W")]
    [InlineData("3 mnd", "P3M")]
    [InlineData("drie maanden en twee weken", "P3M2W")]
    public void Recognizers_DutchDuration_Supported(string text, string timex) =>
        Assert.Equal([timex], DateValues(RecognizerModels.DutchDateTime(text, Wednesday11March2026), "timex"));

    [Fact]
    public void Recognizers_DutchDurationAbbreviatedM_HasNoValue()
    {
        // "3 m" is found as a duration but resolved to nothing; we read it as three months.
        var results = RecognizerModels.DutchDateTime("3 m", Wednesday11March2026);
        Assert.Equal(["datetimeV2.duration"], results.Select(r => r.Type));
        Assert.Empty(DateValues(results, "timex"));
    }

    [Fact]
    public void Recognizers_EnglishAfterDutchOnSameText_StillReads()
    {
        // With the library's default extraction cache on, the English model returned nothing for "tomorrow"
        // once the Dutch one had read it (and the Dutch one returned the English reading the other way
        // round). Our models run with NoProtoCache; this guards that.
        Assert.Empty(RecognizerModels.DutchDateTime("the day after tomorrow", Wednesday11March2026));
        Assert.Equal(["2026-03-13"], DateValues(RecognizerModels.EnglishDateTime("the day after tomorrow", Wednesday11March2026), "value"));
        Assert.Empty(RecognizerModels.DutchDateTime("the day after tomorrow", Wednesday11March2026));
    }

    [Theory]
    [InlineData("end of april")]   // reads only "april"
    [InlineData("two and a half")] // reads only "half"
    public void Recognizers_DutchOnEnglish_ReadsOnlyAWord(string text)
    {
        var readings = RecognizerModels.DutchDateTime(text, Wednesday11March2026).Concat(RecognizerModels.DutchNumber(text)).ToList();
        Assert.Single(readings);
        Assert.False(Readings.CoverAll(text, readings));
    }

    private static List<string?> Values(IEnumerable<Reading> results) =>
        results.Select(r => r.Resolution.GetValueOrDefault("value")).ToList();

    private static List<string> DateValues(IEnumerable<Reading> results, string key) =>
        results.SelectMany(r => r.Values).Where(v => v.ContainsKey(key)).Select(v => v[key]).ToList();
}
