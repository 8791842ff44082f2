namespace Leerwerk.Dialogs.Recognition;

/// <summary>Finds the one option an answer names, by position or by label; null when none or when two are equally good.</summary>
internal static class ChoiceMatcher
{
    private const double Tie = 1e-9;

    public static ChoiceMatch? Match(string folded, IReadOnlyList<ChoiceOption> options)
    {
        var answer = TextFolding.Words(folded);
        if (answer.Length == 0 || options.Count == 0) return null;

        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var i = 0; i < options.Count; i++)
        {
            if (options[i] is not { Id: { } id } option) continue;
            var best = (option.Labels ?? []).Where(l => l is not null).Max(l => (double?)LabelScore.Of(answer, TextFolding.Words(TextFolding.Fold(l)))) ?? 0;
            scores[id] = Math.Max(scores.GetValueOrDefault(id), best);
        }

        if (ChoiceNumber.Read(folded) is { } position && position >= 1 && position <= options.Count && options[position - 1]?.Id is { } picked)
            scores[picked] = Math.Max(scores.GetValueOrDefault(picked), LabelScore.Position);

        var ranked = scores.Where(s => s.Value > 0).OrderByDescending(s => s.Value).Take(2).ToList();
        if (ranked.Count == 0) return null;
        if (ranked.Count == 2 && ranked[0].Value - ranked[1].Value < Tie) return null;
        return new ChoiceMatch(ranked[0].Key, ranked[0].Value);
    }
}
