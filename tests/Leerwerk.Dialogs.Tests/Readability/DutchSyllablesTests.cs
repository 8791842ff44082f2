using Leerwerk.Dialogs.Readability;

namespace Leerwerk.Dialogs.Tests.Readability;

public sealed class DutchSyllablesTests
{
    [Theory]
    [InlineData("huis", 1)]
    [InlineData("maken", 2)]
    [InlineData("antwoorden", 3)]
    [InlineData("bijvoorbeeld", 3)]
    [InlineData("nieuw", 1)]
    [InlineData("leeuwen", 2)]
    [InlineData("mooie", 2)]
    [InlineData("koeien", 2)]
    [InlineData("draaien", 2)]
    [InlineData("eieren", 3)]
    [InlineData("situatie", 4)]
    [InlineData("participatie", 5)]
    [InlineData("klantmanager", 4)]
    [InlineData("theater", 3)]
    [InlineData("cadeau", 2)]
    public void Count_VowelGroups_OneSyllableEach(string word, int expected) =>
        Assert.Equal(expected, DutchSyllables.Count(word));

    [Theory]
    [InlineData("ideeën", 3)]
    [InlineData("Syrië", 3)]
    [InlineData("knieën", 2)]
    [InlineData("geïnteresseerd", 5)]
    [InlineData("beëindigen", 4)]
    public void Count_Trema_StartsNewSyllable(string word, int expected) =>
        Assert.Equal(expected, DutchSyllables.Count(word));

    [Theory]
    [InlineData("website", 2)]
    [InlineData("online", 2)]
    [InlineData("Tigrinya", 3)]
    [InlineData("baby", 2)]
    [InlineData("diploma's", 3)]
    [InlineData("re-integratie", 5)]
    [InlineData("VCA", 3)]
    [InlineData("500", 1)]
    [InlineData("'s", 1)]
    public void Count_LoansAbbreviationsAndNumbers_ReadAsSpoken(string word, int expected) =>
        Assert.Equal(expected, DutchSyllables.Count(word));
}
