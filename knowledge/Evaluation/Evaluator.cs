namespace Leerwerk.Knowledge.Evaluation;

public static class Evaluator
{
    private const int Depth = 10;

    public static EvaluationReport Run(KnowledgeBase knowledge, string questionsPath) =>
        Run(knowledge, QuestionFiles.Read(questionsPath));

    public static EvaluationReport Run(KnowledgeBase knowledge, IReadOnlyList<EvalQuestion> questions)
    {
        var misses = new List<EvaluationMiss>();
        int hit1 = 0, hit5 = 0, wrongIdk = 0, correctIdk = 0;
        var reciprocalRanks = 0.0;
        foreach (var question in questions)
        {
            var answer = knowledge.Answer(question.Question);
            if (!question.Answerable)
            {
                if (answer.Found)
                    misses.Add(new EvaluationMiss(question.Question, [], Ids(answer.Hits), "antwoord op onbeantwoordbare vraag"));
                else
                    correctIdk++;
                continue;
            }

            var ranked = Ids(knowledge.Search(question.Question, max: Depth));
            var rank = ranked.FindIndex(question.Answers.Contains) + 1;
            hit1 += rank == 1 ? 1 : 0;
            hit5 += rank is >= 1 and <= 5 ? 1 : 0;
            reciprocalRanks += rank > 0 ? 1.0 / rank : 0;
            if (rank is 0 or > 5)
                misses.Add(new EvaluationMiss(question.Question, question.Answers, ranked.Take(5).ToList(), "niet in top 5"));
            if (!answer.Found)
            {
                wrongIdk++;
                misses.Add(new EvaluationMiss(question.Question, question.Answers, ranked.Take(3).ToList(), "ten onrechte niets gevonden"));
            }
        }

        var answerable = questions.Count(q => q.Answerable);
        var unanswerable = questions.Count - answerable;
        var known = knowledge.Lessons.Select(l => l.Id).ToHashSet();
        var unknown = questions.SelectMany(q => q.Answers).Where(id => !known.Contains(id)).Distinct().Order().ToList();
        return new EvaluationReport(
            knowledge.Lessons.Count,
            answerable,
            unanswerable,
            Share(hit1, answerable),
            Share(hit5, answerable),
            Share(reciprocalRanks, answerable),
            Share(correctIdk, unanswerable),
            Share(wrongIdk, answerable),
            misses,
            unknown);
    }

    private static List<string> Ids(IEnumerable<Search.SearchHit> hits) => hits.Select(h => h.Id).ToList();

    private static double Share(double count, int total) => total == 0 ? 0 : count / total;
}
