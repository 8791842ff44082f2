namespace Leerwerk.Dialogs.Readability;

/// <summary>
/// Finds the lijdende vorm: a form of worden or zijn with a voltooid deelwoord in the same sentence
/// ("wordt bewaard", "is gemaakt", "als het bewaard wordt"). Dutch puts the participle at the end of
/// the clause, so the two need not stand side by side.
/// </summary>
internal static class PassiveVoice
{
    private static readonly HashSet<string> Worden = new(["word", "wordt", "worden", "werd", "werden", "geworden"], StringComparer.Ordinal);

    private static readonly HashSet<string> Zijn = new(["ben", "bent", "is", "zijn", "was", "waren", "geweest"], StringComparer.Ordinal);

    // With hebben in the sentence a participle is the voltooide tijd ("heb je gemaakt"), not the passive.
    private static readonly HashSet<string> Hebben = new(["heb", "hebt", "heeft", "hebben", "had", "hadden"], StringComparer.Ordinal);

    // Before a participle these make it an adjective or a noun: "een gesloten deur", "mijn gereedschap".
    private static readonly HashSet<string> Determiners = new(
        ["de", "een", "mijn", "jouw", "haar", "ons", "onze", "hun", "uw", "deze", "dit", "elk", "elke", "geen", "welk", "welke"], StringComparer.Ordinal);

    private static readonly string[] Particles =
        ["op", "af", "aan", "door", "in", "mee", "na", "om", "terug", "uit", "voor", "weg", "toe", "over", "bij", "samen", "vast", "neer", "mis", "rond"];

    private static readonly string[] UnstressedPrefixes = ["be", "ver", "ont", "her", "er"];

    // Look like participles but are adjectives or nouns ("is gezond", "het gebied"), or take zijn in
    // the voltooide tijd without being passive ("is gestopt", "ben gevlucht").
    private static readonly HashSet<string> NotPassive = new(
    [
        "gezond", "geschikt", "gewend", "gemiddeld", "getrouwd", "gewond", "geweest", "gestopt", "gebeurd", "gelukt",
        "gereisd", "gevlucht", "gegroeid", "geslaagd", "gestart", "gezakt", "gebied", "gezicht", "gewicht", "gerecht",
        "gedicht", "geluid", "gebed", "geduld", "gevecht", "gericht", "bekend", "verkeerd", "bereid", "bezorgd",
        "verplicht", "verliefd", "verbaasd", "bedankt", "verhuisd", "veranderd", "verdwaald", "beroemd", "bericht",
        "besluit", "beleid", "verband", "bestand", "verstand",
    ], StringComparer.Ordinal);

    /// <summary>Each passive in the sentence as "aux deelwoord", for example "wordt bewaard".</summary>
    public static IReadOnlyList<string> Find(IReadOnlyList<Word> sentence)
    {
        var words = sentence.Select(w => w.Text.ToLowerInvariant()).ToList();
        var auxiliary = words.FirstOrDefault(Worden.Contains)
            ?? (words.Any(Hebben.Contains) ? null : words.FirstOrDefault(Zijn.Contains));
        if (auxiliary is null) return [];

        var markers = new List<string>();
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i] == auxiliary || (i > 0 && Determiners.Contains(words[i - 1]))) continue;
            if (IsParticiple(words[i])) markers.Add($"{auxiliary} {sentence[i].Text}");
        }

        return markers;
    }

    internal static bool IsParticiple(string word)
    {
        if (word.Length < 6 || NotPassive.Contains(word)) return false;
        var last = word[^1];
        if (last is not ('d' or 't')) return false;

        var stem = Particles.FirstOrDefault(p => word.StartsWith(p + "ge", StringComparison.Ordinal)) is { } particle
            ? word[particle.Length..]
            : word;
        if (stem.StartsWith("ge", StringComparison.Ordinal) && stem.Length >= 6) return EndsLikeParticiple(stem);
        return UnstressedPrefixes.Any(p => stem.StartsWith(p, StringComparison.Ordinal) && stem.Length >= p.Length + 4)
            && EndsLikeParticiple(stem);
    }

    // 't kofschip: a participle ends in t only after t, k, f, s, ch or p ("gemaakt"); "betaalt" and
    // "begint" are the present tense, "betaald" is the participle.
    private static bool EndsLikeParticiple(string word) =>
        word[^1] == 'd' || (word.Length >= 2 && word[^2] is 't' or 'k' or 'f' or 's' or 'h' or 'p');
}
