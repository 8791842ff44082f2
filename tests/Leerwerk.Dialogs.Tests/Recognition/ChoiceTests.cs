using Leerwerk.Dialogs.Recognition;

namespace Leerwerk.Dialogs.Tests.Recognition;

public class ChoiceTests
{
    private readonly AnswerRecognizer _recognizer = new();

    [Theory]
    [InlineData("1", "fiets")]
    [InlineData("2", "auto")]
    [InlineData("nr 2", "auto")]
    [InlineData("nr. 2", "auto")]
    [InlineData("nummer 3", "ov")]
    [InlineData("optie 4", "lopen")]
    [InlineData("#2", "auto")]
    [InlineData("2.", "auto")]
    [InlineData("twee", "auto")]
    [InlineData("de tweede", "auto")]
    [InlineData("2e", "auto")]
    [InlineData("second", "auto")]
    [InlineData("two", "auto")]
    public void Choice_ByPosition_ReturnsOption(string text, string expected) =>
        Assert.Equal(expected, _recognizer.Choice(text, ChoiceOptionsFixture.Transport)?.Id);

    [Theory]
    [InlineData("fiets", "fiets")]
    [InlineData("FIETS!", "fiets")]
    [InlineData("Bicycle", "fiets")]
    [InlineData("دراجة", "fiets")]
    [InlineData("rijwiel", "fiets")]
    [InlineData("e-bike", "fiets")]
    [InlineData("ebike", "fiets")]
    [InlineData("openbaar vervoer", "ov")]
    [InlineData("Openbaar-vervoer.", "ov")]
    [InlineData("de bus", "ov")]
    [InlineData("ik ga met de trein", "ov")]
    [InlineData("te voet", "lopen")]
    [InlineData("voet", "lopen")]
    [InlineData("None", "geen")]
    public void Choice_ByLabelOrSynonym_ReturnsOption(string text, string expected) =>
        Assert.Equal(expected, _recognizer.Choice(text, ChoiceOptionsFixture.Transport)?.Id);

    [Theory]
    [InlineData("fie", "fiets")]
    [InlineData("openb", "ov")]
    [InlineData("walk", "lopen")]
    [InlineData("publ", "ov")]
    public void Choice_ByPrefix_ReturnsOption(string text, string expected) =>
        Assert.Equal(expected, _recognizer.Choice(text, ChoiceOptionsFixture.Transport)?.Id);

    [Theory]
    [InlineData("fietz", "fiets")]
    [InlineData("fiest", "fiets")]
    [InlineData("lpen", "lopen")]
    [InlineData("openbaar vervoor", "ov")]
    [InlineData("bicycel", "fiets")]
    [InlineData("ik ga met de fietz", "fiets")]
    public void Choice_WithSmallTypo_ReturnsOption(string text, string expected) =>
        Assert.Equal(expected, _recognizer.Choice(text, ChoiceOptionsFixture.Transport)?.Id);

    [Theory]
    [InlineData("a1", "a1")]
    [InlineData("A2", "a2")]
    [InlineData("b1 of hoger", "b1")]
    [InlineData("1", "a0")]
    public void Choice_CodeLikeLabels_LabelBeatsPosition(string text, string expected) =>
        Assert.Equal(expected, _recognizer.Choice(text, ChoiceOptionsFixture.Levels)?.Id);

    [Fact]
    public void Choice_ExactLabel_HasFullConfidence() =>
        Assert.Equal(new ChoiceMatch("fiets", 1.0), _recognizer.Choice("Fiets", ChoiceOptionsFixture.Transport));

    [Fact]
    public void Choice_Typo_HasLowerConfidenceThanExact() =>
        Assert.True(_recognizer.Choice("fietz", ChoiceOptionsFixture.Transport)!.Confidence < 1.0);

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("boot")]
    [InlineData("vliegtuig")]
    [InlineData("9")]
    [InlineData("0")]
    [InlineData("of")]
    [InlineData("fiets en auto")]
    [InlineData("😀")]
    public void Choice_NoneOrAmbiguous_ReturnsNull(string text) =>
        Assert.Null(_recognizer.Choice(text, ChoiceOptionsFixture.Transport));

    [Fact]
    public void Choice_PrefixOfTwoLabels_ReturnsNull() =>
        Assert.Null(_recognizer.Choice("fi", ChoiceOptionsFixture.Care.Concat(ChoiceOptionsFixture.Transport).ToList()));

    [Fact]
    public void Choice_TwoOptionsSameLabel_ReturnsNull()
    {
        IReadOnlyList<ChoiceOption> options = [new("a", ["Werk"]), new("b", ["werk"])];
        Assert.Null(_recognizer.Choice("werk", options));
    }

    [Fact]
    public void Choice_TwoCharacterLabel_NeedsExactSpelling() =>
        Assert.Null(_recognizer.Choice("oc", ChoiceOptionsFixture.Transport));

    [Fact]
    public void Choice_NoOptions_ReturnsNull() => Assert.Null(_recognizer.Choice("fiets", []));

    [Fact]
    public void Choice_LongerLabelInAnswer_WinsOverShorter() =>
        Assert.Equal("auto", _recognizer.Choice("ik heb een eigen auto", [new("x", ["eigen"]), .. ChoiceOptionsFixture.Transport])?.Id);
}
