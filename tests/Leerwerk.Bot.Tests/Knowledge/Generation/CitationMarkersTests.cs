using Leerwerk.Bot.Knowledge.Generation;
using static Leerwerk.Bot.Tests.Knowledge.Generation.GenerationFixtures;

namespace Leerwerk.Bot.Tests.Knowledge.Generation;

public sealed class CitationMarkersTests
{
    [Fact]
    public void Resolve_RepeatedIds_CitedInOrderOfFirstAppearance()
    {
        var written = CitationMarkers.Resolve("Coach [001-003]. Werkgever [000-012]. Weer coach [001-003].", Hits);

        Assert.Equal(["001-003", "000-012"], written?.CitedIds);
    }

    [Fact]
    public void Resolve_TwoIdsInOneMarker_BothSources()
    {
        var written = CitationMarkers.Resolve("Samen werkt het [000-012, 001-003].", Hits);

        Assert.Equal($"Samen werkt het ({Employer.Citation}) ({Coach.Citation}).", written?.Text);
    }

    [Fact]
    public void Resolve_OnlyMadeUpCitations_Null() =>
        Assert.Null(CitationMarkers.Resolve("Geef een bonus [999-999]. Of een [1].", Hits));

    [Fact]
    public void Resolve_Empty_Null() => Assert.Null(CitationMarkers.Resolve("  ", Hits));

    [Fact]
    public void Resolve_MarkdownLink_LeftAlone()
    {
        var written = CitationMarkers.Resolve("Zie [site](https://example.org) [000-012].", Hits);

        Assert.Equal($"Zie [site](https://example.org) ({Employer.Citation}).", written?.Text);
    }
}
