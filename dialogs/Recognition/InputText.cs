using System.Globalization;
using System.Text;

namespace Leerwerk.Dialogs.Recognition;

/// <summary>Makes any string safe to hand to the recognizers and string APIs.</summary>
internal static class InputText
{
    /// <summary>
    /// A structured answer is a few words. The DateTime model is slow on long input (measured: 0.8 s for
    /// 1,000 characters, 3.3 s for 3,000, minutes for 40,000), so longer text is not read as an answer at all.
    /// </summary>
    public const int MaxLength = 300;

    /// <summary>The text without control and format characters or broken surrogates, composed (NFC); null when empty or too long.</summary>
    public static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxLength) return null;
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c) || char.IsControl(c))
            {
                // A lone surrogate makes string.Normalize throw; a newline or tab is just a word break.
                builder.Append(' ');
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format)
            {
                // Format characters (bidi marks, zero-width joiners, soft hyphens) are invisible: drop them.
                builder.Append(c);
            }
        }

        var cleaned = Compose(builder.ToString()).Trim();
        return cleaned.Length == 0 ? null : cleaned;
    }

    /// <summary>"e" + combining diaeresis becomes "ë", so the Dutch models see "drieëntwintig" as they know it.</summary>
    private static string Compose(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return text;
        }
    }
}
