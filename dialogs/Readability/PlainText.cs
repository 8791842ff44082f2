using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Leerwerk.Dialogs.Readability;

/// <summary>What a reader reads: Markdown, emoji and placeholders out; then sentences of words.</summary>
internal static partial class PlainText
{
    /// <summary>
    /// A placeholder is filled in when the text is sent (a name, a number, another text that is
    /// checked on its own), so it counts as one short word.
    /// </summary>
    private const string PlaceholderWord = "iets";

    public static string Strip(string markdown)
    {
        var text = markdown.Normalize(NormalizationForm.FormC);
        text = Placeholder().Replace(text, PlaceholderWord);
        text = Link().Replace(text, "$1");
        text = ListMarker().Replace(text, string.Empty);
        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (!IsDecoration(rune)) builder.Append(rune.ToString());
        }

        return builder.ToString();
    }

    /// <summary>Sentences end at . ! ? ; and at a line break: a list item or a line reads as a sentence of its own.</summary>
    public static IReadOnlyList<IReadOnlyList<Word>> Sentences(string plain)
    {
        var sentences = new List<IReadOnlyList<Word>>();
        var current = new List<Word>();
        foreach (Match token in Token().Matches(plain))
        {
            if (token.Groups["end"].Success)
            {
                if (current.Count > 0) sentences.Add(current);
                current = [];
            }
            else
            {
                current.Add(new Word(token.Value, token.Index));
            }
        }

        if (current.Count > 0) sentences.Add(current);
        return sentences;
    }

    public static int Letters(string word) => word.Count(char.IsLetter);

    // Emphasis marks, emoji (and their joiners and variation selectors), € and the like are not read as words.
    private static bool IsDecoration(Rune rune) =>
        rune.Value is '*' or '_' or '`' or '#'
        || Rune.GetUnicodeCategory(rune) is UnicodeCategory.OtherSymbol or UnicodeCategory.CurrencySymbol
            or UnicodeCategory.ModifierSymbol or UnicodeCategory.Format or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.EnclosingMark or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse;

    [GeneratedRegex(@"\{[A-Za-z_][A-Za-z0-9_]*\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"^[ \t]*(?:[-*•+]|\d+[.)])[ \t]+", RegexOptions.Multiline)]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"(?<end>[.!?;]+(?=[\s)""'’”]|\z)|\n)|['’]\p{L}+|\p{L}+(?:['’-]\p{L}+)*|\p{N}+(?:[.,:/-]\p{N}+)*")]
    private static partial Regex Token();
}
