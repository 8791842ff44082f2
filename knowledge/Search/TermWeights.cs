using Lucene.Net.Index;

namespace Leerwerk.Knowledge.Search;

/// <summary>
/// How much each content word of a query weighs (BM25-style idf): a word every lesson contains
/// ("statushouder") says little, a word no lesson contains ("zorgverzekering") says the question is
/// about something the reports do not cover.
/// </summary>
internal sealed class TermWeights(IReadOnlyList<(TermGroup Group, double Weight)> weights)
{
    public static TermWeights For(IndexReader reader, IReadOnlyList<TermGroup> groups)
    {
        var count = Math.Max(reader.NumDocs, 1);
        return new TermWeights(groups.Select(g => (g, Idf(count, DocFrequency(reader, g)))).ToList());
    }

    public double Coverage(IReadOnlySet<string> documentStems)
    {
        var total = weights.Sum(w => w.Weight);
        if (total <= 0)
            return 0;
        var matched = weights.Where(w => w.Group.All.Any(documentStems.Contains)).Sum(w => w.Weight);
        return matched / total;
    }

    private static int DocFrequency(IndexReader reader, TermGroup group) =>
        group.All.Max(term => Fields.Searched.Max(f => reader.DocFreq(new Term(f.Field, term))));

    private static double Idf(int count, int frequency) =>
        Math.Log(1 + ((count - frequency + 0.5) / (frequency + 0.5)));
}
