using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Leerwerk.Knowledge.Lessons;
using Leerwerk.Knowledge.Passages;

namespace Leerwerk.Bench.Knowledge;

/// <summary>
/// Passages that read like the lessons without being them: a random walk over the word pairs of the lessons
/// (so the analyzer meets real Dutch words, compounds and particles, in their real frequencies), under the
/// lessons' section names. Seeded: every run indexes and searches the same text.
/// </summary>
internal sealed partial class SyntheticPassages
{
    public const string SourcePrefix = "synth-";

    private const int PassagesPerSource = 100;

    private readonly Dictionary<string, string[]> _next;
    private readonly string[] _starts;
    private readonly string[] _sections;
    private readonly Random _random;

    public SyntheticPassages(IReadOnlyList<Lesson> lessons, int seed)
    {
        _random = new Random(seed);
        var pairs = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var starts = new List<string>();
        foreach (var sentence in lessons.SelectMany(l => Sentences().Split(l.Body)))
        {
            var words = Word().Matches(sentence).Select(m => m.Value.ToLowerInvariant()).ToArray();
            if (words.Length == 0)
                continue;
            starts.Add(words[0]);
            for (var i = 0; i + 1 < words.Length; i++)
            {
                if (!pairs.TryGetValue(words[i], out var list))
                    pairs[words[i]] = list = [];
                list.Add(words[i + 1]);
            }
        }

        // Arrays keep the duplicates: a frequent pair is picked more often, as in the lessons.
        _next = pairs.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _starts = [.. starts];
        _sections = [.. lessons.Select(l => l.Section).Distinct().Order(StringComparer.Ordinal)];
    }

    /// <summary>Passages numbered from <paramref name="first"/>, so a later batch adds rather than replaces.</summary>
    public IEnumerable<Passage> Create(int first, int count)
    {
        for (var i = first; i < first + count; i++)
        {
            var source = i / PassagesPerSource;
            var text = new StringBuilder();
            var sentences = _random.Next(3, 7);
            for (var s = 0; s < sentences; s++)
                text.Append(s == 0 ? "" : " ").Append(Sentence(_random.Next(8, 19))).Append('.');
            yield return new Passage(
                string.Create(CultureInfo.InvariantCulture, $"{SourcePrefix}{i:D6}"),
                string.Create(CultureInfo.InvariantCulture, $"{SourcePrefix}{source:D4}"),
                Sentence(_random.Next(4, 9)),
                string.Create(CultureInfo.InvariantCulture, $"Synthetisch rapport {source}"),
                _sections[_random.Next(_sections.Length)],
                text.ToString());
        }
    }

    private string Sentence(int length)
    {
        var words = new List<string>(length) { _starts[_random.Next(_starts.Length)] };
        while (words.Count < length)
        {
            // A word that ends every sentence it is in has no next word: start a new clause.
            words.Add(_next.TryGetValue(words[^1], out var next) ? next[_random.Next(next.Length)] : _starts[_random.Next(_starts.Length)]);
        }

        var sentence = string.Join(' ', words);
        return char.ToUpperInvariant(sentence[0]) + sentence[1..];
    }

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex Sentences();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’-]*")]
    private static partial Regex Word();
}
