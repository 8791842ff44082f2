using System.Text.RegularExpressions;

namespace Leerwerk.Dialogs.Readability;

/// <summary>
/// A hard word does no harm when the text explains it: "participatie: dat is meedoen",
/// "een intake (een eerste gesprek)", "traject, dat betekent ...", or the word itself in brackets
/// after its explanation ("cursus veilig werken (VCA)").
/// </summary>
internal static partial class Explanation
{
    public static bool IsExplained(string plain, Word word)
    {
        var open = plain.LastIndexOf('(', word.Index);
        if (open >= 0 && open > plain.LastIndexOf(')', word.Index)) return true;
        return Follows().IsMatch(plain.AsSpan(word.Index + word.Text.Length));
    }

    [GeneratedRegex(@"^\s*(?:\(|:|[—–]|-\s|,?\s*(?:dat|dit)\s+(?:is|zijn|betekent|wil\s+zeggen)\b|\s(?:betekent|wil\s+zeggen)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Follows();
}
