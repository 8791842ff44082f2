namespace Leerwerk.Dialogs.Readability;

/// <summary>
/// How easy a Dutch text is for a reader at A2 or B1: sentence length, syllables per word, the
/// Flesch–Douma score (206,835 − 0,93 × woorden per zin − 77 × lettergrepen per woord), long words,
/// the lijdende vorm and words from the list of words to avoid.
/// </summary>
public sealed class ReadabilityChecker(HardWordList hardWords, ReadabilityThresholds? thresholds = null)
{
    private readonly ReadabilityThresholds _limits = thresholds ?? new ReadabilityThresholds();

    public ReadabilityThresholds Thresholds => _limits;

    /// <summary>The checker with the word list in `{dialogsDirectory}/readability/`.</summary>
    public static ReadabilityChecker Load(string dialogsDirectory, ReadabilityThresholds? thresholds = null) =>
        new(HardWordList.Load(Path.Combine(dialogsDirectory, "readability", HardWordList.FileName)), thresholds);

    public ReadabilityReport Check(ReadableText text) => Check(text.Text, text.Kind);

    public ReadabilityReport Check(string text, TextKind kind = TextKind.Text)
    {
        var plain = PlainText.Strip(text);
        var sentences = PlainText.Sentences(plain);
        var words = sentences.SelectMany(s => s).ToList();
        var syllables = words.Select(w => DutchSyllables.Count(w.Text)).ToList();
        var wordsPerSentence = sentences.Count == 0 ? 0 : (double)words.Count / sentences.Count;
        var syllablesPerWord = words.Count == 0 ? 0 : (double)syllables.Sum() / words.Count;
        var longWords = words.Where((w, i) => syllables[i] >= _limits.LongWordSyllables || PlainText.Letters(w.Text) >= _limits.LongWordLetters)
            .Select(w => w.Text).ToList();
        var hard = words.Select(w => (Word: w, Listed: hardWords.Match(w.Text))).Where(h => h.Listed is not null).ToList();

        var measured = new ReadabilityReport(
            Sentences: sentences.Count,
            Words: words.Count,
            Syllables: syllables.Sum(),
            WordsPerSentence: wordsPerSentence,
            SyllablesPerWord: syllablesPerWord,
            FleschDouma: 206.835 - (0.93 * wordsPerSentence) - (77 * syllablesPerWord),
            LongWordShare: words.Count == 0 ? 0 : (double)longWords.Count / words.Count,
            LongWords: Distinct(longWords),
            PassiveMarkers: Distinct(sentences.SelectMany(PassiveVoice.Find)),
            HardWords: Distinct(hard.Where(h => !Explanation.IsExplained(plain, h.Word)).Select(h => h.Word.Text.ToLowerInvariant())),
            ExplainedHardWords: Distinct(hard.Where(h => Explanation.IsExplained(plain, h.Word)).Select(h => h.Word.Text.ToLowerInvariant())),
            MeasuredAsWords: kind == TextKind.Label || words.Count < _limits.MinWordsForScore,
            Level: ReadabilityLevel.A2,
            Reasons: []);
        var (level, reasons) = LevelRules.Judge(measured, _limits);
        return measured with { Level = level, Reasons = reasons };
    }

    private static IReadOnlyList<string> Distinct(IEnumerable<string> values) => [.. values.Distinct(StringComparer.OrdinalIgnoreCase)];
}
