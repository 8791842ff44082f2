using Leerwerk.Knowledge.Search;

namespace Leerwerk.Knowledge.Tests.Search;

public sealed class SearchTests : IDisposable
{
    private readonly SmallKnowledge _small = new();

    [Theory]
    [InlineData("oppas", "000-001")]
    [InlineData("baas", "002-001")]
    [InlineData("ov", "002-001")]
    [InlineData("coaching", "001-001")]
    public void Search_Synonym_FindsLessonWithOtherWord(string query, string expected)
    {
        var hits = _small.Knowledge.Search(query);

        Assert.Equal(expected, hits.First().Id);
    }

    [Theory]
    [InlineData("uitval", "001-001")]
    [InlineData("opleidingen", "000-001")]
    [InlineData("kind", "000-001")]
    public void Search_OtherInflection_FindsByStem(string query, string expected)
    {
        var hits = _small.Knowledge.Search(query);

        Assert.Equal(expected, hits.First().Id);
    }

    [Fact]
    public void Search_AccentsAndCase_AreIgnored()
    {
        Assert.Equal("000-001", _small.Knowledge.Search("KINDEROPVANG").First().Id);
    }

    [Fact]
    public void Search_RoleFilter_KeepsOnlyThatRole()
    {
        var hits = _small.Knowledge.Search("uitval afhaken", new SearchFilter(Role: "jobcoach"));

        Assert.Equal(["001-001"], hits.Select(h => h.Id));
    }

    [Fact]
    public void Search_ThemeAndPhaseFilter_KeepOnlyMatchingLessons()
    {
        Assert.Equal(["000-001"], _small.Knowledge.Search("uitval", new SearchFilter(Theme: "kinderopvang")).Select(h => h.Id));
        Assert.Empty(_small.Knowledge.Search("kinderopvang", new SearchFilter(Phase: "nazorg")));
    }

    [Fact]
    public void Search_PhaseAlle_MatchesEveryPhase()
    {
        var hits = _small.Knowledge.Search("reistijd", new SearchFilter(Phase: "nazorg"));

        Assert.Equal("002-001", Assert.Single(hits).Id);
    }

    [Fact]
    public void Search_Hit_CarriesSourceAndCitation()
    {
        var hit = _small.Knowledge.Search("kinderopvang").First();

        Assert.Equal("000", hit.ReportId);
        Assert.Equal(_small.Knowledge.Reports["000"].ShortTitle, hit.SourceTitle);
        Assert.Equal([new Leerwerk.Knowledge.Lessons.LineRange(1, 5)], hit.Lines);
        Assert.Equal($"Bron: {hit.SourceTitle}, Inleiding", hit.Citation);
        Assert.NotNull(hit.Lesson);
        Assert.Null(hit.Passage);
    }

    [Fact]
    public void Search_OnlyNoiseWords_ReturnsNothing()
    {
        Assert.Empty(_small.Knowledge.Search("hoe kunnen wij dat het beste doen?"));
    }

    public void Dispose() => _small.Dispose();
}
