namespace Leerwerk.Dialogs.Readability;

/// <summary>
/// Where A2 and B1 end. Flesch–Douma reads 60–70 as "redelijk makkelijk" and 70–80 as "makkelijk";
/// the sentence lengths follow the usual advice for B1 (at most 15 words) and for readers who are
/// still learning Dutch (about 10).
/// </summary>
public sealed record ReadabilityThresholds
{
    public double A2MinScore { get; init; } = 70;

    public double A2MaxWordsPerSentence { get; init; } = 10;

    /// <summary>Share of long words (4+ syllables or 13+ letters) an A2 text can carry.</summary>
    public double A2MaxLongWordShare { get; init; } = 0.15;

    public double B1MinScore { get; init; } = 60;

    public double B1MaxWordsPerSentence { get; init; } = 15;

    public double B1MaxLongWordShare { get; init; } = 0.25;

    /// <summary>
    /// Below this many words a text is measured by its words, like a label: Flesch–Douma is made for
    /// longer texts, and on five words one three-syllable word ("antwoorden") swings it by 15 points.
    /// </summary>
    public int MinWordsForScore { get; init; } = 6;

    public int LongWordSyllables { get; init; } = 4;

    public int LongWordLetters { get; init; } = 13;
}
