using Leerwerk.Dialogs.Readability;

namespace Leerwerk.Dialogs.Tests.Readability;

public sealed class PassiveVoiceTests
{
    [Theory]
    [InlineData("Je gegevens worden bewaard.", "worden bewaard")]
    [InlineData("Het huis is gemaakt door mijn broer.", "is gemaakt")]
    [InlineData("Je antwoorden zijn bewaard.", "zijn bewaard")]
    [InlineData("Dit wordt na een jaar doorgestuurd.", "wordt doorgestuurd")]
    [InlineData("We weten niet of het betaald wordt.", "wordt betaald")]
    public void Find_FormOfWordenOrZijnWithParticiple_Marker(string sentence, string expected) =>
        Assert.Equal([expected], Find(sentence));

    [Theory]
    [InlineData("We bewaren je antwoorden.")]
    [InlineData("Ik heb het zelf gemaakt.")]
    [InlineData("Ik ben gestopt met school.")]
    [InlineData("Je bericht is te lang.")]
    [InlineData("Wie betaalt als de les begint?")]
    [InlineData("Is dit een gesloten vraag?")]
    [InlineData("Ben je gezond?")]
    public void Find_ActiveOrAdjective_NoMarker(string sentence) =>
        Assert.Empty(Find(sentence));

    private static IReadOnlyList<string> Find(string text) =>
        PassiveVoice.Find(Assert.Single(PlainText.Sentences(PlainText.Strip(text))));
}
