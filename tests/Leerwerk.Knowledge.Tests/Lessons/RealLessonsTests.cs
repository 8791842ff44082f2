namespace Leerwerk.Knowledge.Tests.Lessons;

public sealed class RealLessonsTests
{
    [Fact]
    public void Check_RealLessonsFolder_HasNoErrors()
    {
        var result = KnowledgeBase.Check(KnowledgeFolder.Path, KnowledgeFolder.Seeds);

        Assert.True(result.Errors.Count == 0, string.Join(Environment.NewLine, result.Errors));
        Assert.NotEmpty(result.Lessons);
    }

    [Fact]
    public void Load_FromOutputFolder_KnowsAllFiveReports()
    {
        using var knowledge = KnowledgeBase.Load(Path.Combine(AppContext.BaseDirectory, "knowledge"));

        Assert.Equal(["000", "001", "002", "003", "004"], knowledge.Reports.Keys.Order());
        Assert.All(knowledge.Reports.Values, r => Assert.False(string.IsNullOrWhiteSpace(r.ShortTitle)));
    }
}
