using System.Globalization;

namespace Leerwerk.Knowledge.Evaluation;

/// <summary>
/// Retrieval quality over the answerable questions (hit@1, hit@5, MRR over the top 10) and how well the
/// knowledge base says "I don't know": <see cref="CorrectIdk"/> is the share of unanswerable questions
/// given Found=false, <see cref="WrongIdk"/> the share of answerable ones wrongly given Found=false.
/// </summary>
public sealed record EvaluationReport(
    int Lessons,
    int Answerable,
    int Unanswerable,
    double HitAt1,
    double HitAt5,
    double Mrr,
    double CorrectIdk,
    double WrongIdk,
    IReadOnlyList<EvaluationMiss> Misses,
    IReadOnlyList<string> UnknownIds)
{
    public bool Meets(double minHitAt5 = 0.9, double minCorrectIdk = 0.8) =>
        HitAt5 >= minHitAt5 && CorrectIdk >= minCorrectIdk;

    public override string ToString()
    {
        var scores = string.Create(
            CultureInfo.InvariantCulture,
            $"hit@1 {HitAt1:0.00}, hit@5 {HitAt5:0.00}, MRR {Mrr:0.00}, terecht niets gevonden {CorrectIdk:0.00}, ten onrechte niets gevonden {WrongIdk:0.00}");
        var unknown = UnknownIds.Count > 0 ? $"; onbekende ids: {string.Join(", ", UnknownIds)}" : "";
        return $"{Lessons} lessen, {Answerable} beantwoordbare en {Unanswerable} onbeantwoordbare vragen: {scores}{unknown}";
    }
}
