namespace Leerwerk.Knowledge.Search;

/// <summary>
/// The stems the index holds, and what a question's stems stand for in it: other inflections of the same
/// word, the synonyms of the word, a joined or split compound, the verb its loose particle belongs to, and
/// for a word the index does not know, a typo ("begeleidng") or the parts of a compound ("oorlogsherinneringen").
/// </summary>
internal sealed class Lexicon
{
    private const int MinFuzzyLength = 5;
    private const float FormWeight = 0.95f;
    private const float JoinedWeight = 0.9f;
    private const float TypoWeight = 0.9f;

    // A synonym is a guess at what the user meant; the word they typed counts more.
    private const float SynonymWeight = 0.6f;

    private readonly IReadOnlySet<string> _stems;
    private readonly Dictionary<string, List<string>> _forms = new(StringComparer.Ordinal);
    // By first sound, since a typo seldom hits the first letter: a question word is compared with a few hundred stems, not all.
    private readonly Dictionary<char, (string Stem, string Sound)[]> _sounds;

    public Lexicon(IEnumerable<DocumentWords> documents)
    {
        var all = documents.ToList();
        var stems = all.SelectMany(d => d.Stems).ToHashSet(StringComparer.Ordinal);
        _stems = stems;
        foreach (var stem in stems)
            _forms[stem] = [stem];
        foreach (var (stem, key) in all.SelectMany(d => d.Keys).Distinct())
        {
            if (!_forms.TryGetValue(key, out var list))
                _forms[key] = list = [];
            if (!list.Contains(stem))
                list.Add(stem);
        }

        Compounds = new Compounds(stems);
        _sounds = stems
            .Select(s => (Stem: s, Sound: Sound(s)))
            .GroupBy(s => s.Sound[0])
            .ToDictionary(g => g.Key, g => g.ToArray());
    }

    public Compounds Compounds { get; }

    /// <summary>The stems of the index that are inflections of <paramref name="key"/>.</summary>
    public IEnumerable<string> KnownForms(string key) =>
        _forms.TryGetValue(key, out var forms) ? forms : [];

    /// <summary>One group per content word; words that are synonyms of an earlier word join its group.</summary>
    public IReadOnlyList<TermGroup> Expand(IReadOnlyList<(string Stem, string Surface)> words, IReadOnlyList<string> particles, SynonymTable synonyms)
    {
        var groups = new List<TermGroup>();
        for (var i = 0; i < words.Count; i++)
        {
            var (stem, surface) = words[i];
            var group = Expand(stem, Inflection.Key(stem, surface), i + 1 < words.Count ? words[i + 1].Stem : null, particles, synonyms);
            var same = groups.FindIndex(g => g.Has(group.Original) || group.Has(g.Original));
            if (same < 0)
                groups.Add(group);
            else
                groups[same] = groups[same].With(group.Weighted);
        }

        return groups;
    }

    private TermGroup Expand(string word, string key, string? next, IReadOnlyList<string> particles, SynonymTable synonyms)
    {
        var group = new TermGroup(word, []).With(Forms(key).Select(f => (f, FormWeight)));
        // "voorschakel traject" written apart still means "voorschakeltraject".
        if (next is not null)
            group = group.With(KnownForms(word + next).Select(f => (f, JoinedWeight)));
        // "haken ... af": the particle belongs to this verb when the index or the synonym list knows the joined verb.
        group = group.With(particles
            .Select(p => p + key)
            .SelectMany(v => synonyms.For(v).Count > 0 ? Forms(v) : KnownForms(v))
            .Select(f => (f, JoinedWeight)));
        if (!group.All.Any(_stems.Contains))
            group = group.With(Similar(word).Select(s => (s, TypoWeight)));

        var meant = group.All.ToList();
        group = group.With(meant.SelectMany(synonyms.For).SelectMany(Forms).Select(s => (s, SynonymWeight)));
        if (!group.All.Any(_stems.Contains))
            group = group.With(Compounds.Split(word).Select(p => (p, Compounds.PartWeight)));
        return group;
    }

    /// <summary>
    /// The stems of the index that are inflections of <paramref name="key"/> (a stem or an
    /// <see cref="Inflection.Key"/>); the key itself when the index has none, so its synonyms can still be found.
    /// </summary>
    private IEnumerable<string> Forms(string key) =>
        _forms.TryGetValue(key, out var forms) && forms.Count > 0 ? forms : [key];

    // Dutch writes many loanwords with c or k ("kontakt", "contact"; "certifikaat"): typos compare by sound.
    private static string Sound(string stem) =>
        stem.Contains('c', StringComparison.Ordinal) ? stem.Replace("ch", "\u0001", StringComparison.Ordinal).Replace('c', 'k').Replace("\u0001", "ch", StringComparison.Ordinal) : stem;

    private IEnumerable<string> Similar(string word)
    {
        if (word.Length < MinFuzzyLength)
            return [];
        var max = word.Length >= 8 ? 2 : 1;
        var sound = Sound(word);
        if (!_sounds.TryGetValue(sound[0], out var candidates))
            return [];
        return candidates
            .Where(s => Math.Abs(s.Sound.Length - sound.Length) <= max)
            .Select(s => (s.Stem, Distance: EditDistance.Within(sound, s.Sound, max)))
            .Where(c => c.Distance <= max)
            .GroupBy(c => c.Distance)
            .OrderBy(g => g.Key)
            .Take(1)
            // Only the closest spellings: "kontakt" is "contact", not also "contract".
            .SelectMany(g => g.Select(c => c.Stem).Order(StringComparer.Ordinal).Take(2));
    }
}
