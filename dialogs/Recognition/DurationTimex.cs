using System.Text.RegularExpressions;

namespace Leerwerk.Dialogs.Recognition;

/// <summary>Turns a duration timex ("P3M", "P1.5Y", "P3M2W") into months.</summary>
internal static partial class DurationTimex
{
    // A month counts as four weeks and as thirty days, the way people count: "6 weken" is anderhalve
    // maand, "dertig dagen" een maand.
    public const decimal WeeksPerMonth = 4m;
    public const decimal DaysPerMonth = 30m;

    /// <summary>Null for hours and minutes ("PT3M"): those are no answer to "hoeveel maanden".</summary>
    public static decimal? ToMonths(string timex)
    {
        var match = Duration().Match(timex);
        if (!match.Success) return null;
        var months = 0m;
        foreach (Capture part in match.Groups["part"].Captures)
        {
            if (Readings.ParseDecimal(part.Value[..^1]) is not { } amount) return null;
            months += ToMonths(amount, part.Value[^1]);
        }

        return months;
    }

    public static decimal ToMonths(decimal amount, char unit) => unit switch
    {
        'Y' => amount * 12,
        'W' => amount / WeeksPerMonth,
        'D' => amount / DaysPerMonth,
        _ => amount,
    };

    [GeneratedRegex(@"^P(?<part>\d+(?:\.\d+)?[YMWD])+$")]
    private static partial Regex Duration();
}
