using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Leerwerk.Knowledge.Search;

/// <summary>
/// How many documents hold each term of a question, per searched field. Looked up with one terms enumerator
/// per field and segment: <c>IndexReader.DocFreq</c> opens a new enumerator for every term, and a question
/// with its synonyms and inflections asks for hundreds (about 0.7 MB of garbage per question).
/// </summary>
internal sealed class DocFrequencies
{
    private readonly Dictionary<(string Field, string Term), int> _counts;

    private DocFrequencies(Dictionary<(string Field, string Term), int> counts) => _counts = counts;

    public static DocFrequencies Of(IndexReader reader, IEnumerable<string> terms)
    {
        var distinct = terms.Distinct(StringComparer.Ordinal).Select(t => (Text: t, Bytes: new BytesRef(t))).ToList();
        var counts = new Dictionary<(string, string), int>();
        foreach (var leaf in reader.Leaves)
        {
            foreach (var (field, _) in Fields.Searched)
            {
                var enumerator = leaf.AtomicReader.GetTerms(field)?.GetEnumerator();
                if (enumerator is null)
                    continue;
                foreach (var (text, bytes) in distinct)
                {
                    if (enumerator.SeekExact(bytes))
                        counts[(field, text)] = counts.GetValueOrDefault((field, text)) + enumerator.DocFreq;
                }
            }
        }

        return new DocFrequencies(counts);
    }

    /// <summary>Documents holding <paramref name="term"/> in <paramref name="field"/>, deleted ones included (as Lucene counts).</summary>
    public int Of(string field, string term) => _counts.GetValueOrDefault((field, term));

    public bool Has(string field, string term) => _counts.ContainsKey((field, term));
}
