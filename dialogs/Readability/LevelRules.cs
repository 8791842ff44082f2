using System.Globalization;

namespace Leerwerk.Dialogs.Readability;

/// <summary>
/// The level follows from the measurements: A2 when nothing stands in the way, B1 when only A2 limits
/// are passed, above B1 when a B1 limit is passed or a hard word is left unexplained. The reasons
/// name every limit passed, hardest first.
/// </summary>
internal static class LevelRules
{
    public static (ReadabilityLevel Level, IReadOnlyList<string> Reasons) Judge(ReadabilityReport m, ReadabilityThresholds limits)
    {
        var aboveB1 = new List<string>();
        var aboveA2 = new List<string>();
        aboveB1.AddRange(m.HardWords.Select(w => $"moeilijk woord: {w}"));
        if (m.MeasuredAsWords)
        {
            if (m.LongWordShare > limits.A2MaxLongWordShare) aboveA2.Add($"lang woord: {string.Join(", ", m.LongWords)}");
        }
        else
        {
            Check(m.WordsPerSentence > limits.B1MaxWordsPerSentence, m.WordsPerSentence > limits.A2MaxWordsPerSentence,
                $"zinnen gemiddeld {Number(m.WordsPerSentence)} woorden", $"hoogstens {Number(limits.B1MaxWordsPerSentence)}", $"hoogstens {Number(limits.A2MaxWordsPerSentence)}");
            Check(m.FleschDouma < limits.B1MinScore, m.FleschDouma < limits.A2MinScore,
                $"Flesch–Douma {Number(Math.Round(m.FleschDouma))}", $"minstens {Number(limits.B1MinScore)}", $"minstens {Number(limits.A2MinScore)}");
            Check(m.LongWordShare > limits.B1MaxLongWordShare, m.LongWordShare > limits.A2MaxLongWordShare,
                $"lange woorden {Percent(m.LongWordShare)} ({string.Join(", ", m.LongWords)})", $"hoogstens {Percent(limits.B1MaxLongWordShare)}", $"hoogstens {Percent(limits.A2MaxLongWordShare)}");
        }

        // B1 readers know the lijdende vorm; for A2 it is one construction too many.
        if (m.PassiveMarkers.Count > 0) aboveA2.Add($"lijdende vorm: {string.Join(", ", m.PassiveMarkers)}");

        var level = aboveB1.Count > 0 ? ReadabilityLevel.AboveB1 : aboveA2.Count > 0 ? ReadabilityLevel.B1 : ReadabilityLevel.A2;
        return (level, [.. aboveB1, .. aboveA2]);

        void Check(bool pastB1, bool pastA2, string what, string b1Limit, string a2Limit)
        {
            if (pastB1) aboveB1.Add($"{what} (B1: {b1Limit})");
            else if (pastA2) aboveA2.Add($"{what} (A2: {a2Limit})");
        }
    }

    // Dutch readers write 12,5, not 12.5.
    public static string Number(double value) =>
        value.ToString("0.#", CultureInfo.InvariantCulture).Replace('.', ',');

    private static string Percent(double share) => Number(Math.Round(share * 100)) + "%";
}
