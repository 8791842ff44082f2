namespace Leerwerk.Knowledge.Search;

/// <summary>
/// Splits a Dutch compound into two stems the index knows ("oorlogsherinnering" → "oorlog", "herinnering").
/// Used on questions for words the index lacks, and on documents so that "traject" also finds a lesson
/// that only says "voorschakeltraject".
/// </summary>
internal sealed class Compounds(IReadOnlySet<string> stems)
{
    /// <summary>A part says less than the whole word: "traject" is not quite "voorschakeltraject".</summary>
    public const float PartWeight = 0.5f;

    private const int MinPartLength = 3;
    private const int MinHeadLength = 4;
    private const int MinCompoundLength = 8;

    // A verb with a prefix or particle ("voorkomen", "ondersteunen") splits into two known words but is no compound.
    private static readonly HashSet<string> Prefixes = new(StringComparer.Ordinal)
    {
        "ver", "ont", "her", "onder", "over", "voor", "uit", "aan", "door", "mee", "toe", "weg", "terug", "bij",
        "samen", "achter", "tegen", "boven", "binnen", "buiten", "inter",
    };

    // Most words recur across documents; each is split once.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<string>> _known = new(StringComparer.Ordinal);

    // Dutch glues compound parts with -s- or -en- ("oorlogsherinnering", "huizenbouw").
    private static readonly string[] Linkers = ["s", "en", "e"];

    public IReadOnlyList<string> Split(string word)
    {
        // The longest known head wins: in Dutch the last part says what the thing is. Both parts must be
        // known words, or a fragment like "spoort" in "vreemdelingenpaspoort" would pass for a match.
        for (var split = MinPartLength; split <= word.Length - MinHeadLength; split++)
        {
            var head = word[split..];
            if (stems.Contains(head) && KnownModifier(word[..split]) is { } modifier)
                return [modifier, head];
        }

        return [];
    }

    /// <summary>
    /// The parts of a compound the index holds itself. Stricter than <see cref="Split"/>, which only sees
    /// words the index lacks: here every word is tried, and short words are rarely compounds.
    /// </summary>
    public IReadOnlyList<string> SplitKnown(string stem) =>
        stem.Length < MinCompoundLength ? [] : _known.GetOrAdd(stem, s => Split(s) is [var modifier, _] parts && !Prefixes.Contains(modifier) ? parts : []);

    private string? KnownModifier(string left)
    {
        if (stems.Contains(left))
            return left;
        return Linkers
            .Where(l => left.Length - l.Length >= MinPartLength && left.EndsWith(l, StringComparison.Ordinal))
            .Select(l => left[..^l.Length])
            .FirstOrDefault(stems.Contains);
    }
}
