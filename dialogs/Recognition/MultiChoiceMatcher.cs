using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Leerwerk.Dialogs.Recognition;

/// <summary>Finds every option an answer names: "1, 3 en 4", "1 3", "fiets en auto", "fiets, ov".</summary>
internal static partial class MultiChoiceMatcher
{
    private static readonly FrozenSet<string> _connectors = new[] { "en", "and", "of", "or", "plus", "ook", "also", "n" }.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> _negations = new[] { "geen", "niet", "zonder", "no", "not", "without" }.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> _all = new[] { "alle", "allemaal", "alles", "all", "allebei", "beide", "both", "all of them" }.ToFrozenSet(StringComparer.Ordinal);

    // Words left over around labels that name nothing: "ik heb een fiets en de bus".
    private static readonly FrozenSet<string> _filler = new[] { "ik", "heb", "een", "de", "het", "met", "mijn", "wil", "graag", "nog", "die", "dat", "maar", "wel", "soms", "the", "a", "an", "i", "have", "my", "with" }.ToFrozenSet(StringComparer.Ordinal);

    public static IReadOnlyList<ChoiceMatch> Match(string text, IReadOnlyList<ChoiceOption> options)
    {
        var folded = TextFolding.Fold(text);
        if (folded.Length == 0 || options.Count == 0) return [];
        if (ChoiceMatcher.Match(folded, options) is { Confidence: >= LabelScore.Position } single) return [single];
        if (_all.Contains(folded)) return options.Where(o => o?.Id is not null).Select(o => new ChoiceMatch(o.Id, LabelScore.Exact)).DistinctBy(m => m.Id).ToList();

        // Punctuation separates picks; folding would lose it, so each piece is folded on its own.
        var words = new List<string?>();
        foreach (var piece in Separators().Split(text))
        {
            words.AddRange(TextFolding.Words(TextFolding.Fold(piece)));
            words.Add(null);
        }

        var found = new List<(int At, ChoiceMatch Match)>();
        var taken = new bool[words.Count];
        FindLabels(words, taken, options, found);
        FindRest(Runs(words, taken), options, found);

        return found.OrderBy(f => f.At).Select(f => f.Match).DistinctBy(m => m.Id).ToList();
    }

    /// <summary>Exact labels first, longest first, so "kinderen en opvang" stays one label though "en" separates picks.</summary>
    private static void FindLabels(List<string?> words, bool[] taken, IReadOnlyList<ChoiceOption> options, List<(int, ChoiceMatch)> found)
    {
        var labels = options
            .Where(o => o?.Id is not null)
            .SelectMany(o => (o.Labels ?? []).Where(l => l is not null).Select(l => (o.Id, Words: TextFolding.Words(TextFolding.Fold(l)))))
            .Where(l => l.Words.Length > 0)
            .OrderByDescending(l => l.Words.Length)
            .ToList();

        // "geen fiets" names the bicycle only to exclude it, and is no pick of a "geen" option either,
        // unless the words form a label themselves ("geen vervoer").
        var negated = new bool[words.Count];
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (words[i] is not { } word || !_negations.Contains(word) || words[i + 1] is null) continue;
            if (labels.Any(l => l.Words.Length > 1 && l.Words[0] == word && Fits(words, taken, i, l.Words))) continue;
            taken[i] = true;
            negated[i + 1] = true;
        }

        foreach (var (id, label) in labels)
        {
            for (var start = 0; start + label.Length <= words.Count; start++)
            {
                if (!Fits(words, taken, start, label)) continue;
                for (var i = start; i < start + label.Length; i++) taken[i] = true;
                if (!negated[start]) found.Add((start, new ChoiceMatch(id, LabelScore.Exact)));
            }
        }
    }

    private static bool Fits(List<string?> words, bool[] taken, int start, string[] label)
    {
        for (var i = 0; i < label.Length; i++)
        {
            if (taken[start + i] || words[start + i] != label[i]) return false;
        }

        return true;
    }

    /// <summary>What is left between separators, connectors and found labels: "1 3", "fietz", "tweede".</summary>
    private static List<(int At, string[] Words)> Runs(List<string?> words, bool[] taken)
    {
        var runs = new List<(int, string[])>();
        var current = new List<string>();
        var at = 0;
        for (var i = 0; i <= words.Count; i++)
        {
            var word = i < words.Count ? words[i] : null;
            if (word is null || taken[i] || _connectors.Contains(word) || _negations.Contains(word) || _filler.Contains(word))
            {
                if (current.Count > 0) runs.Add((at, current.ToArray()));
                current.Clear();
                continue;
            }

            if (current.Count == 0) at = i;
            current.Add(word);
        }

        return runs;
    }

    private static void FindRest(List<(int At, string[] Words)> runs, IReadOnlyList<ChoiceOption> options, List<(int, ChoiceMatch)> found)
    {
        // Number words count as positions only when the whole answer is positions ("twee en drie"); elsewhere
        // "een" is an article. Digits always are positions.
        var allPositions = runs.Count > 0 && runs.All(r => r.Words.All(w => Position(w, allowWords: true) is not null));
        foreach (var (at, run) in runs)
        {
            var positions = run.Select(w => Position(w, allPositions)).ToList();
            if (positions.All(p => p is not null))
            {
                for (var i = 0; i < run.Length; i++)
                {
                    if (positions[i] is { } p && p >= 1 && p <= options.Count && options[p - 1]?.Id is { } id)
                        found.Add((at + i, new ChoiceMatch(id, LabelScore.Position)));
                }

                continue;
            }

            if (ChoiceMatcher.Match(string.Join(' ', run), options) is { } match)
            {
                found.Add((at, match));
                continue;
            }

            for (var i = 0; i < run.Length; i++)
            {
                if (run[i].Length >= 3 && ChoiceMatcher.Match(run[i], options) is { } word) found.Add((at + i, word));
            }
        }
    }

    private static int? Position(string word, bool allowWords) =>
        word.All(char.IsDigit) ? (int.TryParse(word, out var n) ? n : null)
        : allowWords ? ChoiceNumber.Read(word)
        : null;

    [GeneratedRegex(@"[,;/&+|\n\r]")]
    private static partial Regex Separators();
}
