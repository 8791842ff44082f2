namespace Leerwerk.Knowledge.Search;

/// <summary>
/// BM25 rewards a lesson that repeats one query word; a lesson that holds more of the question's
/// different words is usually the better answer, so the best candidates are reordered by coverage too.
/// </summary>
internal static class Reranking
{
    public const int Candidates = 30;

    // Tuned on knowledge/eval/questions.yaml: lower lets BM25 dominate, higher lets coverage dominate.
    private const double Floor = 0.5;

    // The title says the lesson in one sentence: a lesson whose title holds the question is usually the answer.
    private const double TitleWeight = 0.5;

    public static IReadOnlyList<IndexMatch> Apply(IEnumerable<IndexMatch> matches, int max) =>
        matches
            .Select(m => m with { Score = (float)(m.Score * (Floor + m.Coverage + (TitleWeight * m.TitleCoverage))) })
            .OrderByDescending(m => m.Score)
            .Take(max)
            .ToList();
}
