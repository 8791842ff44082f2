using Leerwerk.Knowledge.Search;

namespace Leerwerk.Knowledge.Answers;

/// <summary>
/// Decides whether the best match really answers the question. BM25 scores are not comparable between
/// questions, so the rule leans on coverage: the idf-weighted share of the question's content words
/// (or their synonyms) found in the match. The minimum score only weeds out matches on a single common word.
/// Thresholds were tuned on knowledge/eval/questions.yaml.
/// </summary>
internal sealed record FoundRule(double MinCoverage = 0.5, float MinScore = 2.0f)
{
    public bool Accepts(IndexMatch match) => match.Coverage >= MinCoverage && match.Score >= MinScore;
}
