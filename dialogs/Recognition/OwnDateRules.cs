using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Leerwerk.Dialogs.Recognition;

/// <summary>Date rules the Dutch DateTime model lacks, and the choice between its past and future readings.</summary>
internal static partial class OwnDateRules
{
    private static readonly FrozenDictionary<string, int> _months = new Dictionary<string, int>
    {
        ["januari"] = 1, ["jan"] = 1, ["january"] = 1,
        ["februari"] = 2, ["feb"] = 2, ["february"] = 2,
        ["maart"] = 3, ["mrt"] = 3, ["mar"] = 3, ["march"] = 3,
        ["april"] = 4, ["apr"] = 4,
        ["mei"] = 5, ["may"] = 5,
        ["juni"] = 6, ["jun"] = 6, ["june"] = 6,
        ["juli"] = 7, ["jul"] = 7, ["july"] = 7,
        ["augustus"] = 8, ["aug"] = 8, ["august"] = 8,
        ["september"] = 9, ["sep"] = 9, ["sept"] = 9,
        ["oktober"] = 10, ["okt"] = 10, ["october"] = 10, ["oct"] = 10,
        ["november"] = 11, ["nov"] = 11,
        ["december"] = 12, ["dec"] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>"medio mei" (the Dutch model reads only "mei") and "de 15e" (it reads nothing); null for anything else.</summary>
    public static DateOnly? Read(string folded, DateOnly today, DateDirection direction)
    {
        if (Medio().Match(folded) is { Success: true } medio && _months.TryGetValue(medio.Groups["month"].Value, out var month))
        {
            var years = medio.Groups["year"].Success && int.TryParse(medio.Groups["year"].Value, out var year) ? [year] : new[] { today.Year - 1, today.Year, today.Year + 1 };
            return Choose(years.Where(y => y is >= 1 and <= 9999).Select(y => new DateOnly(y, month, 15)).ToList(), today, direction);
        }

        if (DayOfMonth().Match(folded) is { Success: true } dayOfMonth && int.TryParse(dayOfMonth.Groups["day"].Value, out var day) && day is >= 1 and <= 31)
        {
            var candidates = Enumerable.Range(-1, 3)
                .Select(offset => today.AddMonths(offset))
                .Where(d => day <= DateTime.DaysInMonth(d.Year, d.Month))
                .Select(d => new DateOnly(d.Year, d.Month, day))
                .ToList();
            return Choose(candidates, today, direction);
        }

        return null;
    }

    /// <summary>A weekday name: the next one after today, or the last one before it; never today itself.</summary>
    public static DateOnly Weekday(DateOnly today, DayOfWeek day, DateDirection direction)
    {
        var ahead = ((int)day - (int)today.DayOfWeek + 7) % 7;
        return direction == DateDirection.Future
            ? today.AddDays(ahead == 0 ? 7 : ahead)
            : today.AddDays(ahead == 0 ? -7 : ahead - 7);
    }

    /// <summary>Of the readings of "15 januari" (this year's, next year's), the first on or after today, or the last on or before it.</summary>
    public static DateOnly? Choose(IReadOnlyList<DateOnly> candidates, DateOnly today, DateDirection direction)
    {
        if (candidates.Count == 0) return null;
        var ordered = candidates.Distinct().Order().ToList();
        return direction == DateDirection.Future
            ? ordered.FirstOrDefault(d => d >= today, ordered[^1])
            : ordered.LastOrDefault(d => d <= today, ordered[0]);
    }

    [GeneratedRegex(@"^(?:in |rond )?medio (?<month>[a-z]+)(?: (?<year>\d{4}))?$")]
    private static partial Regex Medio();

    [GeneratedRegex(@"^(?:op )?(?:de )?(?<day>\d{1,2})(?:e|de|ste)$")]
    private static partial Regex DayOfMonth();
}
