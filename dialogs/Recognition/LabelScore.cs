namespace Leerwerk.Dialogs.Recognition;

/// <summary>
/// How well an answer names one label, in tiers, so that two labels matched the same way tie and the
/// answer counts as ambiguous instead of being decided by an accident of length.
/// </summary>
internal static class LabelScore
{
    public const double Exact = 1.0;
    public const double Position = 0.95;          // "2": below Exact, so a label that is itself "2" wins
    public const double LabelInAnswer = 0.9;      // "ik kies de fiets"
    public const double AnswerInLabel = 0.8;      // "auto" for "eigen auto"
    public const double Typo = 0.75;              // "fietz", minus 0.05 a typo
    public const double Prefix = 0.6;             // "fi" for "fiets"
    public const double LabelInAnswerTypo = 0.5;  // "ik kies de fietz", minus 0.02 a typo

    public static double Of(string[] answer, string[] label)
    {
        if (label.Length == 0 || answer.Length == 0) return 0;
        if (answer.AsSpan().SequenceEqual(label)) return Exact;

        // A longer label inside the answer is the more specific one: "elektrische fiets" beats "fiets".
        if (IndexOf(answer, label) >= 0) return LabelInAnswer + (0.01 * Math.Min(label.Length - 1, 4));
        if (IndexOf(label, answer) >= 0) return AnswerInLabel;

        // "ebike" for "e-bike", "openbaarvervoer": the same letters, split differently.
        var typed = string.Join(' ', answer);
        var whole = string.Join(' ', label);
        var typedJoined = string.Concat(answer);
        var wholeJoined = string.Concat(label);
        if (typedJoined == wholeJoined) return Exact - 0.01;

        if (answer.Length == label.Length && WindowTypos(answer, 0, label) is { } typos) return Typo - (0.05 * Math.Min(typos, 3));
        if (answer.Length != label.Length && TypoDistance.Between(typedJoined, wholeJoined, TypoDistance.Budget(wholeJoined)) is var joinedTypos and < int.MaxValue)
            return Typo - (0.05 * Math.Min(joinedTypos, 3));

        if (typed.Length >= 2 && whole.StartsWith(typed, StringComparison.Ordinal)) return Prefix;
        if (answer is [var word] && word.Length >= 3 && label.Any(w => w.StartsWith(word, StringComparison.Ordinal))) return Prefix - 0.05;

        for (var start = 0; start + label.Length <= answer.Length; start++)
        {
            if (WindowTypos(answer, start, label) is { } inside) return LabelInAnswerTypo - (0.02 * Math.Min(inside, 5));
        }

        return 0;
    }

    /// <summary>Where <paramref name="needle"/> occurs as whole words in <paramref name="haystack"/>, or -1.</summary>
    public static int IndexOf(string[] haystack, string[] needle)
    {
        for (var start = 0; start + needle.Length <= haystack.Length; start++)
        {
            if (haystack.AsSpan(start, needle.Length).SequenceEqual(needle)) return start;
        }

        return -1;
    }

    /// <summary>The typos between the label and the answer's words from <paramref name="start"/>, each word within its budget; null if too many.</summary>
    private static int? WindowTypos(string[] answer, int start, string[] label)
    {
        var total = 0;
        for (var i = 0; i < label.Length; i++)
        {
            var budget = TypoDistance.Budget(label[i]);
            var distance = TypoDistance.Between(answer[start + i], label[i], budget);
            if (distance == int.MaxValue) return null;
            total += distance;
        }

        return total;
    }
}
