using Leerwerk.Dialogs.Readability;

namespace Leerwerk.Dialogs.Tests.Readability;

public sealed class ReadabilityCheckerTests
{
    private static readonly ReadabilityChecker Checker = new(HardWordList.Parse(["participatie", "traject", "intake"]));

    [Fact]
    public void Check_ShortSentencesCommonWords_A2()
    {
        var report = Checker.Check("Hallo! Ik ben Leerwerk. Ik stel je vragen over werk. Typ **help** als je hulp wilt.");

        Assert.Equal(ReadabilityLevel.A2, report.Level);
        Assert.Equal(4, report.Sentences);
        Assert.Empty(report.Reasons);
    }

    [Fact]
    public void Check_KnownText_FleschDoumaFromWordsAndSyllables()
    {
        // 2 sentences, 7 words, 8 syllables: 206,835 − 0,93 × 7/2 − 77 × 8/7.
        var report = Checker.Check("Ik woon in Arnhem. Ik werk graag.");

        Assert.Equal((7, 8), (report.Words, report.Syllables));
        Assert.Equal(206.835 - (0.93 * 3.5) - (77 * 8.0 / 7), report.FleschDouma, precision: 6);
    }

    [Fact]
    public void Check_LongSentenceLongWords_AboveB1WithReasons()
    {
        var report = Checker.Check(
            "Wanneer de gemeentelijke dienstverlening onvoldoende aansluit bij de persoonlijke omstandigheden van de " +
            "deelnemer, wordt in overleg met de werkgever een passende oplossing gezocht die rekening houdt met beschikbaarheid.");

        Assert.Equal(ReadabilityLevel.AboveB1, report.Level);
        Assert.Contains(report.Reasons, r => r.StartsWith("zinnen gemiddeld 28 woorden", StringComparison.Ordinal));
        Assert.Contains(report.Reasons, r => r.StartsWith("Flesch–Douma", StringComparison.Ordinal));
        Assert.Contains("gemeentelijke", report.LongWords);
    }

    [Fact]
    public void Check_UnexplainedJargon_AboveB1NamesTheWord()
    {
        var report = Checker.Check("Je begint binnenkort aan je traject. Dat is goed voor je participatie.");

        Assert.Equal(ReadabilityLevel.AboveB1, report.Level);
        Assert.Equal(["traject", "participatie"], report.HardWords);
        Assert.Contains("moeilijk woord: participatie", report.Reasons);
    }

    [Theory]
    [InlineData("Je doet mee aan participatie: dat is meedoen in de buurt.")]
    [InlineData("Je hebt eerst een intake (een kort gesprek). Daarna gaan we aan de slag.")]
    [InlineData("Je hebt eerst een kort gesprek (intake). Daarna gaan we aan de slag.")]
    [InlineData("Je start een traject, dat is een plan voor leren en werken.")]
    public void Check_ExplainedJargon_NotAHardWord(string text)
    {
        var report = Checker.Check(text);

        Assert.Empty(report.HardWords);
        Assert.Single(report.ExplainedHardWords);
        Assert.NotEqual(ReadabilityLevel.AboveB1, report.Level);
    }

    [Fact]
    public void Check_Passive_B1WithMarker()
    {
        var report = Checker.Check("Sorry, er ging iets mis. Je antwoorden zijn bewaard. Probeer het nog een keer.");

        Assert.Equal(ReadabilityLevel.B1, report.Level);
        Assert.Equal(["zijn bewaard"], report.PassiveMarkers);
        Assert.Contains("lijdende vorm: zijn bewaard", report.Reasons);
    }

    [Fact]
    public void Check_MarkdownListAndEmoji_StrippedBeforeMeasuring()
    {
        var report = Checker.Check("Dit kun je typen:\n- **taal**: een taal kiezen 🌍\n- _stop_: stoppen ✋\n");

        Assert.Equal(3, report.Sentences);
        Assert.Equal(10, report.Words);
        Assert.Equal(ReadabilityLevel.A2, report.Level);
    }

    [Theory]
    [InlineData("Gereedschap", ReadabilityLevel.A2)]
    [InlineData("Werkkleren en veilige schoenen", ReadabilityLevel.A2)]
    [InlineData("Stroom en zonnepanelen", ReadabilityLevel.B1)]
    public void Check_ChoiceLabel_MeasuredAsWords(string label, ReadabilityLevel expected)
    {
        var report = Checker.Check(label, TextKind.Label);

        Assert.True(report.MeasuredAsWords);
        Assert.Equal(expected, report.Level);
    }

    [Fact]
    public void Check_Placeholders_CountAsOneShortWord()
    {
        var report = Checker.Check("Je was bezig met **{title}** ({progress}).");

        Assert.Equal(6, report.Words);
        Assert.Equal(ReadabilityLevel.A2, report.Level);
    }
}
