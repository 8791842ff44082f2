using Lucene.Net.Analysis;

namespace Leerwerk.Knowledge.Search;

/// <summary>
/// The stems of one document (or of its title, <see cref="Title"/>); for its verb forms on -t the
/// <see cref="Inflection.Key"/> they share with the other forms of the verb ("werkt" → "werk"); and, once
/// the vocabulary of all documents is known (<see cref="WithParts"/>), what it says without writing it as
/// one word: the parts of its compounds and the verbs whose particle stands loose ("legt werkgevers uit").
/// </summary>
internal sealed record DocumentWords(IReadOnlySet<string> Stems, IReadOnlyDictionary<string, string> Keys, IReadOnlySet<string> Joinable)
{
    private static readonly char[] ClauseEnds = ['.', ',', ';', ':', '?', '!', '\n', '(', ')'];

    public IReadOnlySet<string> Parts { get; init; } = new HashSet<string>();

    public DocumentWords? Title { get; init; }

    /// <summary>Analyzes title and text in one pass; the title's words are kept apart as well.</summary>
    public static DocumentWords Of(Analyzer analyzer, string title, string text)
    {
        var all = $"{title}. {text}";
        var words = QueryTerms.Words(analyzer, all);
        var joinable = LooseVerbs(all, words);
        return Collect(words, joinable, int.MaxValue) with { Title = Collect(words, joinable, title.Length) };
    }

    public DocumentWords WithParts(Lexicon lexicon)
    {
        var parts = Stems.SelectMany(lexicon.Compounds.SplitKnown)
            .Concat(Joinable.SelectMany(lexicon.KnownForms))
            .Where(p => !Stems.Contains(p))
            .ToHashSet(StringComparer.Ordinal);
        return this with { Parts = parts, Title = Title?.WithParts(lexicon) };
    }

    private static DocumentWords Collect(IReadOnlyList<(string Stem, string Surface, int Start)> words, IReadOnlyList<(string Verb, int Start)> joinable, int end)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (stem, surface, start) in words.Where(w => w.Start < end))
        {
            stems.Add(stem);
            var key = Inflection.Key(stem, surface);
            if (key != stem)
                keys[stem] = key;
        }

        return new DocumentWords(stems, keys, joinable.Where(j => j.Start < end).Select(j => j.Verb).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>Each loose particle joined to each word of its clause; the vocabulary later says which are verbs.</summary>
    private static List<(string Verb, int Start)> LooseVerbs(string text, IReadOnlyList<(string Stem, string Surface, int Start)> words)
    {
        var joinable = new List<(string, int)>();
        var start = 0;
        var next = 0;
        while (start < text.Length)
        {
            var end = text.IndexOfAny(ClauseEnds, start);
            if (end < 0)
                end = text.Length;
            var first = next;
            while (next < words.Count && words[next].Start < end)
                next++;
            var particles = first < next ? Particles.In(text[start..end]) : [];
            for (var i = first; i < next && particles.Count > 0; i++)
            {
                var (stem, surface, at) = words[i];
                joinable.AddRange(particles.Select(p => (p + Inflection.Key(stem, surface), at)));
            }

            start = end + 1;
        }

        return joinable;
    }
}
