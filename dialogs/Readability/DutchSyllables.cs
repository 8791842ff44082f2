using System.Globalization;
using System.Text;

namespace Leerwerk.Dialogs.Readability;

/// <summary>
/// Counts syllables of a Dutch word by its vowel groups: "aa", "ie", "ij", "eeuw", "ooi" and the like
/// are one sound, a trema (ë, ï) starts a new syllable ("ideeën", "Syrië"). Good enough for a
/// readability score; not a hyphenator.
/// </summary>
internal static class DutchSyllables
{
    // Longest first, so "ooi" wins over "oo". The w of "eeuw"/"ieuw" is a consonant: "eeu"/"ieu" cover them.
    private static readonly string[] Groups =
    [
        "eeu", "ieu", "ooi", "aai", "oei", "eau",
        "aa", "ee", "oo", "uu", "ie", "oe", "eu", "ui", "ei", "ij", "ou", "au", "ai", "ay", "ey", "oy", "uy",
    ];

    // English loans keep their silent e ("website", "online"); Dutch words pronounce a final e.
    private static readonly string[] SilentEEndings = ["site", "line", "time", "phone", "game", "software"];

    private const string Vowels = "aeiouy";

    public static int Count(string word)
    {
        if (word.Length == 0) return 0;
        // Digits are the easiest thing to read, whatever they sound like: "1.800" is no long word.
        if (char.IsDigit(word[0])) return 1;

        var total = word.Split(['-', '\'', '’'], StringSplitOptions.RemoveEmptyEntries).Sum(CountPart);
        return Math.Max(1, total);
    }

    private static int CountPart(string part)
    {
        // An abbreviation is read letter by letter: OV, BSN, VCA.
        if (part.Length is >= 2 and <= 5 && part.All(c => char.IsLetter(c) && char.IsUpper(c))) return part.Length;

        var (letters, trema) = Letters(part);
        var count = 0;
        var i = 0;
        while (i < letters.Length)
        {
            if (!IsVowel(letters, i))
            {
                i++;
                continue;
            }

            var end = i + 1;
            while (end < letters.Length && IsVowel(letters, end) && !trema[end]) end++;
            count += GroupsIn(letters[i..end]);
            i = end;
        }

        var lower = new string(letters);
        if (count > 1 && SilentEEndings.Any(e => lower.EndsWith(e, StringComparison.Ordinal))) count--;
        return count;
    }

    private static int GroupsIn(char[] run)
    {
        var text = new string(run);
        var count = 0;
        var at = 0;
        while (at < text.Length)
        {
            var group = Groups.FirstOrDefault(g => string.CompareOrdinal(text, at, g, 0, g.Length) == 0);
            at += group?.Length ?? 1;
            count++;
        }

        return count;
    }

    private static bool IsVowel(char[] letters, int i) => letters[i] switch
    {
        // y before a vowel is a consonant ("Tigrinya", "yoga"), else a vowel ("baby", "Syrië").
        'y' => i + 1 >= letters.Length || !Vowels.Contains(letters[i + 1], StringComparison.Ordinal),
        // the j of "ij" belongs to the vowel.
        'j' => i > 0 && letters[i - 1] == 'i',
        var c => Vowels.Contains(c, StringComparison.Ordinal),
    };

    /// <summary>Lower case letters without accents, and which of them carried a trema.</summary>
    private static (char[] Letters, bool[] Trema) Letters(string part)
    {
        var letters = new List<char>();
        var trema = new List<bool>();
        foreach (var c in part.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                if (c == '\u0308' && trema.Count > 0) trema[^1] = true;
                continue;
            }

            if (!char.IsLetter(c)) continue;
            letters.Add(c);
            trema.Add(false);
        }

        return ([.. letters], [.. trema]);
    }
}
