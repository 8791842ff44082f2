using Leerwerk.Knowledge.Answers;
using Leerwerk.Knowledge.Tests.Search;

namespace Leerwerk.Knowledge.Tests.Answers;

[Collection(KnowledgeCollection.Name)]
public sealed class AnswerTests(KnowledgeFixture fixture) : IDisposable
{
    private readonly SmallKnowledge _small = new();

    [Fact]
    public void Answer_OnTopicQuestion_FoundWithTitleBodyAndSource()
    {
        var answer = _small.Knowledge.Answer("Hoe voorkomen we dat moeders afhaken door gebrek aan kinderopvang?");

        Assert.True(answer.Found);
        var hit = answer.Hits.First();
        Assert.Equal("000-001", hit.Id);
        Assert.Contains(hit.Title, answer.Text, StringComparison.Ordinal);
        Assert.Contains($"({hit.Citation})", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Wat is het recept voor zuurdesembrood?")]
    [InlineData("Wie heeft gisteren gewonnen bij Ajax?")]
    [InlineData("hoe zet ik ondertiteling aan in teams")]
    public void Answer_OffTopicQuestion_NotFoundAndSaysSo(string question)
    {
        var answer = fixture.Knowledge.Answer(question);

        Assert.False(answer.Found);
        Assert.StartsWith(KnowledgeAnswer.NothingFound, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_RealKnowledge_EveryLessonInTextHasItsSource()
    {
        var answer = fixture.Knowledge.Answer("hoe houd je deelnemers vast zodat ze niet uitvallen");

        Assert.True(answer.Found);
        Assert.InRange(answer.Hits.Count, 1, 3);
        Assert.All(answer.Hits, h => Assert.Contains($"(Bron: {h.SourceTitle}, ", answer.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Answer_NothingFound_NamesOnlyExistingLessonsNearby()
    {
        var answer = fixture.Knowledge.Answer("hoe regel ik een zorgverzekering voor een net gehuisveste statushouder");

        Assert.False(answer.Found);
        Assert.True(answer.Hits.Count <= 2);
        Assert.All(answer.Hits, h => Assert.Contains(h.Title, answer.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Condense_LongBody_KeepsTwoSentences()
    {
        var text = Condenser.Condense("Eerste zin, o.a. met een afkorting. Tweede zin! Derde zin? Vierde.");

        Assert.Equal("Eerste zin, o.a. met een afkorting. Tweede zin!", text);
    }

    public void Dispose() => _small.Dispose();
}
