using Leerwerk.Bench.Measuring;
using Leerwerk.Knowledge;
using Leerwerk.Knowledge.Evaluation;

namespace Leerwerk.Bench.Knowledge;

/// <summary>Every evaluation question, round after round, through <c>Search</c> and <c>Answer</c> as the bot calls them.</summary>
internal static class SearchRounds
{
    public static (LatencySummary Search, LatencySummary Answer) Run(KnowledgeBase knowledge, IReadOnlyList<EvalQuestion> questions, int warmUpRounds, int rounds)
    {
        // Warm-up: tiered JIT, Lucene's caches and the compound cache settle before anything is timed.
        Measure(knowledge, questions, warmUpRounds, new Latencies(), new Latencies());

        var search = new Latencies();
        var answer = new Latencies();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        Measure(knowledge, questions, rounds, search, answer);
        return (search.Summarize(), answer.Summarize());
    }

    private static void Measure(KnowledgeBase knowledge, IReadOnlyList<EvalQuestion> questions, int rounds, Latencies search, Latencies answer)
    {
        var found = 0;
        for (var round = 0; round < rounds; round++)
        {
            foreach (var question in questions)
            {
                found += search.Time(() => knowledge.Search(question.Question)).Count;
                found += answer.Time(() => knowledge.Answer(question.Question)).Found ? 1 : 0;
            }
        }

        GC.KeepAlive(found);
    }
}
