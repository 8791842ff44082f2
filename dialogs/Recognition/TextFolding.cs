using System.Globalization;
using System.Text;

namespace Leerwerk.Dialogs.Recognition;

/// <summary>Reduces text to lower-case words without accents or punctuation, for comparing answers with word lists and labels.</summary>
internal static class TextFolding
{
    /// <summary>"Oké, Één fiets!" becomes "oke een fiets"; apostrophes vanish so "auto's" is one word.</summary>
    public static string Fold(string text)
    {
        var decomposed = Decompose(text);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark) continue;
            if (c is '\'' or '’' or '‘' or '`' or '´') continue;
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0) builder.Append(' ');
                builder.Append(char.ToLowerInvariant(c));
                pendingSpace = false;
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    public static string[] Words(string folded) =>
        folded.Length == 0 ? [] : folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static string Decompose(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormD);
        }
        catch (ArgumentException)
        {
            return text;
        }
    }
}
