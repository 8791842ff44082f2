using Leerwerk.Knowledge.Evaluation;
using Xunit.Abstractions;

namespace Leerwerk.Knowledge.Tests.Evaluation;

[Collection(KnowledgeCollection.Name)]
public sealed class EvaluationTests(KnowledgeFixture fixture, ITestOutputHelper output)
{
    private static readonly string QuestionsPath = Path.Combine(KnowledgeFolder.Path, "eval", QuestionFiles.MergedFileName);

    [Fact]
    public void Run_MergedQuestions_MeetsGoals()
    {
        var report = Evaluator.Run(fixture.Knowledge, QuestionsPath);

        output.WriteLine(report.ToString());
        output.WriteLine($"Index gebouwd in {fixture.Knowledge.IndexBuildTime.TotalMilliseconds:0} ms");
        foreach (var miss in report.Misses)
            output.WriteLine(miss.ToString());
        Assert.True(report.Meets(), report + Environment.NewLine + string.Join(Environment.NewLine, report.Misses));
    }

    [Fact]
    public void Merge_QuestionFiles_WritesOneListWithoutDuplicates()
    {
        var folder = Directory.CreateTempSubdirectory("leerwerk-eval-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "questions-a.yaml"), "- question: \"wat kost \\\"het\\\"?\"\n  answers: [\"000-001\"]\n");
            File.WriteAllText(Path.Combine(folder, "questions-b.yaml"), "- question: \"Wat kost \\\"het\\\"?\"\n  answers: []\n- question: \"weer\"\n  answers: []\n");

            QuestionFiles.Merge(folder);
            var merged = QuestionFiles.Read(Path.Combine(folder, QuestionFiles.MergedFileName));

            Assert.Equal(["wat kost \"het\"?", "weer"], merged.Select(q => q.Question));
            Assert.Equal(["000-001"], merged[0].Answers);
            Assert.True(File.Exists(Path.Combine(folder, "questions-a.yaml")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Run_QuestionsWithKnownAnswers_ScoresHitsAndIdk()
    {
        EvalQuestion[] questions =
        [
            new("zuurdesembrood bakken", []),
            new(fixture.Knowledge.Lessons[0].Title, [fixture.Knowledge.Lessons[0].Id]),
        ];

        var report = Evaluator.Run(fixture.Knowledge, questions);

        Assert.Equal(1.0, report.HitAt1);
        Assert.Equal(1.0, report.CorrectIdk);
        Assert.Empty(report.Misses);
    }
}
