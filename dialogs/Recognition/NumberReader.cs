using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Leerwerk.Dialogs.Recognition;

/// <summary>Reads one number: our exact rules for digits alone, else the Dutch or English model, whichever reads more of the text.</summary>
internal static partial class NumberReader
{
    // "geen" answers "hoeveel kinderen?"; the models don't read it as 0.
    private static readonly FrozenSet<string> _zero = new[] { "geen", "geen een", "nul", "niks", "niets", "none", "zero", "nothing" }.ToFrozenSet(StringComparer.Ordinal);

    // "een paar" is not 1: the models read the article "een" as a number.
    private static readonly FrozenSet<string> _vague = new[] { "paar", "aantal", "enkele", "meerdere", "sommige", "veel", "weinig", "heleboel", "hoop", "few", "several", "couple", "some", "many" }.ToFrozenSet(StringComparer.Ordinal);

    public static decimal? Read(string text)
    {
        var folded = TextFolding.Fold(text);
        if (_zero.Contains(folded)) return 0;
        if (IsVague(folded)) return null;

        // Digits alone follow fixed rules; the Dutch model misreads the English forms "1.5" and "1,500.50".
        if (DigitNumber.Parse(text) is { } digits) return digits;

        var joined = SplitTens().Replace(text, m => $"{m.Groups[1].Value}en{m.Groups[2].Value}");
        var dutch = RecognizerModels.DutchNumber(joined);
        var fromDutch = FromModel(joined, dutch);
        if (fromDutch is not null && Readings.CoverAll(joined, dutch)) return fromDutch;

        // "two and a half": the Dutch model reads only "half".
        var english = RecognizerModels.EnglishNumber(text);
        var fromEnglish = FromModel(text, english);
        return fromEnglish is not null && (fromDutch is null || Readings.Covered(text, english) > Readings.Covered(joined, dutch))
            ? fromEnglish
            : fromDutch;
    }

    /// <summary>"een paar", "veel": a quantity that is no number.</summary>
    public static bool IsVague(string folded) => TextFolding.Words(folded).Any(_vague.Contains);

    private static decimal? FromModel(string text, IReadOnlyList<Reading> results) =>
        results.Count > 0 && Readings.CoverAllDigits(text, results) ? Readings.Single(results.Select(r => r.Number)) : null;

    /// <summary>"vijf en twintig" is a common spelling of "vijfentwintig"; the model reads it as 5 and 20.</summary>
    [GeneratedRegex(@"\b(een|twee|drie|vier|vijf|zes|zeven|acht|negen)\s+en\s+(twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SplitTens();
}
