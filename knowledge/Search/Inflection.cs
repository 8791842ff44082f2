namespace Leerwerk.Knowledge.Search;

/// <summary>
/// The Dutch Snowball stemmer leaves the -t of a present-tense verb on and keeps the long vowel before it:
/// "hij betaalt" stems to "betaalt", "betalen" to "betal". <see cref="Key"/> maps both onto "betal". Only
/// for words written with a final -t: "gemeente" stems to "gemeent" too, and must not become "gemeen".
/// </summary>
internal static class Inflection
{
    private const int MinVerbLength = 4;

    public static string Key(string stem, string surface)
    {
        if (surface.EndsWith('t'))
            return Key(stem);
        // A comparative ("kleinere werkgevers") means the same thing as the plain adjective here.
        if (surface.EndsWith("ere", StringComparison.Ordinal) && stem.EndsWith("er", StringComparison.Ordinal) && stem.Length >= MinVerbLength + 1)
            return stem[..^2];
        return stem;
    }

    private static string Key(string stem)
    {
        if (stem.Length < MinVerbLength || stem[^1] != 't' || IsVowel(stem[^2]))
            return stem;
        var root = stem[..^1];
        // "betaal" → "betal", "neem" → "nem": Snowball shortens the vowel of the open-syllable form the same way.
        if (root.Length >= 4 && root[^2] == root[^3] && IsVowel(root[^2]) && root[^2] != 'i' && !IsVowel(root[^1]) && !IsVowel(root[^4]))
            root = root.Remove(root.Length - 2, 1);
        // "leeft" → "lef", like "leven" → "lev" → "lef" after StemRepairFilter.
        return root[^1] switch
        {
            'v' => root[..^1] + "f",
            'z' => root[..^1] + "s",
            _ => root,
        };
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
