using System.Text.RegularExpressions;

namespace Leerwerk.Dialogs.Recognition;

/// <summary>Reads a duration in months: the DateTime models' durations, our own units, or a bare number.</summary>
internal static partial class MonthsReader
{
    public static decimal? Read(string text, DateTime reference)
    {
        if (NumberReader.IsVague(TextFolding.Fold(text))) return null;

        var dutch = Durations(RecognizerModels.DutchDateTime(text, reference));
        // The English model is the slow half; an English duration always names its unit.
        var english = Readings.CoverAll(text, dutch) || !EnglishUnit().IsMatch(text) ? [] : Durations(RecognizerModels.EnglishDateTime(text, reference));

        // "3 uur", "10 minuten": a duration, but none in months; not a bare 3 or 10 either.
        if (dutch.Concat(english).Any(IsClockTime)) return null;

        var months = (Readings.Covered(text, english) > Readings.Covered(text, dutch) ? FromModel(text, english) : null)
            ?? FromModel(text, dutch)
            ?? WithUnit(text)
            ?? NumberReader.Read(text);
        return months is { } value ? Math.Round(value, 1, MidpointRounding.AwayFromZero) : null;
    }

    private static List<Reading> Durations(IReadOnlyList<Reading> readings) =>
        readings.Where(r => r.Type == "datetimeV2.duration").ToList();

    private static bool IsClockTime(Reading duration) =>
        duration.Values.Any(v => v.TryGetValue("timex", out var timex) && timex.StartsWith("PT", StringComparison.Ordinal));

    private static decimal? FromModel(string text, List<Reading> durations)
    {
        if (durations.Count == 0 || !Readings.CoverAllDigits(text, durations)) return null;
        return Readings.Single(durations.SelectMany(d => d.Values)
            .Select(v => v.TryGetValue("timex", out var timex) ? DurationTimex.ToMonths(timex) : null));
    }

    /// <summary>Abbreviations the models miss ("3 m", "4 wk") and English units.</summary>
    private static decimal? WithUnit(string text)
    {
        // Not folded: folding would turn "1,5 jaar" into "1 5 jaar".
        var match = AmountAndUnit().Match(text.Trim().TrimEnd('.', '!').ToLowerInvariant());
        if (!match.Success || NumberReader.Read(match.Groups["amount"].Value) is not { } amount) return null;
        var unit = match.Groups["unit"].Value switch
        {
            "j" or "jr" or "jaar" or "jaren" or "y" or "yr" or "yrs" or "year" or "years" => 'Y',
            "w" or "wk" or "wkn" or "week" or "weken" or "weeks" => 'W',
            "d" or "dag" or "dagen" or "day" or "days" => 'D',
            _ => 'M',
        };
        return DurationTimex.ToMonths(amount, unit);
    }

    [GeneratedRegex(@"\b(years?|months?|weeks?|days?|hours?|minutes?|fortnight|decades?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishUnit();

    [GeneratedRegex(@"^(?<amount>.+?)\s*(?<unit>m|mnd|mnden|maand|maanden|mo|month|months|j|jr|jaar|jaren|y|yr|yrs|year|years|w|wk|wkn|week|weken|weeks|d|dag|dagen|day|days)$")]
    private static partial Regex AmountAndUnit();
}
