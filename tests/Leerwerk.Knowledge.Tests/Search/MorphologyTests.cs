using Leerwerk.Knowledge.Search;

namespace Leerwerk.Knowledge.Tests.Search;

public sealed class MorphologyTests
{
    [Theory]
    [InlineData("bedrijven", "bedrijf")]
    [InlineData("reizen", "reis")]
    [InlineData("stoppen", "stop")]
    [InlineData("collega's", "collega")]
    [InlineData("taallessen", "taalles")]
    public void Documents_InflectionsSnowballLeavesApart_ShareOneStem(string inflected, string plain)
    {
        using var analyzer = DutchAnalysis.Documents();

        Assert.Equal(QueryTerms.Stems(analyzer, plain), QueryTerms.Stems(analyzer, inflected));
    }

    [Theory]
    [InlineData("betaalt", "betalen")]
    [InlineData("accepteert", "accepteren")]
    [InlineData("werkt", "werken")]
    [InlineData("eist", "eisen")]
    [InlineData("durft", "durven")]
    public void Key_VerbOnT_MatchesInfinitiveStem(string form, string infinitive)
    {
        using var analyzer = DutchAnalysis.Documents();
        var (stem, surface, _) = QueryTerms.Words(analyzer, form).Single();

        Assert.Equal(QueryTerms.Stems(analyzer, infinitive).Single(), Inflection.Key(stem, surface));
    }

    [Fact]
    public void Key_NounOnTe_KeepsItsStem()
    {
        using var analyzer = DutchAnalysis.Documents();
        var (stem, surface, _) = QueryTerms.Words(analyzer, "gemeente").Single();

        Assert.Equal(stem, Inflection.Key(stem, surface));
    }

    [Theory]
    [InlineData("werk gevonden maar na paar maanden haken ze af, hoe houden we ze binnen", new[] { "af", "binnen" })]
    [InlineData("bedrijven durven geen nieuwkomers aan te nemen", new[] { "aan" })]
    [InlineData("landelijke werving, op welke schaal moet je het doen", new string[0])]
    [InlineData("kun je al starten als ze nog in het azc zitten", new string[0])]
    public void Particles_OnlyLooseOnes_AreFound(string question, string[] expected)
    {
        Assert.Equal(expected, Particles.In(question));
    }

    [Fact]
    public void SplitKnown_Compound_GivesBothParts_ButNotAPrefixedVerb()
    {
        var compounds = new Compounds(new HashSet<string> { "voorschakel", "traject", "voorkom", "kom" });

        Assert.Equal(["voorschakel", "traject"], compounds.SplitKnown("voorschakeltraject"));
        Assert.Empty(compounds.SplitKnown("voorkomen"));
    }
}
