using Leerwerk.Dialogs.Recognition;

namespace Leerwerk.Dialogs.Tests.Recognition;

public class TypoDistanceTests
{
    [Theory]
    [InlineData("fiets", "fiets", 0)]
    [InlineData("fiets", "fietz", 1)]
    [InlineData("fiets", "fiest", 1)]   // swapped neighbours: one typo
    [InlineData("fiets", "iets", 1)]
    [InlineData("bicycle", "bicycel", 1)]
    [InlineData("vervoer", "vervoor", 1)]
    [InlineData("auto", "fiets", int.MaxValue)]
    public void Between_Words_CountsTypos(string a, string b, int expected) =>
        Assert.Equal(expected, TypoDistance.Between(a, b, 2));

    [Theory]
    [InlineData("ov", 0)]
    [InlineData("2024", 0)]
    [InlineData("auto", 1)]
    [InlineData("fiets", 1)]
    [InlineData("mantelzorg", 2)]
    public void Budget_WordLength_AllowsTypos(string word, int expected) =>
        Assert.Equal(expected, TypoDistance.Budget(word));
}
