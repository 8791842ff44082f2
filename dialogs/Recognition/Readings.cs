using System.Globalization;

namespace Leerwerk.Dialogs.Recognition;

/// <summary>Helpers to judge what the models found.</summary>
internal static class Readings
{
    /// <summary>Invariant with ',' as the decimal separator, so the app also works with invariant globalization.</summary>
    public static decimal? ParseDecimal(string? text) =>
        text is not null && decimal.TryParse(text.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;

    /// <summary>
    /// True when every digit of the text lies inside a reading. A digit outside means the model read only
    /// part of the answer ("€ 12.50" read as € 12), so its reading is not trusted.
    /// </summary>
    public static bool CoverAllDigits(string text, IEnumerable<Reading> readings)
    {
        var spans = readings.Select(r => (r.Start, r.End)).ToList();
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsDigit(text[i]) && !spans.Any(s => i >= s.Start && i <= s.End)) return false;
        }

        return true;
    }

    /// <summary>How many letters and digits of the text the readings span: the model that read more of the answer wins.</summary>
    public static int Covered(string text, IEnumerable<Reading> readings)
    {
        var spans = readings.Select(r => (r.Start, r.End)).ToList();
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsLetterOrDigit(text[i]) && spans.Any(s => i >= s.Start && i <= s.End)) count++;
        }

        return count;
    }

    /// <summary>True when the readings span every letter and digit: nothing left for another model to read.</summary>
    public static bool CoverAll(string text, IEnumerable<Reading> readings) => Covered(text, readings) == text.Count(char.IsLetterOrDigit);

    /// <summary>The single value the readings agree on; null when there is none or more than one ("2 of 3").</summary>
    public static decimal? Single(IEnumerable<decimal?> values)
    {
        var distinct = values.Distinct().ToList();
        return distinct is [{ } only] ? only : null;
    }
}
