namespace Leerwerk.Knowledge.Search;

/// <summary>
/// The synonym list as stems: each stem to the other stems of every line it is on. Looked up for every
/// inflection of a question word the index knows, so "terugbetaalt" finds the line of "terugbetalen".
/// </summary>
internal sealed class SynonymTable(IReadOnlyDictionary<string, IReadOnlyList<string>> synonyms)
{
    public static SynonymTable Empty { get; } = new(new Dictionary<string, IReadOnlyList<string>>());

    public IReadOnlyList<string> For(string stem) =>
        synonyms.TryGetValue(stem, out var found) ? found : [];

    public static SynonymTable From(IEnumerable<IReadOnlyList<string>> lines)
    {
        var groups = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            foreach (var stem in line)
            {
                                if (!groups.TryGetValue(stem, out var list))
                    groups[stem] = list = [];
                list.AddRange(line.Where(s => s != stem && !list.Contains(s)));
            }
        }

        return new SynonymTable(groups.ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Value.Distinct().ToList(), StringComparer.Ordinal));
    }
}
