using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Leerwerk.Dialogs.Recognition;

/// <summary>Reads a pick by position: "2", "nr 2", "optie twee", "de tweede", "2e", "second".</summary>
internal static partial class ChoiceNumber
{
    private static readonly FrozenSet<string> _fillers = new[] { "nr", "nummer", "no", "optie", "keuze", "antwoord", "de", "het", "number", "option", "choice", "the" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The 1-based position the folded text names, or null when it is not just a position.</summary>
    public static int? Read(string folded)
    {
        var words = TextFolding.Words(folded).SkipWhile(_fillers.Contains).ToList();
        if (words is not [var word]) return null;
        if (Digits().Match(word) is { Success: true } digits)
            return int.TryParse(digits.Groups[1].Value, out var position) ? position : null;
        return Word(word);
    }

    /// <summary>A number or ordinal word ("twee", "tweede", "second"), Dutch first.</summary>
    public static int? Word(string word)
    {
        foreach (var results in new[] { RecognizerModels.DutchNumber(word), RecognizerModels.DutchOrdinal(word), RecognizerModels.EnglishNumber(word), RecognizerModels.EnglishOrdinal(word) })
        {
            if (results is [var only] && only.Start == 0 && only.End == word.Length - 1
                && only.Number is { } value && value == decimal.Truncate(value) && value is >= 1 and <= 1000)
                return (int)value;
        }

        return null;
    }

    [GeneratedRegex(@"^(\d{1,4})(?:e|de|ste|st|nd|rd|th)?$")]
    private static partial Regex Digits();
}
