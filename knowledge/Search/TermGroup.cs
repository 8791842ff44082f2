namespace Leerwerk.Knowledge.Search;

/// <summary>
/// One content word of a query: its stem plus weighted alternatives (other inflections the index knows,
/// synonyms, a spelling the index knows, the parts of a compound).
/// </summary>
internal sealed record TermGroup(string Original, IReadOnlyList<(string Term, float Weight)> Alternatives)
{
    public IEnumerable<string> All => Alternatives.Select(a => a.Term).Prepend(Original);

    public IEnumerable<(string Term, float Weight)> Weighted => Alternatives.Prepend((Original, 1f));

    public bool Has(string term) => term == Original || Alternatives.Any(a => a.Term == term);

    /// <summary>Adds alternatives; a term already there keeps the higher of its two weights.</summary>
    public TermGroup With(IEnumerable<(string Term, float Weight)> more)
    {
        var weights = new Dictionary<string, float>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var (term, weight) in Alternatives.Concat(more))
        {
            if (term == Original)
                continue;
            if (!weights.TryGetValue(term, out var known))
                order.Add(term);
            weights[term] = Math.Max(known, weight);
        }

        return this with { Alternatives = order.Select(t => (t, weights[t])).ToList() };
    }
}
