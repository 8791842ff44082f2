using Leerwerk.Knowledge.Evaluation;
using Xunit.Abstractions;

namespace Leerwerk.Knowledge.Tests.Evaluation;

/// <summary>
/// The questions of questions-003.yaml and questions-004.yaml were set aside while the search was tuned on
/// the others; scored on their own they show whether the tuning carries over to questions it never saw.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class HeldOutTests(KnowledgeFixture fixture, ITestOutputHelper output)
{
    private static readonly string EvalFolder = Path.Combine(KnowledgeFolder.Path, "eval");

    [Fact]
    public void Run_HeldOutQuestions_FindAnswersInTopFive()
    {
        var questions = new[] { "questions-003.yaml", "questions-004.yaml" }
            .SelectMany(f => QuestionFiles.Read(Path.Combine(EvalFolder, f)))
            .ToList();

        var report = Evaluator.Run(fixture.Knowledge, questions);

        output.WriteLine("Achtergehouden: " + report);
        foreach (var miss in report.Misses)
            output.WriteLine(miss.ToString());
        Assert.True(report.HitAt5 >= 0.9, report.ToString());
    }
}
