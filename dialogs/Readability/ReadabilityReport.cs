namespace Leerwerk.Dialogs.Readability;

/// <summary>What the checker measured in one text, the level that follows and why it is not easier.</summary>
public sealed record ReadabilityReport(
    int Sentences,
    int Words,
    int Syllables,
    double WordsPerSentence,
    double SyllablesPerWord,
    double FleschDouma,
    double LongWordShare,
    IReadOnlyList<string> LongWords,
    IReadOnlyList<string> PassiveMarkers,
    IReadOnlyList<string> HardWords,
    IReadOnlyList<string> ExplainedHardWords,
    bool MeasuredAsWords,
    ReadabilityLevel Level,
    IReadOnlyList<string> Reasons);
