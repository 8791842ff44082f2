using Leerwerk.Dialogs.Recognition;

namespace Leerwerk.Dialogs.Tests.Recognition;

public class ChoicesTests
{
    private readonly AnswerRecognizer _recognizer = new();

    [Theory]
    [InlineData("1, 3 en 4", "fiets ov lopen")]
    [InlineData("1 3", "fiets ov")]
    [InlineData("1,3", "fiets ov")]
    [InlineData("1;2;3", "fiets auto ov")]
    [InlineData("3 en 1", "ov fiets")]
    [InlineData("twee en drie", "auto ov")]
    [InlineData("fiets en auto", "fiets auto")]
    [InlineData("fiets, ov", "fiets ov")]
    [InlineData("fiets/auto", "fiets auto")]
    [InlineData("fiets auto", "fiets auto")]
    [InlineData("Fiets & OV", "fiets ov")]
    [InlineData("ik heb een fiets en de bus", "fiets ov")]
    [InlineData("een fiets en een auto", "fiets auto")]
    [InlineData("fietz en auto", "fiets auto")]
    [InlineData("fiets, fiets", "fiets")]
    [InlineData("fiets", "fiets")]
    [InlineData("2", "auto")]
    [InlineData("bicycle and car", "fiets auto")]
    [InlineData("geen fiets, wel een auto", "auto")]
    [InlineData("1, 3 en 99", "fiets ov")]
    public void Choices_Several_ReturnsAllInOrder(string text, string expected) =>
        Assert.Equal(expected.Split(' '), _recognizer.Choices(text, ChoiceOptionsFixture.Transport).Select(m => m.Id));

    [Theory]
    [InlineData("kinderen en opvang", "kinderopvang")]
    [InlineData("kinderen en opvang, mantelzorg", "kinderopvang mantelzorg")]
    [InlineData("mantelzorg en financiën", "mantelzorg financien")]
    [InlineData("fietsles en mantelzorg", "fietsles mantelzorg")]
    public void Choices_LabelContainingConnector_StaysOneChoice(string text, string expected) =>
        Assert.Equal(expected.Split(' '), _recognizer.Choices(text, ChoiceOptionsFixture.Care).Select(m => m.Id));

    [Fact]
    public void Choices_All_ReturnsEveryOption() =>
        Assert.Equal(5, _recognizer.Choices("allemaal", ChoiceOptionsFixture.Transport).Count);

    [Theory]
    [InlineData("")]
    [InlineData("boot en vliegtuig")]
    [InlineData("ik weet het niet")]
    [InlineData("9, 10")]
    [InlineData(",,,")]
    public void Choices_NothingRecognised_ReturnsEmpty(string text) =>
        Assert.Empty(_recognizer.Choices(text, ChoiceOptionsFixture.Transport));
}
