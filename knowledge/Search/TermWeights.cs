using Lucene.Net.Index;

namespace Leerwerk.Knowledge.Search;

/// <summary>
/// How much each content word of a query weighs (BM25-style idf): a word every lesson contains
/// ("statushouder") says little, a word no lesson contains ("zorgverzekering") says the question is
/// about something the reports do not cover.
/// </summary>
internal sealed class TermWeights(IReadOnlyList<(TermGroup Group, double Weight)> weights)
{
    private const float FullMatchWeight = 0.6f;

    public static TermWeights For(IndexReader reader, IReadOnlyList<TermGroup> groups, DocFrequencies frequencies)
    {
        var count = Math.Max(reader.NumDocs, 1);
        return new TermWeights(groups.Select(g => (g, Idf(count, DocFrequency(frequencies, g)))).ToList());
    }

    public double Coverage(DocumentWords document)
    {
        var total = weights.Sum(w => w.Weight);
        if (total <= 0)
            return 0;
        var matched = weights.Sum(w => w.Weight * MatchFactor(w.Group, document));
        return matched / total;
    }

    /// <summary>The largest share of the question's weight that one missing word takes.</summary>
    public double LargestGap(DocumentWords document)
    {
        var total = weights.Sum(w => w.Weight);
        if (total <= 0)
            return 1;
        return weights.Max(w => w.Weight * (1 - MatchFactor(w.Group, document))) / total;
    }

    /// <summary>
    /// A word counts in full when the document holds it, a synonym or a close spelling of it; when only the
    /// parts of a compound are there (in the question or in the document), it counts for what a part is worth.
    /// </summary>
    private static double MatchFactor(TermGroup group, DocumentWords document) =>
        group.Weighted
            .Select(a => document.Stems.Contains(a.Term) ? Full(a.Weight)
                : document.Parts.Contains(a.Term) ? Full(a.Weight) * Compounds.PartWeight
                : 0)
            .DefaultIfEmpty(0)
            .Max();

    private static double Full(float weight) => weight >= FullMatchWeight ? 1.0 : weight;

    private static int DocFrequency(DocFrequencies frequencies, TermGroup group) =>
        group.All.Max(term => Fields.Searched.Max(f => frequencies.Of(f.Field, term)));

    private static double Idf(int count, int frequency) =>
        Math.Log(1 + ((count - frequency + 0.5) / (frequency + 0.5)));
}
