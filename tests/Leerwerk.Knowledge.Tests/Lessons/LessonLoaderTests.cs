using Leerwerk.Knowledge.Lessons;

namespace Leerwerk.Knowledge.Tests.Lessons;

public sealed class LessonLoaderTests
{
    [Fact]
    public void Check_ValidLesson_LoadsWithoutErrors()
    {
        using var folder = new TempKnowledge().WriteLesson("001-001", phases: "[alle]");

        var result = KnowledgeBase.Check(folder.Path);

        Assert.Empty(result.Errors);
        var lesson = Assert.Single(result.Lessons);
        Assert.Equal("001", lesson.ReportId);
        Assert.Equal(Vocabulary.Phases, lesson.Phases);
        Assert.Equal([new LineRange(1, 5)], lesson.Lines);
    }

    [Theory]
    [InlineData("01-001", "000", "id")]
    [InlineData("002-001", "001", "id")]
    [InlineData("009-001", "009", "report")]
    public void Check_BadIdOrReport_NamesTheField(string id, string report, string field)
    {
        using var folder = new TempKnowledge().Write($"x/{id}-les.md", TempKnowledge.Lesson(
            id, "Titel", "Tekst van de les.", report, "[[1, 2]]", "[taal]", "[jobcoach]", "[intake]"));

        var errors = KnowledgeBase.Check(folder.Path).Errors;

        Assert.Contains(errors, e => e.Field == field && e.File.EndsWith("-les.md", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("[[5, 1]]")]
    [InlineData("[[0, 3]]")]
    [InlineData("[5, 6]")]
    [InlineData("vanaf regel 3")]
    public void Check_InvalidLines_ReportsLines(string lines)
    {
        using var folder = new TempKnowledge().WriteLesson("000-001", lines: lines);

        var errors = KnowledgeBase.Check(folder.Path).Errors;

        Assert.Contains(errors, e => e.Field == "lines");
    }

    [Fact]
    public void Check_LinesBeyondReportWithSeeds_ReportsLines()
    {
        if (KnowledgeFolder.Seeds is null)
            return; // the report texts are not on this machine; the check is optional by design
        using var folder = new TempKnowledge().WriteLesson("004-001", lines: "[[100, 99999]]");

        var errors = KnowledgeBase.Check(folder.Path, KnowledgeFolder.Seeds).Errors;

        Assert.Contains(errors, e => e.Field == "lines" && e.Problem.Contains("buiten", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_UnknownVocabulary_ReportsEachWord()
    {
        using var folder = new TempKnowledge().WriteLesson(
            "000-001", themes: "[taal, huisdieren]", roles: "[manager]", phases: "[altijd]");

        var errors = KnowledgeBase.Check(folder.Path).Errors;

        Assert.Contains(errors, e => e.Field == "themes" && e.Problem.Contains("huisdieren", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Field == "roles" && e.Problem.Contains("manager", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Field == "phases" && e.Problem.Contains("altijd", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_MissingFieldsAndNoBody_ListsThemAll()
    {
        using var folder = new TempKnowledge().Write("000/000-001-kaal.md", "---\nid: 000-001\n---\n");

        var fields = KnowledgeBase.Check(folder.Path).Errors.Select(e => e.Field).ToHashSet();

        Assert.Superset(new HashSet<string> { "title", "report", "section", "lines", "themes", "roles", "phases", "body" }, fields);
    }

    [Fact]
    public void Check_BodyTooLong_ReportsBody()
    {
        var body = string.Join(' ', Enumerable.Repeat("woord", 150));
        using var folder = new TempKnowledge().WriteLesson("000-001", body: body);

        Assert.Contains(KnowledgeBase.Check(folder.Path).Errors, e => e.Field == "body");
    }

    [Fact]
    public void Check_DuplicateIds_ReportsId()
    {
        using var folder = new TempKnowledge()
            .WriteLesson("000-001")
            .Write("000/000-001-tweede.md", TempKnowledge.Lesson("000-001", "Ander", "Tekst.", "000", "[[1, 2]]", "[taal]", "[jobcoach]", "[intake]"));

        Assert.Contains(KnowledgeBase.Check(folder.Path).Errors, e => e.Field == "id" && e.Problem.Contains("vaker", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_BrokenYamlOrNoFrontMatter_ReportsWithoutThrowing()
    {
        using var folder = new TempKnowledge()
            .Write("000/000-001-stuk.md", "---\nid: [000-001\ntitle: x\n---\nTekst.")
            .Write("000/000-002-los.md", "Alleen tekst, geen kop.");

        var errors = KnowledgeBase.Check(folder.Path).Errors;

        Assert.Equal(2, errors.Count(e => e.Field == "front matter"));
    }

    [Fact]
    public void Load_InvalidLessons_ThrowsOneExceptionListingAll()
    {
        using var folder = new TempKnowledge()
            .WriteLesson("000-001", themes: "[onzin]")
            .WriteLesson("001-001", roles: "[niemand]");

        var exception = Assert.Throws<KnowledgeLoadException>(() => KnowledgeBase.Load(folder.Path));

        Assert.Equal(2, exception.Errors.Count);
        Assert.Contains("onzin", exception.Message, StringComparison.Ordinal);
        Assert.Contains("niemand", exception.Message, StringComparison.Ordinal);
    }
}
