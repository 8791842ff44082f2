using System.Text.RegularExpressions;

namespace Leerwerk.Dialogs.Recognition;

/// <summary>
/// Our own reading of a number written in digits, for the forms the Dutch model splits or misreads:
/// "1.5" and "12.50" (a decimal point, as on an English keyboard) and "1,500.50".
/// </summary>
internal static partial class DigitNumber
{
    /// <summary>The whole text must be one number; Dutch forms first ("1.500" is fifteen hundred, "1,5" one and a half).</summary>
    public static decimal? Parse(string text)
    {
        var trimmed = text.Trim();
        if (DutchThousands().IsMatch(trimmed) || DutchPlain().IsMatch(trimmed))
            return Readings.ParseDecimal(trimmed.Replace(".", string.Empty, StringComparison.Ordinal));

        // One or two digits after a point cannot be Dutch thousands, so the point is a decimal point.
        if (PointDecimal().IsMatch(trimmed)) return Readings.ParseDecimal(trimmed);
        if (EnglishThousands().IsMatch(trimmed)) return Readings.ParseDecimal(trimmed.Replace(",", string.Empty, StringComparison.Ordinal));
        return null;
    }

    [GeneratedRegex(@"^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$")]
    private static partial Regex DutchThousands();

    [GeneratedRegex(@"^[+-]?\d{1,18}(,\d{1,10})?$")]
    private static partial Regex DutchPlain();

    [GeneratedRegex(@"^[+-]?\d{1,18}\.\d{1,2}$")]
    private static partial Regex PointDecimal();

    [GeneratedRegex(@"^[+-]?\d{1,3}(,\d{3})+\.\d{1,2}$")]
    private static partial Regex EnglishThousands();
}
