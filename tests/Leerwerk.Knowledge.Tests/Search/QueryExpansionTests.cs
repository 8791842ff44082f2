namespace Leerwerk.Knowledge.Tests.Search;

/// <summary>What a question is searched with, over the real lessons and synonym list.</summary>
[Collection(KnowledgeCollection.Name)]
public sealed class QueryExpansionTests(KnowledgeFixture fixture)
{
    [Fact]
    public void Terms_LooseParticle_JoinsItsVerb()
    {
        var groups = fixture.Knowledge.Terms("na een paar maanden haken ze af");

        Assert.Contains(groups, g => g.Has("afhak"));
        Assert.DoesNotContain(groups, g => g.Original == "af");
    }

    [Fact]
    public void Terms_VerbOnT_FindsSynonymsOfItsInfinitive()
    {
        var groups = fixture.Knowledge.Terms("of het zich terugbetaalt");

        // "terugverdienen" is on the line of "terugbetalen"; the lessons write it "terugverdient".
        Assert.Contains(groups, g => g.All.Any(t => t.StartsWith("terugverdien", StringComparison.Ordinal)));
    }

    [Fact]
    public void Terms_SynonymsInOneQuestion_CountAsOneWord()
    {
        var groups = fixture.Knowledge.Terms("ze zijn bang voor risico");

        Assert.Single(groups);
    }

    [Fact]
    public void Terms_TypoWithKForC_FindsTheWord()
    {
        var groups = fixture.Knowledge.Terms("kontakt");

        Assert.Contains("contact", Assert.Single(groups).All);
        Assert.DoesNotContain("contract", groups[0].All);
    }
}
