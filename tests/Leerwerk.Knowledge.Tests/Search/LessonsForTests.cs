namespace Leerwerk.Knowledge.Tests.Search;

[Collection(KnowledgeCollection.Name)]
public sealed class LessonsForTests(KnowledgeFixture fixture) : IDisposable
{
    private readonly SmallKnowledge _small = new();

    [Fact]
    public void LessonsFor_Theme_GivesLessonsWithThatTheme()
    {
        var hits = _small.Knowledge.LessonsFor("uitval", max: 5);

        Assert.Equal(["000-001", "001-001"], hits.Select(h => h.Id).Order());
    }

    [Fact]
    public void LessonsFor_AliasOfTheme_MapsToTheme()
    {
        Assert.Equal("000-001", Assert.Single(_small.Knowledge.LessonsFor("oppas")).Id);
    }

    [Fact]
    public void LessonsFor_ThemeAndRole_PrefersRoleButFallsBack()
    {
        Assert.Equal(["001-001"], _small.Knowledge.LessonsFor("uitval", role: "jobcoach").Select(h => h.Id));
        Assert.Equal(["002-001"], _small.Knowledge.LessonsFor("vervoer", role: "opleider").Select(h => h.Id));
    }

    [Fact]
    public void LessonsFor_FreeTextSignal_SearchesText()
    {
        var hits = _small.Knowledge.LessonsFor("deelnemer heeft geen rijbewijs en de bus rijdt niet");

        Assert.Equal("002-001", hits.First().Id);
    }

    [Theory]
    [InlineData("vervoer")]
    [InlineData("kinderopvang")]
    [InlineData("taal")]
    [InlineData("inkomen")]
    [InlineData("gezondheid")]
    [InlineData("digitaal")]
    public void LessonsFor_BarrierOnRealLessons_GivesUpToMax(string barrier)
    {
        var hits = fixture.Knowledge.LessonsFor(barrier, max: 3);

        Assert.InRange(hits.Count, 0, 3);
        Assert.All(hits, h => Assert.Contains(barrier, h.Lesson!.Themes));
    }

    public void Dispose() => _small.Dispose();
}
