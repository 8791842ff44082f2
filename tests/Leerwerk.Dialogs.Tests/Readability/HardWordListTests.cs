using Leerwerk.Dialogs.Readability;

namespace Leerwerk.Dialogs.Tests.Readability;

public sealed class HardWordListTests
{
    private static readonly HardWordList Words = HardWordList.Parse(["# jargon", "traject", "re-integratie  # ook zonder streepje", "", "bbl"]);

    [Theory]
    [InlineData("traject", "traject")]
    [InlineData("trajecten", "traject")]
    [InlineData("Leerwerktraject", "traject")]
    [InlineData("reintegratie", "reintegratie")]
    [InlineData("BBL", "bbl")]
    public void Match_WordInflectionOrCompound_ListedWord(string word, string expected) =>
        Assert.Equal(expected, Words.Match(word));

    [Theory]
    [InlineData("trein")]
    [InlineData("bbls")]
    [InlineData("jargon")]
    public void Match_OtherWordOrComment_Null(string word) =>
        Assert.Null(Words.Match(word));

    [Fact]
    public void Load_ShippedList_HasJargonButNotUitkering()
    {
        var list = HardWordList.Load(Path.Combine(AppContext.BaseDirectory, "dialogs", "readability", HardWordList.FileName));

        Assert.Contains("participatie", list.Words);
        Assert.Contains("inburgeringsplicht", list.Words);
        Assert.Null(list.Match("uitkering"));
    }
}
