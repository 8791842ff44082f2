using System.Globalization;
using System.Text.RegularExpressions;

namespace Leerwerk.Bot.Translation;

/// <summary>
/// Languages a model can translate into although Leerwerk has no file for them: a known ISO 639 code
/// (`pl`, `uk`) or a language's English or own name (`Polish`, `polski`).
/// </summary>
internal static partial class MachineLanguages
{
    /// <summary>The language code asked for, or null when this names no language.</summary>
    public static string? Resolve(string requested)
    {
        var key = requested.Trim().Trim('"').ToLowerInvariant();
        if (key.Length == 0) return null;
        if (Code().IsMatch(key)) return Known(key) ? key : null;
        return CultureInfo.GetCultures(CultureTypes.NeutralCultures)
            .FirstOrDefault(c => c.Name.Length > 0 && (c.EnglishName.Equals(key, StringComparison.OrdinalIgnoreCase) || c.NativeName.Equals(key, StringComparison.OrdinalIgnoreCase)))
            ?.TwoLetterISOLanguageName;
    }

    /// <summary>The language's own name (`polski`), to confirm the choice in words the user knows.</summary>
    public static string Name(string code)
    {
        try
        {
            var culture = CultureInfo.GetCultureInfo(code);
            return culture.NativeName.Length > 0 && !culture.NativeName.Equals(code, StringComparison.OrdinalIgnoreCase) ? culture.NativeName : code;
        }
        catch (CultureNotFoundException)
        {
            return code;
        }
    }

    // A made-up code ("xx") is no language: the culture data must know it.
    private static bool Known(string code) =>
        CultureInfo.GetCultures(CultureTypes.NeutralCultures).Any(c => c.Name.Equals(code, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex("^[a-z]{2,3}$")]
    private static partial Regex Code();
}
