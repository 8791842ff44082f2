using Leerwerk.Dialogs.Recognition;

namespace Leerwerk.Dialogs.Tests.Recognition;

public class InputTextTests
{
    [Theory]
    [InlineData("  ja  ", "ja")]
    [InlineData("ja\u200f", "ja")]
    [InlineData("\u202bنعم\u202c", "نعم")]
    [InlineData("drie\u0065\u0308ntwintig", "drieëntwintig")]
    [InlineData("1\n3", "1 3")]
    public void Clean_OddCharacters_RemovedOrComposed(string text, string expected) =>
        Assert.Equal(expected, InputText.Clean(text));

    [Fact]
    public void Clean_LoneSurrogate_BecomesSpace()
    {
        // Not in InlineData: xunit's serialisation turns a lone surrogate into U+FFFD.
        Assert.Equal("ja", InputText.Clean("ja\ud800"));
        Assert.Equal("x y", InputText.Clean("x\udc00y"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t ")]
    [InlineData("\u200b")]
    public void Clean_Nothing_ReturnsNull(string? text) => Assert.Null(InputText.Clean(text));

    [Theory]
    [InlineData("Oké, Één fiets!", "oke een fiets")]
    [InlineData("auto's", "autos")]
    [InlineData("e-bike", "e bike")]
    [InlineData("Financiën", "financien")]
    [InlineData("أجل", "اجل")]
    [InlineData("👍", "")]
    public void Fold_Text_LowerCaseWordsWithoutAccents(string text, string expected) =>
        Assert.Equal(expected, TextFolding.Fold(text));
}
