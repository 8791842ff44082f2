namespace Leerwerk.Knowledge.Search;

/// <summary>
/// Dutch splits a verb from its particle in a main clause: "ze haken af" is "afhaken", "ze sturen niemand
/// door naar ons" is "doorsturen", "aan te nemen" is "aannemen". The particles are noise words on their own,
/// so they are taken from the question's raw words.
/// </summary>
internal static class Particles
{
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "af", "aan", "op", "uit", "in", "door", "mee", "terug", "weg", "toe", "bij", "over", "vast", "samen", "binnen",
    };

    // Most particles are prepositions too ("op welke schaal", "in het azc"); a loose particle ends its clause
    // or comes right before "te" or a word that starts a new phrase (a conjunction, a preposition).
    private static readonly HashSet<string> After = new(StringComparer.Ordinal)
    {
        "te", "en", "of", "maar", "want", "omdat", "als", "hoe", "wat", "waar", "zodat", "dan", "om", "met", "naar",
        "door", "voor", "bij", "in", "op", "na", "van", "tot", "tijdens", "zonder", "tegen", "uit", "aan", "sinds",
    };

    private static readonly char[] Separators = [' ', '\t', '\n', '\r', '"', '(', ')'];

    public static IReadOnlyList<string> In(string text)
    {
        var words = text.ToLowerInvariant().Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        var found = new List<string>();
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i].TrimEnd(',', '.', '?', '!', ';', ':');
            var endsClause = word.Length < words[i].Length || i + 1 == words.Length;
            if (Known.Contains(word) && (endsClause || After.Contains(words[i + 1].TrimEnd(',', '.', '?', '!', ';', ':'))))
                found.Add(word);
        }

        return found.Distinct().ToList();
    }
}
